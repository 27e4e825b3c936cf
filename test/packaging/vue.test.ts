/**
 * A Vue 3 app (test/packaging/fixtures/vue-app/, the README's example) built from the packed
 * tarball by its own vite.config.js (@vitejs/plugin-vue, `isCustomElement` for eq- tags): the
 * template sets `getToken` and `dealId` as properties and hears `@eq-case-created`, and vue-tsc
 * checks the template against `eq-support/vue`.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { collectErrors, launchChromium } from './browser.js';
import { SETUP } from './build.js';
import { buildWithOwnConfig, fileCase, runChecker, type CheckRun } from './framework-app.js';
import { startServer, type TestServer } from './server.js';
import { createTarballProject, type TarballProject } from './tarball.js';

/** Written beside the fixture for the type check only: a prop of the wrong type. */
const WRONG_PROP = `<script setup lang="ts"></script>

<template>
  <eq-case-form :dealId="12333" />
</template>
`;

describe('Vue 3 app from the packed tarball', () => {
  let project: TarballProject;
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    project = await createTarballProject('vue-app', ['vue', '@vitejs/plugin-vue', 'vite']);
    const outDir = await buildWithOwnConfig(project.dir);
    server = await startServer({ dirs: { '/': outDir } });
    browser = await launchChromium(); // last: nothing is left open when a step before fails
  }, SETUP);
  after(async () => {
    await browser?.close();
    await server?.close();
    await project?.dispose();
  });

  test('files a case: :getToken and :dealId set properties, @eq-case-created gets the number', async () => {
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

  describe('vue-tsc with eq-support/vue (tsconfig "types")', () => {
    let check: CheckRun;
    before(async () => {
      await writeFile(join(project.dir, 'src/WrongProp.vue'), WRONG_PROP);
      check = runChecker('vue-tsc', ['--noEmit', '-p', 'tsconfig.json'], project.dir);
    }, SETUP);

    test('App.vue type-checks, and TypeErrors.vue has an error under each @vue-expect-error', () => {
      const elsewhere = check.output
        .split('\n')
        .filter((line) => line.includes(' error TS') && !line.startsWith('src/WrongProp.vue'));
      assert.deepEqual(elsewhere, [], `vue-tsc:\n${check.output}`);
      if (!check.output.includes(' error TS'))
        assert.equal(check.status, 0, `vue-tsc:\n${check.output}`);
    });

    test('a number for dealId is an error', () => {
      assert.match(check.output, /^src\/WrongProp\.vue\(4,/m, `vue-tsc:\n${check.output}`);
    });
  });
});
