/**
 * One support matrix: package.json "browserslist", the build target derived from it and the
 * README's "Browser support" table say the same minimum versions.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { buildTarget } from '../../vite.config.js';

const root = new URL('../../', import.meta.url);

test('browserslist, the build target and the README agree on the minimum versions', async () => {
  const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as {
    browserslist: string[];
  };
  const minimum = Object.fromEntries(
    pkg.browserslist.map((query) => {
      const [name, , version] = query.split(' ');
      return [name!, version!];
    }),
  );
  assert.deepEqual(minimum, {
    chrome: minimum.edge,
    edge: minimum.chrome,
    firefox: minimum.firefox,
    safari: minimum.ios_saf,
    ios_saf: minimum.safari,
  });
  assert.deepEqual(buildTarget(), [
    `chrome${minimum.chrome}`,
    `edge${minimum.edge}`,
    `firefox${minimum.firefox}`,
    `safari${minimum.safari}`,
    `ios${minimum.ios_saf}`,
  ]);
  const readme = await readFile(new URL('README.md', root), 'utf8');
  const row = (label: string) =>
    new RegExp(`^\\| ${label}\\s*\\| (\\S+)\\s*\\|`, 'm').exec(readme)?.[1];
  assert.equal(row('Chrome, Edge'), minimum.chrome);
  assert.equal(row('Firefox \\(ESR included\\)'), minimum.firefox);
  assert.equal(row('Safari on macOS, and iOS'), minimum.safari);
});
