// Item 8 of issue 13, a start page with ways in: before any search the
// graph area lists the most connected unions and companies, the latest
// cases and documents and search examples, all taken from the store; an
// example fills the search box and a listed union opens its neighbourhood.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { base, shots, step, runBrowserTest, waitForGraph } from './harness.mjs';

await runBrowserTest('start', async (page, consoleErrors) => {
  step('the start page lists ways in');
  await page.goto(`${base}/`, { waitUntil: 'load' });
  await page.waitForSelector('#start-unions li');
  assert.equal(await page.isVisible('#start'), true);
  const unions = await page.$$eval('#start-unions li', (li) => li.map((x) => x.textContent));
  assert.ok(unions.length >= 3, `only ${unions.length} unions listed`);
  // The hub fixture's 300-stoppage employer is the most connected company.
  const companies = await page.$$eval('#start-companies li button', (b) => b.map((x) => x.textContent));
  assert.equal(companies[0], 'Acme Postal Service');
  assert.match(await page.textContent('#start-companies li'), /\d+ connections/);
  await page.waitForSelector('#start-cases li');
  await page.waitForSelector('#start-documents li');
  const cases = await page.$$eval('#start-cases li', (li) => li.map((x) => x.textContent));
  assert.ok(cases.every((c) => /\d{4}/.test(c)), `cases without dates: ${cases.join(' | ')}`);
  const examples = await page.$$eval('.examples .example', (b) => b.map((x) => x.textContent));
  assert.ok(examples.length >= 2, 'no search examples');
  await page.screenshot({ path: join(shots, 'start.png') });

  step('an example fills the search box and suggests');
  await page.click('.examples .example');
  assert.equal(await page.inputValue('#search-input'), examples[0]);
  await page.waitForSelector('#search-list li[role=option]', { state: 'visible' });
  await page.keyboard.press('Escape');

  step('a listed union opens its neighbourhood and hides the start page');
  const first = await page.textContent('#start-unions li button');
  await page.click('#start-unions li button');
  await waitForGraph(page, 1);
  await page.waitForFunction((name) => document.querySelector('#detail-name')?.textContent === name, first);
  assert.equal(await page.isVisible('#start'), false);

  step('a document opens in the source viewer');
  await page.click('#clear');
  await page.waitForSelector('#start-documents li button', { state: 'visible' });
  await page.click('#start-documents li button');
  await page.waitForSelector('#doc-dialog[open] #doc-text');
  assert.ok((await page.textContent('#doc-text')).length > 100, 'the document text is empty');
  assert.deepEqual(consoleErrors, [], 'the page logged errors');
});
