// Browser test of the explorer page in headless Chromium (playwright-core,
// the system's /usr/bin/chromium): search, neighbourhood, node evidence,
// path finder, case filter, a screenshot that must not be blank, and a
// same-origin write whose javascript: URL must not become a link.
//
//   node explorer_test.mjs BASE_URL SCREENSHOT_DIR
// Env: LKG_WEB_DIR (where playwright-core is installed), LKG_SEARCH (the
// name to search, default MMTUK), LKG_PATH_TO (path target), CHROMIUM.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const require = createRequire(join(process.env.LKG_WEB_DIR, 'package.json'));
const { chromium } = require('playwright-core');

const base = process.argv[2];
const shots = process.argv[3];
const searchTerm = process.env.LKG_SEARCH || 'MMTUK';
const pathTo = process.env.LKG_PATH_TO || 'Kyrgyzstan';

function step(name) {
  console.log(`# ${name}`);
}

async function run(page) {
  const consoleErrors = [];
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });

  step('load /');
  await page.goto(base + '/', { waitUntil: 'load' });
  await page.waitForSelector('#graph canvas');

  step(`search "${searchTerm}" with type-ahead`);
  await page.fill('#search-input', searchTerm);
  await page.waitForSelector('#search-list li[role=option]', { state: 'visible' });
  await page.keyboard.press('Enter');

  step('neighbourhood appears');
  await page.waitForFunction(() => window.lkgExplorer && window.lkgExplorer.nodeCount() > 1, null, { timeout: 10000 });
  const nodes = await page.evaluate(() => window.lkgExplorer.nodeCount());
  assert.ok(nodes > 1, `expected a neighbourhood, got ${nodes} nodes`);
  await page.waitForSelector('#detail-name');

  step('click a neighbour node and see its evidence');
  const neighbour = await page.evaluate(() => window.lkgExplorer.clickNeighbour());
  assert.ok(neighbour, 'no neighbour to click');
  await page.waitForFunction((name) => document.querySelector('#detail-name')?.textContent === name, neighbour);
  await page.waitForSelector('#details .evidence q');
  const sentence = await page.textContent('#details .evidence q');
  assert.ok(sentence && sentence.length > 10, 'the evidence sentence is empty');

  step(`path from "${searchTerm}" to "${pathTo}"`);
  await page.click('#tab-path');
  await page.fill('#path-from', searchTerm);
  await page.fill('#path-to', pathTo);
  await page.keyboard.press('Escape');
  await page.click('#path-form button[type=submit]');
  await page.waitForSelector('#path-result .path li, #path-result .error', { timeout: 10000 });
  const pathError = await page.$('#path-result .error');
  assert.equal(pathError, null, pathError ? await pathError.textContent() : '');
  const hops = await page.$$eval('#path-result .path li', (items) => items.length);
  assert.ok(hops >= 1, 'the path has no hop');

  step('case list with a filter');
  await page.click('#tab-cases');
  await page.waitForSelector('#case-count:not(:empty)');
  const before = await page.textContent('#case-count');
  await page.selectOption('#case-kind', process.env.LKG_CASE_KIND || 'arrest');
  await page.click('#case-form button[type=submit]');
  await page.waitForFunction((old) => document.querySelector('#case-count').textContent !== old, before);
  const after = await page.textContent('#case-count');
  assert.match(after, /^\d+ cases? match\.$/);
  await page.waitForSelector('#case-chart svg rect, #case-chart .hint');
  await page.screenshot({ path: join(shots, 'explorer-cases.png') });

  step('screenshot');
  await page.click('#tab-details');
  const file = join(shots, 'explorer.png');
  const png = await page.screenshot({ path: file, fullPage: false });
  assert.ok(statSync(file).size > 20000, 'the screenshot is suspiciously small');
  const colours = await page.evaluate(() => window.lkgExplorer.distinctCanvasColours());
  assert.ok(colours >= 4, `the graph canvas looks blank (${colours} colours)`);
  assert.ok(png.length > 20000);

  step('a document whose URL is javascript: is written from the page and shown as text, not a link');
  const written = await page.evaluate(async () => {
    const body = JSON.stringify({ text: 'The Zorbex Miners Union held a strike at the Kumtor gold mine in 2024.',
      title: 'Zorbex strike', url: 'javascript:alert(1)' });
    const r = await fetch('/api/v1/documents', { method: 'POST', body,
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'explorer-test' } });
    return r.status;
  });
  assert.equal(written, 201, 'the same-origin write from the page was refused');
  await page.fill('#search-input', 'Zorbex');
  await page.waitForSelector('#search-list li[role=option]', { state: 'visible' });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Zorbex/.test(document.querySelector('#detail-name')?.textContent || ''));
  await page.waitForSelector('#details .evidence .url-text');
  assert.equal(await page.textContent('#details .evidence .url-text'), 'javascript:alert(1)');
  assert.equal(await page.$$eval('a[href^="javascript"]', (links) => links.length), 0, 'a javascript: link is shown');
  assert.deepEqual(consoleErrors, [], 'the page logged errors');
}

const profile = mkdtempSync(join(tmpdir(), 'lkg-chromium-'));
// launchPersistentContext passes --user-data-dir=<profile> (a fresh directory).
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1366, height: 800 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-quic'],
});
let failed = false;
try {
  const page = browser.pages()[0] || await browser.newPage();
  try {
    await run(page);
  } catch (err) {
    await page.screenshot({ path: join(shots, 'explorer-failure.png') }).catch(() => {});
    throw err;
  }
  console.log('1 passed, 0 failed');
} catch (err) {
  failed = true;
  console.error(err);
  console.log('0 passed, 1 failed');
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
