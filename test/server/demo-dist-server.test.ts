/**
 * `npm start` with DEMO_DIST (the prebuilt demo): text goes brotli- or gzip-compressed to a client
 * that accepts it, no request ends the process, and nothing outside the dist directory is served,
 * not even a sibling whose name starts with the same letters.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { root, startDemoProcess, type DemoProcess } from './demo-process.js';
import { rawGet } from './raw-get.js';

describe('npm start with DEMO_DIST', () => {
  let work: string;
  let dist: string;
  let demo: DemoProcess;
  const script = 'customElements.define("eq-x", class extends HTMLElement {});\n'.repeat(40);

  before(async () => {
    // .tmp/ is gitignored: a fresh clone (CI) does not have it yet.
    await mkdir(join(root, '.tmp'), { recursive: true });
    work = await mkdtemp(join(root, '.tmp', 'eq-dist-'));
    dist = join(work, 'demo-dist');
    await mkdir(dist);
    await writeFile(
      join(dist, 'index.html'),
      '<!doctype html><title>demo</title><eq-support-button>',
    );
    await writeFile(join(dist, 'demo.js'), script);
    await mkdir(join(work, 'demo-dist-evil'));
    await writeFile(join(work, 'demo-dist-evil', 'secret.txt'), 'SECRET');
    demo = await startDemoProcess({ DEMO_DIST: dist, DATA_DIR: join(work, 'data') });
  });

  after(async () => {
    await demo?.stop();
    await rm(work, { recursive: true, force: true });
  });

  test('a malformed URL gets 400 and the server keeps serving', async () => {
    const reply = await rawGet(demo.base, '/%E0%A4%A');
    assert.equal(reply.status, 400);
    // The next request is answered: the process lived through the bad one.
    const page = await fetch(`${demo.base}/`);
    assert.equal(page.status, 200);
    assert.ok(demo.alive(), `the process ended:\n${demo.output()}`);
  });

  test('text goes compressed to a browser that accepts it, with its own ETag and 304', async () => {
    const browser = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };
    const br = await rawGet(demo.base, '/demo.js', browser);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers.vary, 'Accept-Encoding');
    assert.equal(br.headers['content-length'], String(br.body.length));
    assert.equal(brotliDecompressSync(br.body).toString(), script);
    const gz = await rawGet(demo.base, '/demo.js', { 'Accept-Encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gz.body).toString(), script);
    const raw = await rawGet(demo.base, '/demo.js');
    assert.equal(raw.headers['content-encoding'], undefined);
    assert.equal(raw.headers.vary, 'Accept-Encoding');
    assert.equal(raw.body.toString(), script);
    assert.equal(new Set([br, gz, raw].map((r) => r.headers.etag)).size, 3, 'three ETags');

    const again = await rawGet(demo.base, '/demo.js', {
      ...browser,
      'If-None-Match': String(br.headers.etag),
    });
    assert.equal(again.status, 304);
    assert.equal(again.headers.etag, br.headers.etag);
    assert.equal(again.body.length, 0);
  });

  test('a sibling directory of the dist directory is not served', async () => {
    for (const path of [
      `/..%2F${basename(dist)}-evil%2Fsecret.txt`,
      `/%2E%2E%2F${basename(dist)}-evil%2Fsecret.txt`,
      `/../${basename(dist)}-evil/secret.txt`,
    ]) {
      const reply = await rawGet(demo.base, path);
      assert.ok([403, 404].includes(reply.status), `${path} answered ${reply.status}`);
      assert.doesNotMatch(reply.text, /SECRET/);
    }
    assert.ok(demo.alive());
  });
});
