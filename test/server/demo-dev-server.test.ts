/**
 * `npm start` in dev mode (Vite): the page runs Lit's production build (no "Lit is in dev mode"),
 * and the data directory — the database and every organization's uploads — is never reachable
 * over HTTP, even when it lies inside the project (the default).
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { root, startDemoProcess, type DemoProcess } from './demo-process.js';

describe('npm start (Vite dev server) with the data directory inside the project', () => {
  let dataDir: string;
  let demo: DemoProcess;

  before(async () => {
    // .tmp/ is gitignored: a fresh clone (CI) does not have it yet.
    await mkdir(join(root, '.tmp'), { recursive: true });
    dataDir = await mkdtemp(join(root, '.tmp', 'eq-data-'));
    demo = await startDemoProcess({ DATA_DIR: dataDir });
  });

  after(async () => {
    await demo?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('the demo page and its sources load', async () => {
    const page = await fetch(`${demo.base}/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<eq-support/);
    const source = await fetch(`${demo.base}/@fs${root}/src/index.ts`);
    assert.equal(source.status, 200);
  });

  test('the page runs the production builds of Lit, not their development builds', async () => {
    // Every module the page's script reaches through static and literal dynamic imports, as the
    // browser would fetch it: our sources, and the dependencies Vite pre-bundled.
    const modules = new Map<string, string>();
    const queue = ['/demo.ts'];
    for (
      let path = queue.shift();
      path !== undefined && modules.size < 1000;
      path = queue.shift()
    ) {
      if (modules.has(path)) continue;
      const reply = await fetch(`${demo.base}${path}`);
      assert.equal(reply.status, 200, path);
      const code = await reply.text();
      modules.set(path, code);
      for (const [, next] of code.matchAll(/\b(?:from|import)\s*\(?\s*"(\/[^"]+)"/g))
        queue.push(next!);
    }
    const deps = [...modules].filter(([path]) => path.includes('/.vite/deps/'));
    assert.ok(
      deps.some(([, code]) =>
        code.includes('node_modules/@lit/reactive-element/reactive-element.js'),
      ),
      `Lit's production build is among the ${modules.size} modules`,
    );
    for (const [path, code] of deps) {
      assert.doesNotMatch(code, /Lit is in dev mode/, path);
      assert.doesNotMatch(code, /node_modules\/(?:@lit\/[\w-]+|lit[\w-]*)\/development\//, path);
    }
  });

  test('no uploaded file and no database file is served', async () => {
    const [file] = await readdir(join(dataDir, 'files'));
    assert.ok(file, 'the seed wrote an attachment');
    const wal = (await readdir(join(dataDir, 'pg', 'pg_wal'))).find((n) =>
      /^[0-9A-F]{24}$/.test(n),
    );
    assert.ok(wal, 'the database has a WAL segment');
    const paths = [
      `/@fs${dataDir}/files/${file}?raw`,
      `/@fs${dataDir}/files/${file}`,
      `/@fs${dataDir}/files/${file}?import&raw`,
      `/@fs${dataDir}/pg/pg_wal/${wal}?raw`,
      `/@fs${dataDir}/pg/PG_VERSION?raw`,
      `/@fs${dataDir}/pg/PG_VERSION`,
      `/@fs${root}/package.json?raw`,
      `/@fs${root}/.git/config?raw`,
      `/..${dataDir.slice(root.length)}/files/${file}?raw`,
    ];
    for (const path of paths) {
      const reply = await fetch(`${demo.base}${path}`);
      await reply.arrayBuffer();
      assert.ok([403, 404].includes(reply.status), `${path} answered ${reply.status}`);
    }
  });
});
