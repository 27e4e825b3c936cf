/**
 * One small driver over three engines, for the journeys that must hold in every browser:
 *  - Chromium through playwright-core (CDP);
 *  - Firefox ESR through puppeteer-core over WebDriver BiDi (Playwright's Firefox is a patched
 *    build that cannot be downloaded here);
 *  - WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic, webdriverio), in a
 *    private Xvfb display.
 * Elements are found and measured in the page by test/e2e/engines/in-page.js, the same code in
 * every engine; pointer clicks go to the element's centre as real input events (WebDriver element
 * clicks through nested shadow roots are unreliable in WebKit), keys as real key events.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser as PwBrowser, type Page as PwPage } from 'playwright-core';
import * as puppeteer from 'puppeteer-core';
import { Key, remote } from 'webdriverio';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';
import {
  engineVersion,
  findFirefox,
  startWebKitDriver,
  type Engine,
} from '../../../scripts/engines.mjs';

export type { Engine };

const HELPERS = readFileSync(new URL('./in-page.js', import.meta.url), 'utf8');

export type KeyName = 'Escape' | 'Enter' | 'Tab' | 'ArrowDown' | 'ArrowUp' | 'Backspace' | 'Space';

export interface Viewport {
  width: number;
  height: number;
  /** Device pixels per CSS pixel: 2 at 1280 px wide and 640 px of viewport is 200 % zoom. */
  deviceScaleFactor?: number;
}

export interface EnginePage {
  readonly engine: Engine;
  goto(url: string): Promise<void>;
  /** Calls `window.__eqTest[method](...args)` in the page (installing the helpers when needed). */
  call<T>(method: string, ...args: unknown[]): Promise<T>;
  /** Evaluates a JavaScript expression in the page and returns its (JSON) value. */
  evaluate<T>(expression: string): Promise<T>;
  click(x: number, y: number): Promise<void>;
  type(text: string): Promise<void>;
  press(key: KeyName): Promise<void>;
  setViewport(viewport: Viewport): Promise<void>;
  /** Uncaught errors the engine reported since the page opened (load included), where it can. */
  pageErrors(): string[];
  /** Console warnings since the page opened, where the engine reports them (not WebKit). */
  consoleWarnings(): string[];
  close(): Promise<void>;
}

export interface EngineBrowser {
  readonly engine: Engine;
  readonly version: string;
  newPage(viewport: Viewport): Promise<EnginePage>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Chromium only: host names mapped to 127.0.0.1 (a page "from another host" over http). */
  hostNames?: string[];
}

function callExpression(method: string, args: unknown[]): string {
  return `(() => {
    if (!window.__eqTest) { ${HELPERS} }
    return window.__eqTest[${JSON.stringify(method)}](...${JSON.stringify(args)});
  })()`;
}

async function launchChromiumEngine(options: LaunchOptions): Promise<EngineBrowser> {
  const args = [...CHROMIUM_ARGS];
  if (options.hostNames?.length) {
    args.push(
      `--host-resolver-rules=${options.hostNames.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`,
    );
  }
  const browser: PwBrowser = await chromium.launch({
    executablePath: findChromium(),
    args,
    headless: true,
  });
  return {
    engine: 'chromium',
    version: engineVersion('chromium'),
    async newPage(viewport) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        deviceScaleFactor: viewport.deviceScaleFactor ?? 1,
      });
      const page: PwPage = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      return {
        engine: 'chromium',
        pageErrors: () => [...errors],
        consoleWarnings: () => [...warnings],
        async goto(url) {
          await page.goto(url, { waitUntil: 'load' });
        },
        call: <T>(method: string, ...args: unknown[]) =>
          page.evaluate<T>(callExpression(method, args)),
        evaluate: <T>(expression: string) => page.evaluate<T>(expression),
        click: (x, y) => page.mouse.click(x, y),
        type: (text) => page.keyboard.type(text),
        press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
        async setViewport(next) {
          await page.setViewportSize({ width: next.width, height: next.height });
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function launchFirefoxEngine(): Promise<EngineBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
  });
  return {
    engine: 'firefox',
    version: engineVersion('firefox'),
    async newPage(viewport) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warn') warnings.push(message.text());
      });
      await page.setViewport({
        width: viewport.width,
        height: viewport.height,
        deviceScaleFactor: viewport.deviceScaleFactor ?? 1,
      });
      return {
        engine: 'firefox',
        pageErrors: () => [...errors],
        consoleWarnings: () => [...warnings],
        async goto(url) {
          await page.goto(url, { waitUntil: 'load' });
        },
        call: <T>(method: string, ...args: unknown[]) =>
          page.evaluate(callExpression(method, args)) as Promise<T>,
        evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
        click: (x, y) => page.mouse.click(x, y),
        type: (text) => page.keyboard.type(text),
        press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
        async setViewport(next) {
          await page.setViewport({
            width: next.width,
            height: next.height,
            deviceScaleFactor: next.deviceScaleFactor ?? 1,
          });
        },
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

const WD_KEYS: Record<KeyName, string> = {
  Escape: Key.Escape,
  Enter: Key.Enter,
  Tab: Key.Tab,
  ArrowDown: Key.ArrowDown,
  ArrowUp: Key.ArrowUp,
  Backspace: Key.Backspace,
  Space: Key.Space,
};

async function launchWebKitEngine(): Promise<EngineBrowser> {
  const driver = await startWebKitDriver();
  const sessions: { deleteSession(): Promise<unknown> }[] = [];
  return {
    engine: 'webkit',
    version: engineVersion('webkit'),
    async newPage(initial) {
      let viewport = initial;
      // One WebDriver session (one MiniBrowser) per page: pages never share state.
      const wd = await remote({
        hostname: driver.hostname,
        port: driver.port,
        capabilities: driver.capabilities,
        logLevel: 'error',
        connectionRetryTimeout: 120_000,
      });
      sessions.push(wd);
      const evaluate = <T>(expression: string) => wd.execute(`return ${expression};`) as Promise<T>;
      /** Sizes the window so the page gets the viewport; false when the window cannot. */
      const setViewport = async ({ width, height }: Viewport): Promise<boolean> => {
        // The window includes MiniBrowser's own frame: size it, measure the page, correct.
        await wd.setWindowSize(width, height);
        for (let attempt = 0; attempt < 3; attempt++) {
          const inner = await evaluate<{ width: number; height: number }>(
            '({ width: window.innerWidth, height: window.innerHeight })',
          );
          if (inner.width === width && inner.height === height) return true;
          const outer = await wd.getWindowSize();
          await wd.setWindowSize(
            outer.width + (width - inner.width),
            outer.height + (height - inner.height),
          );
        }
        return false;
      };
      await wd.navigateTo('about:blank');
      // MiniBrowser's window has a minimum width (about 450 px): a phone-sized page then runs
      // in an iframe of exactly that size (test/e2e/hosts/viewport.html), its own viewport.
      let framed = !(await setViewport(viewport));
      if (framed) await setViewport({ width: 1280, height: 900 });
      return {
        engine: 'webkit',
        // WebDriver classic reports no page errors: in-page.js collects them from its install on.
        pageErrors: () => [],
        consoleWarnings: () => [],
        async goto(url) {
          if (!framed) return void (await wd.navigateTo(url));
          const target = new URL(url);
          const wrapper = new URL('/hosts/viewport.html', target.origin);
          wrapper.searchParams.set('w', String(viewport.width));
          wrapper.searchParams.set('h', String(viewport.height));
          wrapper.searchParams.set('src', target.pathname + target.search);
          await wd.navigateTo(wrapper.href);
        },
        call: <T>(method: string, ...args: unknown[]) => evaluate<T>(callExpression(method, args)),
        evaluate,
        async click(x, y) {
          await wd.performActions([
            {
              type: 'pointer',
              id: 'mouse',
              parameters: { pointerType: 'mouse' },
              actions: [
                { type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y) },
                { type: 'pointerDown', button: 0 },
                { type: 'pointerUp', button: 0 },
              ],
            },
          ]);
          await wd.releaseActions();
        },
        async type(text) {
          // WebKitWebDriver drops a key that repeats the previous one within one sequence.
          for (const char of text) await wd.keys([char]);
        },
        async press(key) {
          await wd.keys([WD_KEYS[key]]);
        },
        async setViewport(next) {
          viewport = next;
          framed = !(await setViewport(next));
          if (framed) throw new Error(`MiniBrowser cannot resize to ${next.width} px mid-page`);
        },
        async close() {
          await wd.deleteSession().catch(() => undefined);
        },
      };
    },
    async close() {
      for (const session of sessions) await session.deleteSession().catch(() => undefined);
      await driver.stop();
    },
  };
}

export function launchEngine(engine: Engine, options: LaunchOptions = {}): Promise<EngineBrowser> {
  if (engine === 'chromium') return launchChromiumEngine(options);
  if (engine === 'firefox') return launchFirefoxEngine();
  return launchWebKitEngine();
}
