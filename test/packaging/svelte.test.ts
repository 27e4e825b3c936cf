/**
 * A Svelte 5 app (test/packaging/fixtures/svelte-app/, the README's example) built from the packed
 * tarball by its own vite.config.js (@sveltejs/vite-plugin-svelte): the markup sets `getToken`
 * and `dealId` as properties and hears `oneq-case-created`, and svelte-check checks it against
 * `eq-support/svelte`.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { collectErrors, launchChromium } from './browser.js';
import { SETUP } from './build.js';
import { buildWithOwnConfig, fileCase, runChecker, type CheckRun } from './framework-app.js';
import { startServer, type TestServer } from './server.js';
import { createTarballProject, type TarballProject } from './tarball.js';

/**
 * svelte-check has no expect-error for markup: a copy of App.svelte with these misuses must fail
 * on each of their lines instead.
 */
const MISUSES: [string, string][] = [
  ['api-base="/api"', 'api-base={42}'], // apiBase is a string
  ['event.case.number', 'event.case.nope'], // the event has no such field
];

interface Diagnostic {
  file: string;
  line: number;
  message: string;
}

/** Errors of `svelte-check --output machine` (lines are 1-based). */
function errors(output: string): Diagnostic[] {
  return [...output.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ (.*)$/gm)].map((m) => ({
    file: m[1]!,
    line: Number(m[2]),
    message: m[3]!,
  }));
}

describe('Svelte 5 app from the packed tarball', () => {
  let project: TarballProject;
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    project = await createTarballProject('svelte-app', [
      'svelte',
      '@sveltejs/vite-plugin-svelte',
      'vite',
    ]);
    const outDir = await buildWithOwnConfig(project.dir);
    server = await startServer({ dirs: { '/': outDir } });
    browser = await launchChromium(); // last: nothing is left open when a step before fails
  }, SETUP);
  after(async () => {
    await browser?.close();
    await server?.close();
    await project?.dispose();
  });

  test('files a case: getToken and dealId set properties, oneq-case-created gets the number', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url);
    await fileCase(page, server);
    assert.equal(
      await page.locator('eq-case-form').getAttribute('deal-id'),
      null,
      'dealId was set as a property, not an attribute',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  describe('svelte-check with eq-support/svelte (tsconfig "types")', () => {
    let check: CheckRun;
    let misuseLines: number[];
    before(async () => {
      let copy = await readFile(join(project.dir, 'src/App.svelte'), 'utf8');
      for (const [right, wrong] of MISUSES) {
        assert.ok(copy.includes(right), `App.svelte has ${right}`);
        copy = copy.replace(right, wrong);
      }
      const lines = copy.split('\n');
      misuseLines = MISUSES.map(([, wrong]) => lines.findIndex((l) => l.includes(wrong)) + 1);
      await writeFile(join(project.dir, 'src/Misuse.svelte'), copy);
      check = runChecker(
        'svelte-check',
        ['--workspace', '.', '--tsconfig', './tsconfig.json', '--output', 'machine'],
        project.dir,
      );
    }, SETUP);

    test('App.svelte type-checks', () => {
      assert.match(check.output, / COMPLETED /, `svelte-check:\n${check.output}`);
      const app = errors(check.output).filter((e) => e.file === 'src/App.svelte');
      assert.equal(app.length, 0, `svelte-check:\n${check.output}`);
    });

    test('the copy with a wrong-typed prop and a wrong event field fails on those lines', () => {
      assert.match(check.output, / COMPLETED /, `svelte-check:\n${check.output}`);
      // Errors App.svelte has too (same line, same message) are not the misuses'.
      const key = (e: Diagnostic) => `${e.line} ${e.message}`;
      const all = errors(check.output);
      const inApp = new Set(all.filter((e) => e.file === 'src/App.svelte').map(key));
      const lines = new Set(
        all.filter((e) => e.file === 'src/Misuse.svelte' && !inApp.has(key(e))).map((e) => e.line),
      );
      for (const line of misuseLines)
        assert.ok(lines.has(line), `an error on line ${line}:\n${check.output}`);
    });
  });
});
