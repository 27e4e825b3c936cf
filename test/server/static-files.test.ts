/**
 * The one static file server (demo/server/static-files.ts), as the demo, the bench and the
 * packaging tests use it: content types, gzip when asked, 400 / 403 / 404, and no way out of a
 * served directory, not even into a sibling whose name starts with the same letters.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { serveStatic } from '../../demo/server/static-files.js';
import { rawGet } from './raw-get.js';

describe('static files', () => {
  let work: string;
  let plain: Server;
  let gzip: Server;
  const base = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const script = 'export const answer = 42;\n'.repeat(50);

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'eq-static-'));
    await mkdir(join(work, 'dist', 'assets'), { recursive: true });
    await writeFile(join(work, 'dist', 'index.html'), '<!doctype html><title>demo</title>');
    await writeFile(join(work, 'dist', 'assets', 'app.js'), script);
    await writeFile(join(work, 'dist', 'assets', 'logo.png'), Buffer.from([137, 80, 78, 71]));
    await mkdir(join(work, 'dist-evil'));
    await writeFile(join(work, 'dist-evil', 'secret.txt'), 'SECRET');
    const listen = async (server: Server) => {
      await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
      return server;
    };
    const strict = { file: join(work, 'dist', 'index.html'), headers: { 'X-Page': 'strict' } };
    plain = await listen(
      createServer(
        serveStatic({
          dirs: { '/': join(work, 'dist') },
          files: { '/strict': strict },
          pages: { '/blank.html': '<!doctype html><title>blank</title>' },
        }),
      ),
    );
    gzip = await listen(
      createServer(serveStatic({ dirs: { '/': join(work, 'dist') }, gzip: true })),
    );
  });

  after(async () => {
    for (const server of [plain, gzip]) {
      server?.closeAllConnections();
      await new Promise((done) => server?.close(done));
    }
    await rm(work, { recursive: true, force: true });
  });

  test('files, the index, named files and pages, each with its type', async () => {
    const index = await rawGet(base(plain), '/');
    assert.equal(index.status, 200);
    assert.equal(index.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(index.body.toString(), /<title>demo/);
    const js = await rawGet(base(plain), '/assets/app.js');
    assert.equal(js.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(js.headers['content-length'], String(script.length));
    assert.equal(js.body.toString(), script);
    assert.equal(
      (await rawGet(base(plain), '/assets/logo.png')).headers['content-type'],
      'image/png',
    );
    const strict = await rawGet(base(plain), '/strict');
    assert.equal(strict.headers['x-page'], 'strict');
    assert.match(strict.body.toString(), /<title>demo/);
    assert.match((await rawGet(base(plain), '/blank.html')).body.toString(), /<title>blank/);
  });

  test('gzip -9 when the client accepts it, and only then', async () => {
    const zipped = await rawGet(base(gzip), '/assets/app.js', { 'Accept-Encoding': 'gzip, br' });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(zipped.headers.vary, 'Accept-Encoding');
    assert.equal(gunzipSync(zipped.body).toString(), script);
    const raw = await rawGet(base(gzip), '/assets/app.js');
    assert.equal(raw.headers['content-encoding'], undefined);
    assert.equal(raw.body.toString(), script);
    // Not for a compressed image.
    const png = await rawGet(base(gzip), '/assets/logo.png', { 'Accept-Encoding': 'gzip' });
    assert.equal(png.headers['content-encoding'], undefined);
  });

  test('a missing file or a directory is 404, a malformed address 400', async () => {
    assert.equal((await rawGet(base(plain), '/nothing.js')).status, 404);
    assert.equal((await rawGet(base(plain), '/assets/')).status, 404);
    assert.equal((await rawGet(base(plain), '/%E0%A4%A')).status, 400);
    assert.equal((await rawGet(base(plain), '/index.html%00.js')).status, 400);
    assert.equal((await rawGet(base(plain), '/')).status, 200, 'still serving');
  });

  test('nothing outside the directory, not even a sibling with the same start', async () => {
    for (const path of [
      '/..%2Fdist-evil%2Fsecret.txt',
      '/%2E%2E%2Fdist-evil%2Fsecret.txt',
      '/../dist-evil/secret.txt',
      '/assets/..%2F..%2Fdist-evil/secret.txt',
      '/..%5Cdist-evil%5Csecret.txt',
    ]) {
      const reply = await rawGet(base(plain), path);
      assert.ok([403, 404].includes(reply.status), `${path} answered ${reply.status}`);
      assert.doesNotMatch(reply.text, /SECRET/);
    }
  });
});
