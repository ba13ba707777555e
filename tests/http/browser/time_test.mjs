// Item 4 of issue 13, time: nodes and edges on screen carry their dates
// (cases and events their own, other edges their evidence documents'); the
// time sliders hide what lies outside the range, keep the rest, and the
// range is kept in the URL.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { base, shots, step, runBrowserTest, waitForGraph } from './harness.mjs';

await runBrowserTest('time', async (page, consoleErrors) => {
  step('open the employer and 30 of its stoppages (1984–2013)');
  await page.goto(`${base}/`, { waitUntil: 'load' });
  await page.fill('#search-input', 'Acme Postal Service');
  await page.waitForSelector('#search-list li[role=option]', { state: 'visible' });
  await page.keyboard.press('Enter');
  await waitForGraph(page, 1);
  const group = (await page.evaluate(() => window.lkgExplorer.groups())).find((g) => /work stoppage/.test(g.label));
  await page.evaluate((id) => window.lkgExplorer.dbltap(id), group.id);
  await page.waitForFunction((id) => /^270 more/.test(window.lkgExplorer.groups().find((g) => g.id === id)?.label || ''), group.id);
  const dated = await page.evaluate(() => window.lkgExplorer.datedVisible());
  assert.ok(dated.length >= 60, `only ${dated.length} dated elements (30 events and their 30 edges expected)`);
  await page.waitForSelector('#time-filter:not([hidden])');
  assert.equal(await page.textContent('#time-label'), '1984–2013');

  step('from 2000 on: earlier stoppages and their edges go, later ones stay');
  await page.$eval('#time-from', (input) => { input.value = '2000'; input.dispatchEvent(new Event('input')); });
  assert.equal(await page.textContent('#time-label'), '2000–2013');
  const kept = await page.evaluate(() => window.lkgExplorer.datedVisible());
  assert.ok(kept.length > 0 && kept.length < dated.length, `${kept.length} of ${dated.length} kept`);
  for (const x of kept) assert.ok(x.last.slice(0, 4) >= '2000', `${x.id} (${x.first}–${x.last}) is shown`);
  assert.ok(await page.evaluate(() => window.lkgExplorer.visibleNodeIds().length) >= 21, 'undated unions must stay');
  assert.match(page.url(), /since=2000/);
  await page.screenshot({ path: join(shots, 'time.png') });

  step('the range survives a reload; All shows everything again');
  await page.reload({ waitUntil: 'load' });
  await waitForGraph(page, 20);
  await page.waitForFunction(() => document.querySelector('#time-label')?.textContent === '2000–2013');
  await page.click('#time-all');
  assert.equal((await page.evaluate(() => window.lkgExplorer.datedVisible())).length, dated.length);
  assert.ok(!/since=/.test(page.url()));
  assert.deepEqual(consoleErrors, [], 'the page logged errors');
});
