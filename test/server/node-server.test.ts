/**
 * The reference backend over a real Node HTTP server with files on disk: CORS for hosts on other
 * origins, uploads streamed to disk, and uploads cut off mid-body leaving nothing behind.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../../demo/server/app.js';
import { BlobTooLargeError } from '../../demo/server/blobs.js';
import { FsBlobStore } from '../../demo/server/fs-blobs.js';
import { buildSeed } from '../../demo/server/seed/index.js';
import type { SupportStore } from '../../demo/server/store.js';
import { stores } from './stores.js';

/** Polls `holds` every 10 ms until it is true (true) or 10 s have passed (false). */
async function eventually(holds: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + 10_000;
  while (!(await holds())) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

for (const [label, open] of stores) {
  describe(`reference backend over HTTP with files on disk (${label})`, () => {
    let dir: string;
    let store: SupportStore;
    let server: ServerType;
    let base: string;

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'eq-files-'));
      store = await open();
      const seed = buildSeed();
      await store.init(seed);
      const app = createApp({
        store,
        blobs: new FsBlobStore(dir),
        seed,
        signingSecret: 'node-test',
        maxUploadBytes: 1024 * 1024,
        corsOrigins: ['https://host.example'],
      });
      await new Promise<void>((ready) => {
        server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => ready());
      });
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    after(async () => {
      await new Promise((done) => server.close(done));
      await store.close();
      await rm(dir, { recursive: true, force: true });
    });

    test('CORS: an allowed host origin may call the API, another may not', async () => {
      const preflight = await fetch(`${base}/api/cases`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://host.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key',
        },
      });
      assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), 'https://host.example');
      assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', /Idempotency-Key/i);
      const allowed = await fetch(`${base}/api/me`, {
        headers: { Origin: 'https://host.example', Authorization: 'Bearer demo-user-1' },
      });
      assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'https://host.example');
      assert.match(allowed.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
      const other = await fetch(`${base}/api/me`, {
        headers: { Origin: 'https://evil.example', Authorization: 'Bearer demo-user-1' },
      });
      assert.equal(other.headers.get('Access-Control-Allow-Origin'), null);
    });

    test('an upload streams to a file and downloads intact', async () => {
      const content = new Uint8Array(300 * 1024).map((_, i) => i % 251);
      const reply = await fetch(`${base}/api/attachments`, {
        method: 'POST',
        body: content,
        headers: {
          Authorization: 'Bearer demo-user-1',
          'Content-Type': 'application/zip',
          'Content-Disposition': 'attachment; filename="logs.zip"',
        },
      });
      assert.equal(reply.status, 201);
      const attachment = (await reply.json()) as { id: string; size: number; url: string };
      assert.equal(attachment.size, content.length);
      assert.ok((await readdir(dir)).includes(attachment.id));
      const download = new Uint8Array(await (await fetch(attachment.url)).arrayBuffer());
      assert.deepEqual(download, content);
    });

    test('an upload cut off mid-body leaves no file and no attachment', async () => {
      const before = (await readdir(dir)).sort();
      const port = (server.address() as AddressInfo).port;
      const socket = connect(port, '127.0.0.1');
      await once(socket, 'connect');
      socket.write(
        'POST /api/attachments HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer demo-user-1\r\n' +
          'Content-Type: text/plain\r\nContent-Length: 100000\r\n\r\n' +
          'x'.repeat(5000),
      );
      // Cut the upload off once the server is writing it to disk, not after a guessed time.
      assert.ok(
        await eventually(async () => (await readdir(dir)).some((n) => n.endsWith('.part'))),
        'the server writes the upload to a .part file',
      );
      socket.destroy();
      // The server removes the partial file when it notices the cut: wait for that state.
      await eventually(async () => (await readdir(dir)).sort().join() === before.join());
      assert.deepEqual((await readdir(dir)).sort(), before, 'no file and no partial file');
    });

    test('the file store refuses more than the limit and keeps nothing', async () => {
      const store = new FsBlobStore(dir);
      const before = await readdir(dir);
      await assert.rejects(
        store.write('too-big', new Blob([new Uint8Array(2048)]).stream(), 1024),
        BlobTooLargeError,
      );
      assert.deepEqual((await readdir(dir)).sort(), before.sort());
    });
  });
}
