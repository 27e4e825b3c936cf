// @web/test-runner: browser tests (test/api, test/components, test/context) in Chromium, Firefox
// and WebKit, all from Debian packages (see scripts/engines.mjs). EQ_ENGINES picks the engines
// (`EQ_ENGINES=webkit npm run test:browser`); `npm run test:browser` runs each engine in turn.
// Node-only suites (test/server, test/e2e) run under node:test instead, see package.json.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { findFirefox, selectedEngines, startWebKitDriver } from './scripts/engines.mjs';

/**
 * WebKitWebDriver drops a key that repeats the one before it, and spaces, when a whole word goes
 * in one action sequence ("Cannot access" arrives as "Canot aces"): send one key per sequence.
 */
class WebKitLauncher extends WebdriverLauncher {
  async sendKeys(sessionId, keys) {
    for (const key of keys) await super.sendKeys(sessionId, [key]);
  }
}

/** One launcher per engine asked for; each engine's binary comes from the system. */
async function launchers(engines) {
  const list = [];
  for (const engine of engines) {
    if (engine === 'chromium') {
      list.push(
        playwrightLauncher({
          product: 'chromium',
          launchOptions: {
            executablePath: findChromium(),
            args: [...CHROMIUM_ARGS],
            headless: true,
          },
        }),
      );
    } else if (engine === 'firefox') {
      // WebDriver BiDi through puppeteer-core: Playwright's Firefox needs its own patched build.
      list.push(
        chromeLauncher({
          puppeteer,
          launchOptions: {
            browser: 'firefox',
            executablePath: findFirefox(),
            headless: true,
            extraPrefsFirefox: { 'ui.systemUsesDarkTheme': 0 },
          },
        }),
      );
    } else {
      const driver = await startWebKitDriver();
      list.push(
        new WebKitLauncher({
          hostname: driver.hostname,
          port: driver.port,
          capabilities: driver.capabilities,
          logLevel: 'error',
        }),
      );
    }
  }
  return list;
}

let engines;
let browsers;
try {
  engines = selectedEngines();
  browsers = await launchers(engines);
} catch (error) {
  console.error(`\n[web-test-runner] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

/**
 * A real upload endpoint for the client's XMLHttpRequest path (progress events need a real
 * request): POST /test-upload/attachments answers like the reference backend's upload, and a
 * disallowed name like it does too.
 */
async function uploadEndpoint(ctx, next) {
  if (ctx.method !== 'POST' || ctx.path !== '/test-upload/attachments') return next();
  let size = 0;
  for await (const chunk of ctx.req) size += chunk.length;
  const disposition = ctx.get('Content-Disposition');
  const name = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? 'file');
  ctx.set('Content-Type', 'application/json');
  if (name.endsWith('.exe') || ctx.get('Authorization') !== 'Bearer upload-token') {
    const unauthorized = ctx.get('Authorization') !== 'Bearer upload-token';
    ctx.status = unauthorized ? 401 : 415;
    ctx.set('Content-Type', 'application/problem+json');
    ctx.body = JSON.stringify({
      title: unauthorized ? 'Not signed in' : 'File type not allowed',
      status: ctx.status,
      errors: unauthorized
        ? undefined
        : [{ field: 'file', message: 'This file type is not allowed' }],
    });
    return;
  }
  ctx.status = 201;
  ctx.body = JSON.stringify({
    id: 'att-test',
    name,
    size,
    contentType: ctx.get('Content-Type') || 'application/octet-stream',
    createdAt: new Date().toISOString(),
    url: '/test-upload/att-test',
  });
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/server/**', '!test/e2e/**', '!test/packaging/**'],
  nodeResolve: true,
  middleware: [uploadEndpoint],
  // 2 cores on CI: one browser page per core. WebKit runs one file at a time: with more, the
  // WebDriver launcher puts test files in iframes of one window, where focus is not the page's.
  // Firefox too: its second page is a background tab (timers of 1 s, no animation frames, hidden),
  // or, opened as a window, one without focus (document.hasFocus() false, Tab leaves a dialog).
  concurrency: engines.includes('webkit') || engines.includes('firefox') ? 1 : 2,
  concurrentBrowsers: 1,
  // Lit's dev build (picked through the "development" export condition) gives better warnings in
  // tests; drop only its one-line "dev mode" notice that every test file would print.
  filterBrowserLogs: ({ args }) =>
    !args.some((arg) => typeof arg === 'string' && arg.includes('Lit is in dev mode')),
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  plugins: [
    // tsconfig.json is passed so esbuild compiles LEGACY decorators
    // (experimentalDecorators: true, useDefineForClassFields: false) exactly like tsc.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  browsers,
  testFramework: {
    config: { ui: 'bdd', timeout: 10_000 },
  },
};
