/**
 * What the button costs a host page at load: a blank page with nothing but the CDN build's one
 * `<script type="module">` and `<eq-support-button>`, loaded in a fresh browser context and left
 * idle for 3 s (the badge count is fetched when the page is idle). Records main-thread long tasks
 * (PerformanceObserver 'longtask', buffered, registered before any page script) and the network
 * log, with and without CPU throttling. A baseline page — the same without the script — shows
 * what the browser itself costs.
 */
import type { Browser } from 'playwright-core';
import type { SizeRow } from '../size-lib.js';
import { NAME_SHIM } from './cold-open.js';

export const IDLE_MS = 3000;

/**
 * The blank host page in `lang`; `withButton: false` gives the baseline (no eq-support script).
 * `npm run size` measures its journeys on this page too, in every language.
 */
export function blankHostPage(withButton: boolean, lang = 'en'): string {
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>Blank host page</title>
    <link rel="icon" href="data:," />
    ${withButton ? '<script type="module" src="/cdn/eq-support.js"></script>' : ''}
  </head>
  <body>
    <eq-support-button api-base="/api"></eq-support-button>
    ${
      withButton
        ? `<script type="module">
      document.querySelector('eq-support-button').getToken = () => 'demo-user-1';
    </script>`
        : ''
    }
  </body>
</html>
`;
}

export interface PageLoadRun {
  cpuRate: number;
  withButton: boolean;
  longTasks: { startMs: number; durationMs: number }[];
  longTaskCount: number;
  longTaskTotalMs: number;
  /** Sum over long tasks of the part beyond 50 ms (as in Total Blocking Time). */
  blockingMs: number;
  /** Main-thread busy time of the page's renderer (DevTools Performance.getMetrics TaskDuration). */
  taskMs: number;
  /** Of which running JavaScript (ScriptDuration). */
  scriptMs: number;
  /** Scripts of the CDN build fetched: path under /cdn/, encoded (gzip) body bytes. */
  scripts: { file: string; bytes: number; eager: boolean }[];
  /** Encoded body bytes of the CDN build's scripts. */
  scriptBytes: number;
  /** Every response: encoded bodies plus headers, the HTML page and the API call included. */
  transferredBytes: number;
  /** Requests to the API (the badge count). */
  apiRequests: string[];
  /** Chunks of the CDN build that are not part of its eager set (expected: none). */
  lazyRequested: string[];
}

/**
 * One load of the page at `pageUrl` in a fresh context at `cpuRate`, left idle for IDLE_MS. Its
 * scripts are those fetched under `scripts` (a path prefix); `eagerFiles` are the ones expected.
 */
export async function loadOnce(
  browser: Browser,
  pageUrl: string,
  {
    cpuRate,
    withButton = true,
    scripts: prefix = '/cdn/',
    eagerFiles,
  }: {
    cpuRate: number;
    withButton?: boolean;
    scripts?: string;
    eagerFiles?: ReadonlySet<string>;
  },
): Promise<PageLoadRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: NAME_SHIM });
    await page.addInitScript(() => {
      const tasks: { startMs: number; durationMs: number }[] = [];
      (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          tasks.push({ startMs: entry.startTime, durationMs: entry.duration });
        }
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await cdp.send('Performance.enable');
    const finished: Promise<{ path: string; body: number; headers: number; type: string }>[] = [];
    page.on('requestfinished', (request) => {
      finished.push(
        request.sizes().then((sizes) => ({
          path: new URL(request.url()).pathname,
          body: sizes.responseBodySize,
          headers: sizes.responseHeadersSize,
          type: request.resourceType(),
        })),
      );
    });
    await page.goto(pageUrl, { waitUntil: 'load' });
    await page.waitForTimeout(IDLE_MS);
    const longTasks = await page.evaluate(
      () =>
        (window as unknown as { __longTasks: { startMs: number; durationMs: number }[] })
          .__longTasks,
    );
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    const log = await Promise.all(finished);
    const scripts = log
      .filter((r) => r.path.startsWith(prefix) && r.type === 'script')
      .map((r) => {
        const file = r.path.slice(prefix.length);
        return { file, bytes: r.body, eager: eagerFiles?.has(file) ?? true };
      });
    return {
      cpuRate,
      withButton,
      longTasks,
      longTaskCount: longTasks.length,
      longTaskTotalMs: longTasks.reduce((n, t) => n + t.durationMs, 0),
      blockingMs: longTasks.reduce((n, t) => n + Math.max(0, t.durationMs - 50), 0),
      taskMs: metric('TaskDuration'),
      scriptMs: metric('ScriptDuration'),
      scripts,
      scriptBytes: scripts.reduce((n, s) => n + s.bytes, 0),
      transferredBytes: log.reduce((n, r) => n + r.body + r.headers, 0),
      apiRequests: log.filter((r) => r.path.startsWith('/api/')).map((r) => r.path),
      lazyRequested: scripts.filter((s) => !s.eager).map((s) => s.file),
    };
  } finally {
    await context.close();
  }
}

/**
 * The blank host page with and without the button, unthrottled and at `cpuRate`, `repeats` times
 * each (a fresh context every time).
 */
export async function benchPageLoad(
  browser: Browser,
  url: string,
  sizeRows: readonly SizeRow[],
  { cpuRate = 4, repeats = 3 } = {},
): Promise<PageLoadRun[]> {
  const eager = new Set(sizeRows.filter((r) => r.eager).map((r) => r.file));
  const runs: PageLoadRun[] = [];
  for (let i = 0; i < repeats; i++) {
    for (const rate of [1, cpuRate]) {
      for (const withButton of [true, false]) {
        const page = new URL(withButton ? 'blank.html' : 'baseline.html', url).href;
        runs.push(await loadOnce(browser, page, { cpuRate: rate, withButton, eagerFiles: eager }));
      }
    }
  }
  return runs;
}
