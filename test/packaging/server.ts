/**
 * One origin on 127.0.0.1 for a packaging test: static files (a built app, dist/cdn, fixture
 * pages; demo/server/static-files.ts, uncompressed) and the reference API under /api (the demo's Hono app over an in-memory store), so the
 * page needs no CORS.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createApp } from '../../demo/server/app.js';
import { MemoryBlobStore } from '../../demo/server/blobs.js';
import { MemoryStore } from '../../demo/server/memory-store.js';
import { buildSeed } from '../../demo/server/seed/index.js';
import { decodedPath, serveStatic } from '../../demo/server/static-files.js';

export interface ServeOptions {
  /** URL prefix (ending in `/`) → directory served under it. */
  dirs?: Record<string, string>;
  /** URL path → file. */
  files?: Record<string, string>;
  /**
   * A bearer token the API assumes when a request brings none. Stands in for the host page's
   * sign-in, for pages that may hold nothing but the one CDN `<script>` tag.
   */
  defaultToken?: string;
}

export interface TestServer {
  url: string;
  /** Calls the API as a demo user. */
  api(path: string, token?: string): Promise<Response>;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<TestServer> {
  const store = new MemoryStore();
  const seed = buildSeed();
  await store.init(seed);
  const app = createApp({
    store,
    blobs: new MemoryBlobStore(),
    seed,
    signingSecret: 'packaging-test',
  });
  const api = getRequestListener(app.fetch);

  const files = serveStatic({
    dirs: options.dirs ?? {},
    files: options.files ?? {},
    headers: { 'Cache-Control': 'no-store' },
  });

  const server = createServer((req, res) => {
    const path = decodedPath(req.url);
    if (path === '/api' || path?.startsWith('/api/')) {
      if (options.defaultToken && !req.headers.authorization) {
        const value = `Bearer ${options.defaultToken}`;
        req.headers.authorization = value;
        req.rawHeaders.push('Authorization', value); // @hono/node-server reads both
      }
      api(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(String(error));
      });
      return;
    }
    files(req, res);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  return {
    url,
    api(path, token = 'demo-user-1') {
      return fetch(new URL(`api${path}`, url), { headers: { Authorization: `Bearer ${token}` } });
    },
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
