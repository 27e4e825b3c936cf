/**
 * The peer measured beside eq-support in the same run: Sentry's User Feedback widget
 * (`@sentry/browser` with its feedback integration), bundled by the same Vite config
 * (scripts/bench/peer-page/), served by the same server. Three figures, as for the SDK:
 *   bytes before interaction  gzip bodies of the scripts its page fetched (page-load.ts)
 *   long tasks at load        the same blank-page load, 1× and 4× CPU (page-load.ts)
 *   click → form interactive  its "Report a Bug" button's click event → the first frame at which
 *                             the form's message field is visible and takes focus, cold, 4× CPU
 */
import type { Browser } from 'playwright-core';
import { NAME_SHIM } from './cold-open.js';
import { loadOnce, type PageLoadRun } from './page-load.js';

export const PEER_NAME = 'Sentry User Feedback';

export interface PeerResult {
  name: string;
  version: string;
  loads: PageLoadRun[];
  /** Click → message field focusable, ms, one a cold run (after a discarded warm-up). */
  clickToFormMs: number[];
}

declare global {
  interface Window {
    __peerBench?: { click: number; form: number };
  }
}

/** Runs in the page before its own scripts: the same marks as cold-open.ts takes for ours. */
function instrument(): void {
  const marks = { click: 0, form: 0 };
  window.__peerBench = marks;
  const watch = () => {
    const root = document.querySelector('#sentry-feedback')?.shadowRoot;
    const field = root?.querySelector<HTMLTextAreaElement>('textarea[name=message]');
    if (field && !field.disabled && field.checkVisibility()) {
      field.focus({ preventScroll: true });
      if (root!.activeElement === field) {
        marks.form = performance.now();
        return;
      }
    }
    if (performance.now() - marks.click < 60_000) requestAnimationFrame(watch);
  };
  addEventListener(
    'click',
    (event) => {
      if (marks.click) return;
      marks.click = event.timeStamp;
      requestAnimationFrame(watch);
    },
    { capture: true },
  );
}

async function clickToForm(browser: Browser, pageUrl: string, cpuRate: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: NAME_SHIM });
    await page.addInitScript(instrument);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await page.goto(pageUrl, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: /Report a Bug/ }).click({ timeout: 60_000 });
    await page.waitForFunction(() => (window.__peerBench?.form ?? 0) > 0, undefined, {
      timeout: 60_000,
    });
    const marks = await page.evaluate(() => window.__peerBench!);
    return marks.form - marks.click;
  } finally {
    await context.close();
  }
}

/** The peer's figures: `repeats` page loads at 1× and `cpuRate`, `runs` cold click → form. */
export async function benchPeer(
  browser: Browser,
  pageUrl: string,
  {
    version,
    cpuRate = 4,
    runs = 5,
    repeats = 3,
  }: { version: string; cpuRate?: number; runs?: number; repeats?: number },
): Promise<PeerResult> {
  const loads: PageLoadRun[] = [];
  for (let i = 0; i < repeats; i++) {
    for (const rate of [1, cpuRate]) {
      loads.push(await loadOnce(browser, pageUrl, { cpuRate: rate, scripts: '/peer/' }));
    }
  }
  await clickToForm(browser, pageUrl, cpuRate); // warm-up, discarded
  const clickToFormMs: number[] = [];
  for (let i = 0; i < runs; i++) clickToFormMs.push(await clickToForm(browser, pageUrl, cpuRate));
  return { name: PEER_NAME, version, loads, clickToFormMs };
}
