/**
 * Takes the README screenshots from the real demo: starts it on a fresh data directory, opens it
 * in Chromium and writes docs/*.png. Run: node --import tsx scripts/screenshot.ts
 */
import { launchChromium, startDemo } from '../test/e2e/harness.js';

const demo = await startDemo();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(demo.url);
  await page.getByLabel('Type').locator('option').first().waitFor({ state: 'attached' });
  await page.screenshot({ path: 'docs/demo.png', fullPage: true });
  console.log('wrote docs/demo.png');
} finally {
  await browser.close();
  await demo.dispose();
}
