/**
 * The core journey in Chromium, Firefox and WebKit (EQ_ENGINES chooses; all three by default) on
 * the demo host page built for production, at 1280×800 and at 390×844, with the layout of every
 * view checked as numbers (see test/e2e/engines/in-page.js, checkDialog).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { selectedEngines } from '../../scripts/engines.mjs';
import { launchEngine, type EngineBrowser, type Viewport } from './engines/driver.js';
import { coreJourney } from './engines/journey.js';
import { startDemo, type Demo } from './harness.js';

const SIZES: [string, Viewport][] = [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
];

for (const engine of selectedEngines()) {
  describe(`core journey in ${engine}`, () => {
    let demo: Demo;
    let browser: EngineBrowser;

    before(async () => {
      [demo, browser] = await Promise.all([startDemo(), launchEngine(engine)]);
      console.log(`# ${engine}: ${browser.version}`);
    });
    after(async () => {
      await browser?.close();
      await demo?.dispose();
    });

    for (const [label, size] of SIZES) {
      test(`${label} ${size.width}×${size.height}: files a case, finds it, answers it; every view fits`, async () => {
        const page = await browser.newPage(size);
        try {
          const report = await coreJourney(page, {
            url: demo.url,
            subject: 'Report task failed to load',
            sizes: [size],
          });
          for (const line of report.measures) console.log(`# ${engine} ${line}`);
          assert.match(report.caseNumber, /^\d{8}$/);
          assert.deepEqual(report.problems, [], 'layout problems');
          assert.deepEqual(report.errors, [], 'page errors');
          const found = (await (await demo.api(`/cases?q=${report.caseNumber}`)).json()) as {
            items: { number: string }[];
          };
          assert.deepEqual(
            found.items.map((c) => c.number),
            [report.caseNumber],
          );
        } finally {
          await page.close();
        }
      });
    }
  });
}
