/**
 * The one static file server (demo/server/static-files.ts), as the demo, the bench and the
 * packaging tests use it: content types, gzip and brotli when asked (with `Vary`, each its own
 * ETag, 304 for the one the client has), 400 / 403 / 404, and no way out of a served directory,
 * not even into a sibling whose name starts with the same letters.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { negotiate, serveStatic } from '../../demo/server/static-files.js';
import { rawGet } from './raw-get.js';

describe('static files', () => {
  let work: string;
  let plain: Server;
  let gzip: Server;
  let both: Server;
  const base = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const script = 'export const answer = 42;\n'.repeat(50);

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'eq-static-'));
    await mkdir(join(work, 'dist', 'assets'), { recursive: true });
    await writeFile(join(work, 'dist', 'index.html'), '<!doctype html><title>demo</title>');
    await writeFile(join(work, 'dist', 'assets', 'app.js'), script);
    await writeFile(join(work, 'dist', 'assets', 'tiny.json'), '[]');
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
    // As `npm start` serves DEMO_DIST.
    both = await listen(
      createServer(
        serveStatic({
          dirs: { '/': join(work, 'dist') },
          pages: { '/blank.html': `<!doctype html><title>blank</title>${'<p>text'.repeat(40)}` },
          gzip: true,
          brotli: true,
        }),
      ),
    );
  });

  after(async () => {
    for (const server of [plain, gzip, both]) {
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

  test('brotli before gzip, as the request weighs them; Vary on every answer', async () => {
    const get = (encoding?: string) =>
      rawGet(base(both), '/assets/app.js', encoding ? { 'Accept-Encoding': encoding } : {});
    const br = await get('gzip, deflate, br, zstd');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers['content-length'], String(br.body.length));
    assert.ok(br.body.length < script.length / 5, `${br.body.length} bytes`);
    assert.equal(brotliDecompressSync(br.body).toString(), script);
    const gz = await get('gzip, br;q=0.5');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gz.body).toString(), script);
    for (const refused of [undefined, 'identity', 'gzip;q=0, br;q=0', 'deflate', '*;q=0']) {
      const raw = await get(refused);
      assert.equal(raw.headers['content-encoding'], undefined, `Accept-Encoding: ${refused}`);
      assert.equal(raw.headers['content-length'], String(script.length));
      assert.equal(raw.body.toString(), script);
    }
    for (const reply of [br, gz, await get()]) assert.equal(reply.headers.vary, 'Accept-Encoding');
    // A body that compression would not shrink goes as it is.
    for (const encoding of ['br', 'gzip']) {
      const tiny = await rawGet(base(both), '/assets/tiny.json', { 'Accept-Encoding': encoding });
      assert.equal(tiny.headers['content-encoding'], undefined);
      assert.equal(tiny.body.toString(), '[]');
    }
    // Pages made in memory too.
    const page = await rawGet(base(both), '/blank.html', { 'Accept-Encoding': 'gzip' });
    assert.equal(page.headers['content-encoding'], 'gzip');
    assert.match(gunzipSync(page.body).toString(), /<title>blank/);
  });

  test('each representation its own ETag, and a 304 for the one the client has', async () => {
    const get = (headers: Record<string, string>) => rawGet(base(both), '/assets/app.js', headers);
    const raw = await get({});
    const gz = await get({ 'Accept-Encoding': 'gzip' });
    const br = await get({ 'Accept-Encoding': 'br' });
    const tags = [raw, gz, br].map((reply) => String(reply.headers.etag));
    assert.match(tags[0]!, /^"[^"]+"$/);
    assert.equal(tags[1], `${tags[0]!.slice(0, -1)}-gzip"`);
    assert.equal(tags[2], `${tags[0]!.slice(0, -1)}-br"`);

    const again = await get({ 'Accept-Encoding': 'gzip', 'If-None-Match': tags[1] });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    assert.equal(again.headers.etag, tags[1]);
    assert.equal(again.headers.vary, 'Accept-Encoding');
    assert.equal(again.headers['cache-control'], 'no-cache');
    assert.equal(again.headers['content-encoding'], undefined);
    assert.equal(
      (await get({ 'Accept-Encoding': 'gzip', 'If-None-Match': `W/${tags[1]}, "other"` })).status,
      304,
      'weak comparison, any tag of the list',
    );
    // The tag of another representation is not this one: the whole body, in the coding asked.
    const other = await get({ 'Accept-Encoding': 'gzip', 'If-None-Match': tags[0]! });
    assert.equal(other.status, 200);
    assert.equal(other.headers['content-encoding'], 'gzip');
    assert.equal((await get({ 'If-None-Match': tags[1] })).status, 200);
    assert.equal((await get({ 'If-None-Match': tags[0]! })).status, 304);

    // Not for a compressed image either: its tag and a 304.
    const png = await rawGet(base(both), '/assets/logo.png');
    assert.equal(png.headers['content-encoding'], undefined);
    assert.equal(png.headers.vary, undefined);
    const cached = await rawGet(base(both), '/assets/logo.png', {
      'If-None-Match': png.headers.etag as string,
    });
    assert.equal(cached.status, 304);
  });

  test('a range request gets the whole file uncompressed', async () => {
    const reply = await rawGet(base(both), '/assets/app.js', {
      'Accept-Encoding': 'br, gzip',
      Range: 'bytes=0-99',
    });
    assert.equal(reply.headers['content-encoding'], undefined);
    assert.equal(reply.body.toString(), script);
  });

  test('a file changed on disk is sent anew, under a new tag', async () => {
    const file = join(work, 'dist', 'assets', 'next.js');
    await writeFile(file, script);
    const first = await rawGet(base(both), '/assets/next.js', { 'Accept-Encoding': 'gzip' });
    const changed = script.replace('42', '43');
    await writeFile(file, changed);
    const later = new Date(Date.now() + 5000);
    await utimes(file, later, later);
    const second = await rawGet(base(both), '/assets/next.js', {
      'Accept-Encoding': 'gzip',
      'If-None-Match': first.headers.etag as string,
    });
    assert.equal(second.status, 200);
    assert.notEqual(second.headers.etag, first.headers.etag);
    assert.equal(gunzipSync(second.body).toString(), changed);
  });

  test('Accept-Encoding weights', () => {
    const offered = ['br', 'gzip'] as const;
    assert.equal(negotiate('gzip, deflate, br, zstd', offered), 'br');
    assert.equal(negotiate('GZIP', offered), 'gzip');
    assert.equal(negotiate('br;q=0.2, gzip;q=0.8', offered), 'gzip');
    assert.equal(negotiate('br;q=0, *', offered), 'gzip');
    assert.equal(negotiate('*', offered), 'br');
    assert.equal(negotiate('identity, deflate', offered), null);
    assert.equal(negotiate('br', ['gzip']), null);
    assert.equal(negotiate(undefined, offered), null);
    assert.equal(negotiate('', offered), null);
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
