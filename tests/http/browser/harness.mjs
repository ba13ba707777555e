// Shared by the browser tests: headless Chromium (playwright-core, the
// system's /usr/bin/chromium) with a fresh profile, a page that records
// console errors, and a runner that saves a failure screenshot.
//   node <test>.mjs BASE_URL SCREENSHOT_DIR   (env LKG_WEB_DIR: where playwright-core is)
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(join(process.env.LKG_WEB_DIR, 'package.json'));
const { chromium } = require('playwright-core');

export const base = process.argv[2];
export const shots = process.argv[3];

export function step(name) {
  console.log(`# ${name}`);
}

// Runs `body(page, consoleErrors)` in a fresh browser; exits 1 on failure
// after saving SCREENSHOT_DIR/<name>-failure.png.
export async function runBrowserTest(name, body) {
  const profile = mkdtempSync(join(tmpdir(), 'lkg-chromium-'));
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
    const consoleErrors = [];
    page.on('pageerror', (err) => consoleErrors.push(String(err)));
    page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
    try {
      await body(page, consoleErrors);
    } catch (err) {
      await page.screenshot({ path: join(shots, `${name}-failure.png`) }).catch(() => {});
      throw err;
    }
    console.log(`${name}: 1 passed, 0 failed`);
  } catch (err) {
    failed = true;
    console.error(err);
    console.log(`${name}: 0 passed, 1 failed`);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
  if (failed) process.exit(1);
}

// Waits until the graph shows more than `min` nodes and the layout settled.
export async function waitForGraph(page, min = 1) {
  await page.waitForFunction((n) => window.lkgExplorer && window.lkgExplorer.visibleCount() > n, min, { timeout: 15000 });
  await page.waitForTimeout(300);
}
