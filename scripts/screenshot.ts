/**
 * Takes the README screenshots from the real demo: starts it on a fresh data directory, opens it
 * in Chromium and writes docs/demo.png and docs/launcher.png.
 * Run: node --import tsx scripts/screenshot.ts
 */
import { launchChromium, startDemo } from '../test/e2e/harness.js';

const demo = await startDemo();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 760 } });
  await page.goto(demo.url);
  await page.getByRole('button', { name: /Contact Support/ }).waitFor();
  await page.waitForTimeout(1500); // the badge loads when the page is idle
  await page.screenshot({ path: 'docs/demo.png' });
  console.log('wrote docs/demo.png');
  await page.getByRole('button', { name: /Contact Support/ }).click();
  await page.locator('eq-support-launcher').locator('.centers').waitFor();
  await page.screenshot({ path: 'docs/launcher.png' });
  console.log('wrote docs/launcher.png');
} finally {
  await browser.close();
  await demo.dispose();
}
