// Item 6 of issue 13, views that last: the page state (seed, depth, hidden
// types, expansions, opened groups, selection, path) is in the URL, and the
// link reopens the same view in a new tab with the same layout; a named
// view is saved and reopened; expanding moves nothing already on screen;
// Export exports what is on screen.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { base, shots, step, runBrowserTest, waitForGraph } from './harness.mjs';

const snapshot = (page) => page.evaluate(() => ({
  ids: window.lkgExplorer.nodeIds().sort(), positions: window.lkgExplorer.positions(),
  selected: document.querySelector('#detail-name')?.textContent || '',
}));

function samePositions(a, b) {
  for (const [id, p] of Object.entries(a)) {
    assert.ok(b[id], `${id} is missing`);
    assert.ok(Math.abs(b[id].x - p.x) < 1 && Math.abs(b[id].y - p.y) < 1, `${id} is elsewhere: ${JSON.stringify([p, b[id]])}`);
  }
}

await runBrowserTest('views', async (page, consoleErrors) => {
  step('build a view: seed, a hidden type, an expansion, an opened group, a selection, a path');
  await page.goto(`${base}/`, { waitUntil: 'load' });
  await page.fill('#search-input', 'Acme Postal Service');
  await page.waitForSelector('#search-list li[role=option]', { state: 'visible' });
  await page.keyboard.press('Enter');
  await waitForGraph(page, 1);
  const group = (await page.evaluate(() => window.lkgExplorer.groups())).find((g) => /work stoppage/.test(g.label));
  const before = await page.evaluate(() => window.lkgExplorer.positions());
  await page.evaluate((id) => window.lkgExplorer.dbltap(id), group.id);
  await page.waitForFunction((id) => /^270 more/.test(window.lkgExplorer.groups().find((g) => g.id === id)?.label || ''), group.id);
  samePositions(before, await page.evaluate(() => window.lkgExplorer.positions()));
  const union = (await page.evaluate(() => window.lkgExplorer.nodeIds())).find((id) => id.startsWith('n:'));
  await page.uncheck('#type-filter input[value=place]');
  await page.evaluate(() => window.lkgExplorer.clickNeighbour());
  await page.waitForSelector('#detail-name');
  await page.waitForTimeout(300);
  const built = await snapshot(page);
  const url = page.url();
  assert.match(url, /#seed=n%3A[0-9a-f]{16}/);
  assert.match(url, /open=g%3A/);
  assert.match(url, /hide=place/);
  assert.match(url, /sel=n%3A/);
  assert.ok(union);
  await page.screenshot({ path: join(shots, 'views-built.png') });

  step('the link reopens the same view in a new tab');
  const other = await page.context().newPage();
  await other.goto(url, { waitUntil: 'load' });
  await waitForGraph(other, built.ids.length - 1);
  await other.waitForFunction((name) => document.querySelector('#detail-name')?.textContent === name, built.selected);
  const reopened = await snapshot(other);
  assert.deepEqual(reopened.ids, built.ids);
  samePositions(built.positions, reopened.positions);
  assert.equal(await other.isChecked('#type-filter input[value=place]'), false);
  await other.screenshot({ path: join(shots, 'views-reopened.png') });
  await other.close();

  step('a named view is saved, and reopened after Clear');
  await page.fill('#view-name', 'acme strikes');
  await page.click('#view-save');
  await page.waitForFunction(() => /Saved/.test(document.querySelector('#view-status').textContent));
  await page.click('#clear');
  await page.waitForFunction(() => window.lkgExplorer.nodeCount() === 0);
  await page.selectOption('#view-list', 'acme strikes');
  await waitForGraph(page, built.ids.length - 1);
  assert.deepEqual((await snapshot(page)).ids, built.ids);

  step('Export exports what is on screen');
  const visible = await page.evaluate(() => window.lkgExplorer.visibleNodeIds());
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.url().includes('/api/v1/export')),
    page.selectOption('#export-format', 'cyjs'),
  ]);
  const exported = await page.evaluate(async (u) => (await fetch(u)).json(), request.url());
  const ids = exported.elements.nodes.map((n) => n.data.id).sort();
  assert.deepEqual(ids, [...visible].sort());
  assert.deepEqual(consoleErrors.filter((e) => !/download/i.test(e)), [], 'the page logged errors');
});
