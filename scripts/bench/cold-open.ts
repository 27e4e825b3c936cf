/**
 * Click → interactive case form on the production build of the demo host page, cold: a fresh
 * browser context (empty HTTP and code caches) per run, CPU throttled through the DevTools
 * protocol. Every time is taken inside the page, in one clock (performance.now()):
 *   click       the `click` event of the Contact Support button (its event.timeStamp)
 *   dialog      the first animation frame at which the launcher's <dialog> is open
 *   create      the `click` event of "Create a Case" in the launcher
 *   subject     the first animation frame at which the form's Subject input is in the page,
 *               visible, enabled and takes focus
 * Both clicks are real (trusted) mouse clicks from Playwright; the pointer rests on "Create a
 * Case" for HOVER_MS before its click, as a person's does. The time Playwright takes between seeing
 * the dialog and clicking "Create a Case" stands for the person reading the launcher and is left
 * out of `formMs`: clickToFormMs = openMs + formMs.
 */
import type { Browser, Page } from 'playwright-core';

export interface ColdOpenRun {
  /** Contact Support click → dialog open. */
  openMs: number;
  /** "Create a Case" click → Subject focusable. */
  formMs: number;
  /** openMs + formMs. */
  clickToFormMs: number;
  /** Contact Support click → Subject focusable, including the script's own time in between. */
  wallMs: number;
  /** Requests for scripts made before the first click. */
  scriptsBeforeClick: string[];
  /** Launcher, form, list, documentation… chunks among them (expected: none). */
  lazyBeforeClick: string[];
}

interface Marks {
  click: number;
  dialog: number;
  create: number;
  subject: number;
}

declare global {
  interface Window {
    __eqBench?: Marks;
  }
}

/** Runs in the page before its own scripts (page.addInitScript). */
function instrument(): void {
  const marks: Marks = { click: 0, dialog: 0, create: 0, subject: 0 };
  window.__eqBench = marks;
  const deepFind = (root: ParentNode, selector: string): Element | null => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot ? deepFind(el.shadowRoot, selector) : null;
      if (inner) return inner;
    }
    return null;
  };
  const deepActive = (): Element | null => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  };
  const watch = () => {
    const launcher = document
      .querySelector('eq-support-button')
      ?.shadowRoot?.querySelector('eq-support-launcher')?.shadowRoot;
    if (launcher && !marks.dialog && launcher.querySelector('dialog[open]')) {
      marks.dialog = performance.now();
    }
    const subject = launcher
      ? deepFind(launcher, 'eq-case-form')?.shadowRoot?.querySelector<HTMLInputElement>('#subject')
      : null;
    if (marks.create && subject && !subject.disabled && subject.checkVisibility()) {
      subject.focus({ preventScroll: true });
      if (deepActive() === subject) {
        marks.subject = performance.now();
        return;
      }
    }
    if (performance.now() - marks.click < 60_000) requestAnimationFrame(watch);
  };
  addEventListener(
    'click',
    (event) => {
      const button = event.composedPath().find((n) => n instanceof HTMLButtonElement);
      if (!button) return;
      const part = button.getAttribute('part');
      if (part === 'button' && !marks.click) {
        marks.click = event.timeStamp;
        requestAnimationFrame(watch);
      } else if (part === 'action' && button.textContent?.includes('Create a Case')) {
        marks.create ||= event.timeStamp;
      }
    },
    { capture: true },
  );
}

/**
 * tsx compiles this file with esbuild's keepNames, which wraps inner functions in `__name(…)`;
 * functions sent to the page need that helper there too.
 */
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** Pointer on "Create a Case" → press: a quick person's hover before a click. */
export const HOVER_MS = 250;

const LAZY =
  /\/(launcher|case-form|case-list|case-view|documentation|article-suggest|http-backend|schemas)-[\w-]+\.js$/;

async function oneRun(browser: Browser, url: string, cpuRate: number): Promise<ColdOpenRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page: Page = await context.newPage();
    await page.addInitScript({ content: NAME_SHIM });
    await page.addInitScript(instrument);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    const scripts: string[] = [];
    let clicked = false;
    page.on('request', (request) => {
      if (!clicked && request.resourceType() === 'script')
        scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('eq-support-provider') !== undefined);
    await page.waitForLoadState('networkidle');
    clicked = true;
    await page.getByRole('button', { name: /Contact Support/ }).click();
    await page.waitForFunction(() => (window.__eqBench?.dialog ?? 0) > 0, undefined, {
      timeout: 60_000,
    });
    // A person points at "Create a Case" a moment before pressing it; the launcher starts
    // loading the form on that intent, as the button does for the launcher.
    const create = page.getByRole('button', { name: /Create a Case/ });
    await create.hover({ timeout: 60_000 });
    await page.waitForTimeout(HOVER_MS);
    await create.click({ timeout: 60_000 });
    await page.waitForFunction(() => (window.__eqBench?.subject ?? 0) > 0, undefined, {
      timeout: 60_000,
    });
    const marks = await page.evaluate(() => window.__eqBench!);
    const openMs = marks.dialog - marks.click;
    const formMs = marks.subject - marks.create;
    return {
      openMs,
      formMs,
      clickToFormMs: openMs + formMs,
      wallMs: marks.subject - marks.click,
      scriptsBeforeClick: scripts,
      lazyBeforeClick: scripts.filter((path) => LAZY.test(path)),
    };
  } finally {
    await context.close();
  }
}

export interface ColdOpenResult {
  cpuRate: number;
  /** Discarded: warms the bench server (and the OS file cache), not the browser. */
  warmUp: ColdOpenRun;
  runs: ColdOpenRun[];
}

/** `runs` cold runs (plus one discarded warm-up) against the demo page at `url`. */
export async function benchColdOpen(
  browser: Browser,
  url: string,
  { runs = 5, cpuRate = 4 } = {},
): Promise<ColdOpenResult> {
  const warmUp = await oneRun(browser, url, cpuRate);
  const results: ColdOpenRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await oneRun(browser, url, cpuRate));
  return { cpuRate, warmUp, runs: results };
}
