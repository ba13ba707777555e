// Item 2 of issue 13, hubs that read: Acme Postal Service (hub_fixture.sh:
// 300 work stoppages, 20 union locals, 25 cities) opens as a counted group
// of stoppages with their years, the union locals one by one, cities and
// the country hidden and said so; labels do not overlap; the expand menu
// counts before expanding; opening the group adds its most important
// members without moving anything on screen; the toggle shows the places.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { base, shots, step, runBrowserTest, waitForGraph } from './harness.mjs';

async function openByName(page, name) {
  await page.fill('#search-input', name);
  await page.waitForSelector('#search-list li[role=option]', { state: 'visible' });
  await page.keyboard.press('Enter');
  await waitForGraph(page, 1);
}

await runBrowserTest('hub', async (page, consoleErrors) => {
  step('open the 300-stoppage employer');
  await page.goto(`${base}/`, { waitUntil: 'load' });
  await openByName(page, 'Acme Postal Service');
  const groups = await page.evaluate(() => window.lkgExplorer.groups());
  const stoppages = groups.find((g) => /work stoppage/.test(g.label));
  assert.ok(stoppages, `no group of work stoppages: ${JSON.stringify(groups)}`);
  assert.equal(stoppages.label, '300 events · work stoppage, 1984–2013');
  const visible = await page.evaluate(() => window.lkgExplorer.visibleCount());
  assert.ok(visible <= 30, `${visible} nodes on screen around a 346-edge hub`);
  assert.ok(visible >= 20, `the 20 union locals should be shown one by one (${visible} nodes)`);
  const hint = await page.textContent('#graph-hint');
  assert.match(hint, /Hidden: 1 country, 25 places/);

  step('no two labels overlap');
  assert.deepEqual(await page.evaluate(() => window.lkgExplorer.labelOverlaps()), []);
  await page.screenshot({ path: join(shots, 'hub.png') });

  step('the expand menu counts before expanding');
  await page.waitForSelector('#expand-menu button[data-group]');
  const menu = await page.$$eval('#expand-menu button[data-group]', (b) => b.map((x) => x.textContent));
  assert.ok(menu.some((t) => /^300 events · work stoppage, 1984–2013 \(participant, incoming\)$/.test(t)), menu.join(' | '));
  assert.ok(menu.some((t) => /^25 places \(located in\)$/.test(t)), menu.join(' | '));

  step('opening the group adds its members and moves nothing');
  const before = await page.evaluate(() => window.lkgExplorer.positions());
  assert.ok(await page.evaluate((id) => window.lkgExplorer.dbltap(id), stoppages.id));
  await page.waitForFunction((n) => window.lkgExplorer.visibleCount() >= n + 30, visible);
  const after = await page.evaluate(() => window.lkgExplorer.positions());
  for (const [id, p] of Object.entries(before)) {
    if (!after[id]) continue;
    assert.ok(Math.abs(after[id].x - p.x) < 0.5 && Math.abs(after[id].y - p.y) < 0.5, `${id} moved`);
  }
  const remaining = (await page.evaluate(() => window.lkgExplorer.groups())).find((g) => g.id === stoppages.id);
  assert.equal(remaining.label, '270 more of 300 events · work stoppage, 1984–2013');
  assert.deepEqual(await page.evaluate(() => window.lkgExplorer.labelOverlaps()), []);
  await page.screenshot({ path: join(shots, 'hub-opened.png') });

  step('the toggle shows countries and places');
  await page.check('#show-hubs');
  await page.waitForFunction(() => window.lkgExplorer.groups().some((g) => /places/.test(g.label)) ||
    window.lkgExplorer.visibleCount() > 60);
  assert.deepEqual(consoleErrors, [], 'the page logged errors');
});
