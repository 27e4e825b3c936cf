// @web/test-runner: browser tests (test/api, test/components, test/context) in the system Chromium.
// Node-only suites (test/server, test/e2e) run under node:test instead, see package.json.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

let executablePath;
try {
  executablePath = findChromium();
} catch (error) {
  console.error(`\n[web-test-runner] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/server/**', '!test/e2e/**'],
  nodeResolve: true,
  // 2 cores on CI: one browser page per core.
  concurrency: 2,
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
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, args: [...CHROMIUM_ARGS], headless: true },
    }),
  ],
  testFramework: {
    config: { ui: 'bdd', timeout: 10_000 },
  },
};
