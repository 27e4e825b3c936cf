/**
 * The SDK's entry points evaluate in Node without a DOM, as a server render (Next.js, Nuxt,
 * Angular SSR) imports them: no module may touch `window`, `document`, `HTMLElement`… at load.
 * From the sources, in a fresh process each; test/packaging/ssr.test.ts does the same from the
 * packed tarball, and renders.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

for (const [entry, name] of [
  ['src/index.ts', 'EqSupportButton'],
  ['src/react/index.ts', 'SupportButton'],
  ['src/cdn.ts', 'EqSupportButton'],
] as const) {
  test(`${entry} evaluates in Node without a DOM`, () => {
    const script = `
      const m = await import(${JSON.stringify(new URL(entry, `file://${root}`).href)});
      if (m.${name} === undefined) throw new Error('no ${name} export');
      for (const global of ['window', 'document', 'HTMLElement']) {
        if (global in globalThis) throw new Error('a DOM global appeared: ' + global);
      }`;
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
  });
}
