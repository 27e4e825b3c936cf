/**
 * Lighthouse (accessibility, best practices, SEO) on the demo page as `npm start` serves it
 * (the production build under DEMO_DIST), with the launcher closed and open: every category 100.
 * A user flow: a navigation, then a snapshot after Contact Support is pressed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFlow } from 'lighthouse';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { startDemo, type Demo } from './harness.js';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'];

describe('Lighthouse on the demo page', () => {
  let demo: Demo;
  let browser: Browser;

  before(async () => {
    [demo, browser] = await Promise.all([
      startDemo(),
      puppeteer.launch({
        executablePath: findChromium(),
        args: [...CHROMIUM_ARGS],
        headless: true,
      }),
    ]);
  });
  after(async () => {
    await browser?.close();
    await demo?.dispose();
  });

  test('scores 100 in accessibility, best practices and SEO, launcher closed and open', async () => {
    const page = await browser.newPage();
    const flow = await startFlow(page, {
      config: { extends: 'lighthouse:default', settings: { onlyCategories: CATEGORIES } },
    });
    await flow.navigate(demo.url, { name: 'launcher closed' });
    await page.click('eq-support-button >>> [part=button]');
    // The home is whole once the service status and the delivery centers are shown.
    await page.waitForSelector('pierce/[part=action]');
    await page.waitForSelector('pierce/#centers-title');
    await flow.snapshot({ name: 'launcher open' });
    const { steps } = await flow.createFlowResult();
    const failures: string[] = [];
    for (const { name, lhr } of steps) {
      for (const id of CATEGORIES) {
        const category = lhr.categories[id]!;
        const score = Math.round((category.score ?? 0) * 100);
        if (score === 100) continue;
        const failing = category.auditRefs
          .map((ref) => lhr.audits[ref.id]!)
          .filter((audit) => audit.score !== null && audit.score < 1)
          .map((audit) => audit.id);
        failures.push(`${name}: ${id} ${score} (${failing.join(', ')})`);
      }
    }
    assert.deepEqual(failures, [], 'every category scores 100');
    assert.equal(steps.length, 2);
  });
});
