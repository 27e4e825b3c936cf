/**
 * The package from npm in a Vite app: `import 'eq-support'` and `eq-support/api` resolve through
 * package.json `exports` to the built dist/ files, and the bundled app works against the API.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { buildFixtureApp, type BuiltApp } from './app-build.js';
import { collectErrors, launchChromium, manifestTags, type Manifest } from './browser.js';
import { dist, ensureBuilt, SETUP, root } from './build.js';
import { startServer, type TestServer } from './server.js';

describe('npm package in a Vite app', () => {
  let app: BuiltApp;
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    await ensureBuilt();
    app = await buildFixtureApp('vite-app');
    server = await startServer({ dirs: { '/': app.outDir } });
    browser = await launchChromium(); // last: nothing is left open when a step before fails
  }, SETUP);
  after(async () => {
    await browser?.close();
    await server?.close();
    await app?.dispose();
  });

  test('resolves eq-support and eq-support/api to the built dist/ files', () => {
    const ours = app.modules.filter((id) => id.startsWith(root + '/'));
    assert.ok(ours.includes(join(dist, 'index.js')), 'eq-support → dist/index.js');
    assert.ok(ours.includes(join(dist, 'api/index.js')), 'eq-support/api → dist/api/index.js');
    assert.deepEqual(
      ours.filter((id) => id.startsWith(join(root, 'src') + '/')),
      [],
      'nothing from src/',
    );
  });

  test('defines every element and renders the case form against the API', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url);

    const manifest = JSON.parse(
      await readFile(join(dist, 'custom-elements.json'), 'utf8'),
    ) as Manifest;
    // The screenshot editor loads with its code on the first "Take a screenshot", even from
    // `import 'eq-support'`: it is no element a host writes.
    const onUse = ['eq-screenshot-editor'];
    const tags = manifestTags(manifest);
    assert.ok(tags.length >= 8, `tags in the manifest: ${tags.join(', ')}`);
    const undefinedTags = await page.evaluate(
      (list) => list.filter((tag) => !customElements.get(tag)),
      tags.filter((tag) => !onUse.includes(tag)),
    );
    assert.deepEqual(undefinedTags, [], 'every element of the manifest is defined');

    // The client from eq-support/api, used by the page itself.
    await page.locator('#me', { hasText: 'Camille Laurent' }).waitFor();
    // The form, with the taxonomy from the API in its selects.
    await page.getByLabel('Subject').waitFor();
    await page.getByRole('radio', { name: 'Critical' }).waitFor();
    const typeOptions = page.getByLabel('Type', { exact: true }).locator('option');
    await typeOptions.nth(1).waitFor({ state: 'attached' });
    assert.equal(await page.getByLabel('Deal ID').inputValue(), '12333');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
