/**
 * The packed package in an Angular 21 app (standalone component, `CUSTOM_ELEMENTS_SCHEMA`, zoneless)
 * built by Angular's own application builder (`@angular/build:application`, run from angular.json
 * by the Architect CLI that @angular/build brings, the same builder `ng build` runs) with strict
 * templates: property bindings reach the elements and `(eq-case-created)` reaches the component.
 *
 * angular.json turns off two optimizations the app has nothing for: font inlining (it would fetch
 * Google Fonts) and critical-CSS inlining, whose beasties 0.4 crashes in this repository's
 * node_modules (`document.documentElement?.setAttribute is not a function`: beasties and
 * htmlparser2 each get their own copy of domhandler 5, so beasties extends the wrong Element).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { collectErrors, launchChromium } from './browser.js';
import { root } from './build.js';
import { startServer, type TestServer } from './server.js';
import { createTarballProject, type TarballProject } from './tarball.js';

/** `npm run build`, `npm pack` and an Angular production build: slow on a busy machine. */
const ANGULAR_SETUP = { timeout: 240_000 };

/** What an Angular host installs next to eq-support (its deps are linked by the project). */
const ANGULAR_PACKAGES = [
  '@angular/build',
  '@angular/common',
  '@angular/compiler',
  '@angular/compiler-cli',
  '@angular/core',
  '@angular/platform-browser',
  'rxjs',
  'tslib',
  'typescript',
];

/** No telemetry, prompts, colours or progress spinners. */
const ENV = { ...process.env, NG_CLI_ANALYTICS: 'false', CI: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/** Runs a Node script in `cwd`; its exit code and output. */
function runNode(script: string, args: string[], cwd: string) {
  return new Promise<{ status: number | null; output: string }>((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd,
      env: ENV,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', fail);
    child.once('exit', (status) => done({ status, output }));
  });
}

describe('npm package in an Angular 21 app (application builder, strict templates)', () => {
  let project: TarballProject;
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    project = await createTarballProject('angular-app', ANGULAR_PACKAGES);
    const started = Date.now();
    const build = await runNode(
      join(root, 'node_modules/@angular-devkit/architect/bin/cli.js'),
      ['app:build:production'],
      project.dir,
    );
    assert.equal(build.status, 0, `Angular build:\n${build.output}`);
    console.log(`# Angular build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    server = await startServer({ dirs: { '/': join(project.dir, 'dist/browser') } });
    browser = await launchChromium(); // last: nothing is left open when a step before fails
  }, ANGULAR_SETUP);
  after(async () => {
    await browser?.close();
    await server?.close();
    await project?.dispose();
  });

  test('strict templates: a wrong field of the typed $event fails the compiler', async () => {
    // The build above compiled the fixture with these options; ngc on a copy whose handler reads
    // a field EqCaseCreatedEvent lacks shows the check is real (`$event` is not `any`).
    const source = await readFile(join(project.dir, 'src/app.component.ts'), 'utf8');
    const broken = source.replace('onCreated($event)', 'onCreated($event.nope.number)');
    assert.notEqual(broken, source);
    await writeFile(join(project.dir, 'src/broken.component.ts'), broken);
    await writeFile(
      join(project.dir, 'tsconfig.broken.json'),
      JSON.stringify({
        extends: './tsconfig.json',
        compilerOptions: { noEmit: true },
        files: ['src/broken.component.ts'],
      }),
    );
    const ngc = await runNode(
      join(root, 'node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js'),
      ['-p', 'tsconfig.broken.json'],
      project.dir,
    );
    assert.notEqual(ngc.status, 0, `ngc passed:\n${ngc.output}`);
    assert.match(ngc.output, /Property 'nope' does not exist on type 'EqCaseCreatedEvent'/);
  });

  test('files a case through <eq-case-form>; (eq-case-created) gets its number', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url);
    // [getToken] sets the property (a function cannot be an attribute); the API needs its token.
    assert.equal(
      await page
        .locator('eq-support-provider')
        .evaluate((el: HTMLElementTagNameMap['eq-support-provider']) => typeof el.getToken),
      'function',
    );

    await page.getByRole('radio', { name: 'Critical' }).check();
    await page.getByLabel('Subject').fill('Deal ID 12333 — no delivery for last 24 hours');
    await page
      .getByLabel('Description')
      .fill('Delivery stopped yesterday at 10:00. Feature: delivery.');
    await page.getByLabel('Type', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Case Category').selectOption({ index: 1 });
    assert.equal(await page.getByLabel('Deal ID').inputValue(), '12333', '[dealId] binding');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Add Collaborators' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();

    // Rendered by Angular from the component's (eq-case-created) handler.
    const created = page.locator('#created', { hasText: /^\d{8}$/ });
    await created.waitFor({ timeout: 15_000 });
    const number = await created.innerText();
    assert.equal((await page.locator('[part=case-number]').textContent())?.trim(), number);
    assert.deepEqual((await page.locator('#steps').textContent())?.split(' '), [
      'collaborators',
      'confirmation',
    ]);

    const listed = (await (await server.api(`/cases?q=${number}`)).json()) as {
      items: { id: string; number: string }[];
    };
    assert.deepEqual(
      listed.items.map((c) => c.number),
      [number],
    );
    const kase = (await (await server.api(`/cases/${listed.items[0]!.id}`)).json()) as {
      dealId?: string;
    };
    assert.equal(kase.dealId, '12333');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
