/**
 * `<eq-case-list>` at 10,000 cases, in Chromium, from a production build (case-list-page/): the
 * page fills the in-browser reference backend, then times the element from its creation to the
 * first rows, loads every page and counts the row elements in the DOM (see case-list-page/main.ts).
 * The backend runs on the page's main thread too; its share of the first render is reported.
 * Each first render is on a fresh page (new browser context, nothing compiled or cached yet).
 */
import type { Browser } from 'playwright-core';
import type { AllLoaded, FirstRender } from './case-list-page/main.js';

export interface CaseListResult {
  cases: number;
  seeded: number;
  /** Unthrottled: first renders (one per fresh page); after the first, every page loaded. */
  unthrottled: { firsts: FirstRender[]; all: AllLoaded };
  /** At `cpuRate`: first renders only. */
  throttled: { cpuRate: number; firsts: FirstRender[] };
}

async function run(
  browser: Browser,
  url: string,
  total: number,
  cpuRate: number,
  loadAll: boolean,
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => 'caseListBench' in window);
    const setup = await page.evaluate((n) => window.caseListBench.setup(n), total);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    const first = await page.evaluate(() => window.caseListBench.firstRender());
    const all = loadAll ? await page.evaluate(() => window.caseListBench.loadAll()) : undefined;
    return { setup, first, all };
  } finally {
    await context.close();
  }
}

/** `runs` fresh pages unthrottled (the first also loads every page) and `runs` at `cpuRate`. */
export async function benchCaseList(
  browser: Browser,
  url: string,
  { total = 10_000, cpuRate = 4, runs = 3 } = {},
): Promise<CaseListResult> {
  const plain = [];
  const throttled = [];
  for (let i = 0; i < runs; i++) {
    plain.push(await run(browser, url, total, 1, i === 0));
    throttled.push(await run(browser, url, total, cpuRate, false));
  }
  return {
    cases: total,
    seeded: plain[0]!.setup.seeded,
    unthrottled: { firsts: plain.map((r) => r.first), all: plain[0]!.all! },
    throttled: { cpuRate, firsts: throttled.map((r) => r.first) },
  };
}
