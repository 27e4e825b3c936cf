/**
 * `npm run screenshots`: retakes the README's screenshots from the real demo page (the production
 * build, as `npm start` with DEMO_DIST serves it) in Chromium, at a desktop size (1280 × 800) and a
 * phone size (390 × 844), into docs/. Builds the demo first.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium, startDemo } from '../test/e2e/harness.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = resolve(root, '.demo-dist');
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-demo.ts', dist], {
  cwd: root,
  stdio: 'inherit',
});
process.env.DEMO_DIST = dist;

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const [demo, browser] = await Promise.all([startDemo(), launchChromium()]);

/** The dialog's content has settled: no loading text, fonts and images in. */
async function settled(page: Page): Promise<void> {
  await page.mouse.move(0, 0); // no hover left where the last click was
  await page.waitForFunction(() => document.fonts.status === 'loaded');
  await page.waitForTimeout(400); // the focus ring and the open animation of the dialog
}

async function launcher(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Contact Support/ }).click();
  await page.locator('eq-support-launcher #centers-title').waitFor();
}

async function myCases(page: Page): Promise<void> {
  await launcher(page);
  await page.getByRole('button', { name: /See My Cases/ }).click();
  await page.locator('eq-case-list button.row').first().waitFor();
}

const shots: { file: string; viewport: typeof DESKTOP; steps: (page: Page) => Promise<void> }[] = [
  {
    file: 'demo.png',
    viewport: DESKTOP,
    steps: async (page) => {
      await page.getByRole('button', { name: /Contact Support/ }).waitFor();
    },
  },
  { file: 'launcher.png', viewport: DESKTOP, steps: launcher },
  {
    file: 'case.png',
    viewport: DESKTOP,
    steps: async (page) => {
      await myCases(page);
      await page.locator('eq-case-list button.row.waiting').click();
      await page.locator('eq-case-view [part=actions]').waitFor();
    },
  },
  {
    file: 'form.png',
    viewport: DESKTOP,
    steps: async (page) => {
      await launcher(page);
      await page.getByRole('button', { name: /Create a Case/ }).click();
      await page.getByLabel('Subject').fill('Deal 48810 stopped delivering');
      await page.locator('eq-article-suggest [part=link]').first().waitFor();
      // The subject with the articles it suggests below it.
      await page
        .locator('eq-case-form #subject')
        .evaluate((subject) => subject.scrollIntoView({ block: 'start' }));
    },
  },
  { file: 'phone-cases.png', viewport: PHONE, steps: myCases },
  {
    file: 'phone-form.png',
    viewport: PHONE,
    steps: async (page) => {
      await launcher(page);
      await page.getByRole('button', { name: /Create a Case/ }).click();
      await page.getByLabel('Subject').waitFor();
    },
  },
];

try {
  for (const { file, viewport, steps } of shots) {
    const page = await browser.newPage({ viewport });
    await page.goto(demo.url);
    await steps(page);
    await settled(page);
    await page.screenshot({ path: resolve(root, 'docs', file) });
    await page.close();
    console.log(`docs/${file} (${viewport.width} × ${viewport.height})`);
  }
} finally {
  await browser.close();
  await demo.dispose();
}
