/**
 * Hostile host pages (test/e2e/hosts/, served beside the production demo): the core journey with
 * its layout checks and axe on each, because the SDK promises to work on any page. Every host
 * runs in Chromium; the CSS resets and the right-to-left page also run in Firefox and WebKit.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { selectedEngines, type Engine } from '../../scripts/engines.mjs';
import {
  launchEngine,
  type EngineBrowser,
  type EnginePage,
  type Viewport,
} from './engines/driver.js';
import {
  clickOn,
  coreJourney,
  find,
  waitFor,
  TRIGGER,
  type JourneyReport,
  type Placement,
} from './engines/journey.js';
import { startDemo, type Demo } from './harness.js';

const DESKTOP: Viewport = { width: 1280, height: 800 };
const PHONE: Viewport = { width: 390, height: 844 };
/** 1280×800 at 200 % zoom: half the CSS pixels, twice the device pixels. */
const ZOOM_200: Viewport = { width: 640, height: 400, deviceScaleFactor: 2 };
/** WCAG 1.4.10 reflow: 320 CSS px wide (1280 px at 400 %). */
const REFLOW: Viewport = { width: 320, height: 640, deviceScaleFactor: 4 };
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const INSECURE_HOST = 'maestro-console.test';

let axeSource = '';

/** axe-core on the page (and on same-origin frames through the page's own copy). */
async function axe(page: EnginePage, where: string, problems: string[]): Promise<void> {
  const violations = await page.evaluate<string[]>(`(async () => {
    if (!window.axe) { ${axeSource} }
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} },
      iframes: false,
    });
    return result.violations.map(
      (v) => v.id + ': ' + v.help + ' ' + JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target)),
    );
  })()`);
  for (const violation of violations) problems.push(`axe ${where}: ${violation}`);
}

interface HostRun {
  report: JourneyReport;
  axe: string[];
}

/** The core journey on a host page, with axe at each view (not in frames: axe runs per document). */
async function journey(
  browser: EngineBrowser,
  url: string,
  size: Viewport,
  options: { axe?: boolean; label: string },
): Promise<HostRun> {
  const page = await browser.newPage(size);
  const axeProblems: string[] = [];
  try {
    const report = await coreJourney(page, {
      url,
      subject: `Report task failed to load (${options.label})`,
      sizes: [size],
      atView: options.axe === false ? undefined : (view) => axe(page, view, axeProblems),
    });
    return { report, axe: axeProblems };
  } finally {
    await page.close();
  }
}

function assertClean(run: HostRun): void {
  assert.match(run.report.caseNumber, /^\d{8}$/);
  assert.deepEqual(run.report.problems, [], 'layout problems');
  assert.deepEqual(run.axe, [], 'axe violations');
  assert.deepEqual(run.report.errors, [], 'page errors');
}

const ALL_ENGINE_HOSTS: Engine[] = ['chromium', 'firefox', 'webkit'];

before(async () => {
  axeSource = await readFile(
    new URL('../../node_modules/axe-core/axe.min.js', import.meta.url),
    'utf8',
  );
});

for (const engine of selectedEngines()) {
  describe(`hostile hosts in ${engine}`, () => {
    let demo: Demo;
    let browser: EngineBrowser;

    before(async () => {
      [demo, browser] = await Promise.all([
        startDemo(),
        launchEngine(engine, { hostNames: [INSECURE_HOST] }),
      ]);
    });
    after(async () => {
      await browser?.close();
      await demo?.dispose();
    });

    const host = (path: string) => new URL(path, demo.url).href;

    if (ALL_ENGINE_HOSTS.includes(engine)) {
      for (const [label, size] of [
        ['desktop', DESKTOP],
        ['phone', PHONE],
      ] as const) {
        test(`CSS resets (Bootstrap 5, Tailwind preflight, 62.5 % root, content-box, button all: unset), ${label}`, async () => {
          const run = await journey(browser, host('hosts/resets.html'), size, { label });
          assertClean(run);
        });
      }

      test('right-to-left page: the launcher mirrors, the button takes the left corner', async () => {
        const run = await journey(browser, host('hosts/rtl.html'), DESKTOP, { label: 'rtl' });
        assertClean(run);
        const page = await browser.newPage(DESKTOP);
        try {
          await page.goto(host('hosts/rtl.html'));
          const button = await find(page, TRIGGER);
          const box = await page.call<Placement>('placement', button);
          assert.ok(box.left < 40, `the button sits in the left corner (left ${box.left})`);
          assert.ok(box.bottom > box.height - 60, `and at the bottom (bottom ${box.bottom})`);
          await clickOn(page, TRIGGER);
          const close = await find(page, { role: 'button', name: 'Close support' });
          const title = await find(page, { role: 'heading', name: 'Contact Support' });
          const closeBox = await page.call<Placement>('placement', close);
          const titleBox = await page.call<Placement>('placement', title);
          assert.ok(
            closeBox.right <= titleBox.left + 1,
            `close (${closeBox.left}–${closeBox.right}) is left of the title (${titleBox.left}–${titleBox.right})`,
          );
          const direction = await page.evaluate<string>(
            "getComputedStyle(document.querySelector('eq-support-button')).direction",
          );
          assert.equal(direction, 'rtl');
        } finally {
          await page.close();
        }
      });
    }

    if (engine !== 'chromium') return;

    test('200 % zoom (640×400 CSS px)', async () => {
      assertClean(await journey(browser, host('hosts/plain.html'), ZOOM_200, { label: 'zoom' }));
    });

    test('320 CSS px wide (WCAG 1.4.10 reflow): no two-way scrolling', async () => {
      const run = await journey(browser, host('hosts/plain.html'), REFLOW, { label: 'reflow' });
      assertClean(run);
      // The dialog check already fails on any part wider than the dialog (horizontal scroll).
      assert.ok(run.report.measures.length > 0);
    });

    test('inside a transformed, filtered ancestor, under z-index 2147483647: the button stays in the corner, on top', async () => {
      const page = await browser.newPage(DESKTOP);
      try {
        await page.goto(host('hosts/stacking.html'));
        const button = await find(page, TRIGGER);
        const box = await page.call<Placement>('placement', button);
        assert.ok(box.width - box.right < 40, `right corner (right ${box.right} of ${box.width})`);
        assert.ok(box.height - box.bottom < 40, `bottom (${box.bottom} of ${box.height})`);
        const point = await page.call<{ ok: boolean; hit: string }>('point', button);
        assert.ok(point.ok, `the button is on top (its centre hits ${point.hit})`);
      } finally {
        await page.close();
      }
      assertClean(await journey(browser, host('hosts/stacking.html'), DESKTOP, { label: 'z' }));
    });

    test('inside a same-origin iframe', async () => {
      const run = await journey(browser, host('hosts/iframe.html'), DESKTOP, {
        label: 'iframe',
        axe: false, // axe runs on the framed page below
      });
      assertClean(run);
      const page = await browser.newPage(DESKTOP);
      const problems: string[] = [];
      try {
        await page.goto(host('hosts/plain.html'));
        await axe(page, 'the framed page', problems);
      } finally {
        await page.close();
      }
      assert.deepEqual(problems, []);
    });

    test('<base href> set to another path: lazy chunks still load from the script URL', async () => {
      const run = await journey(browser, host('hosts/base/index.html'), DESKTOP, { label: 'base' });
      assertClean(run);
    });

    test('served over plain http from another host name (no crypto.randomUUID)', async () => {
      const url = new URL('hosts/plain.html', demo.url);
      url.hostname = INSECURE_HOST;
      const page = await browser.newPage(DESKTOP);
      try {
        await page.goto(url.href);
        const context = await page.evaluate<{ secure: boolean; uuid: string }>(
          '({ secure: window.isSecureContext, uuid: typeof crypto.randomUUID })',
        );
        assert.deepEqual(context, { secure: false, uuid: 'undefined' });
      } finally {
        await page.close();
      }
      assertClean(await journey(browser, url.href, DESKTOP, { label: 'insecure' }));
    });

    test('two copies of the SDK, and an eq- tag another script defined first', async () => {
      const run = await journey(browser, host('hosts/two-copies.html'), DESKTOP, {
        label: 'two copies',
      });
      assertClean(run);
      const version = (
        JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
          version: string;
        }
      ).version;
      const copies = run.report.warnings.filter((w) => w.includes('another copy of eq-support'));
      assert.equal(copies.length, 1, run.report.warnings.join('\n'));
      assert.ok(
        copies[0]!.includes(`eq-support ${version}-b`) && copies[0]!.includes(`(${version})`),
        copies[0],
      );
      // Documentation's tag belongs to another library: eq-support leaves it, says so, and the
      // rest of the page keeps working.
      const page = await browser.newPage(DESKTOP);
      try {
        await page.goto(host('hosts/two-copies.html'));
        await clickOn(page, TRIGGER);
        await clickOn(page, { role: 'button', nameRe: 'Read Documentation' });
        await find(page, { css: 'eq-documentation', text: 'Not eq-support' }, 'the other element');
        const warnings = await waitFor(
          page,
          async () => {
            const all = await page.evaluate<string[]>('window.__eqTest.warnings');
            return all.some((w) => w.includes('<eq-documentation> is already defined'))
              ? all
              : undefined;
          },
          'a warning about <eq-documentation>',
        );
        assert.ok(warnings.length >= 1);
        assert.deepEqual(await page.evaluate<string[]>('window.__eqTest.errors'), []);
      } finally {
        await page.close();
      }
    });

    test('an engine below the supported minimum: the button renders and says so plainly', async () => {
      const page = await browser.newPage(DESKTOP);
      try {
        await page.goto(host('hosts/old-browser.html'));
        await clickOn(page, TRIGGER);
        const notice = await find(page, { css: '[part=notice][role=alert]' }, 'the notice');
        assert.match(await page.call<string>('text', notice), /needs a newer browser/);
        assert.equal(await page.call<number>('count', { role: 'dialog' }), 0);
        assert.deepEqual(await page.evaluate<string[]>('window.__eqTest.errors'), []);
      } finally {
        await page.close();
      }
    });
  });
}
