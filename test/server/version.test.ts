import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { SDK_VERSION } from '../../src/version.js';

test('the SDK version sent with cases is the package version', async () => {
  const pkg = JSON.parse(
    await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  assert.equal(SDK_VERSION, pkg.version);
});
