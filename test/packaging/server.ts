/**
 * One origin on 127.0.0.1 for a packaging test: static files (a built app, dist/cdn, fixture
 * pages) and the reference API under /api (the demo's Hono app over an in-memory store), so the
 * page needs no CORS.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createApp } from '../../demo/server/app.js';
import { MemoryBlobStore } from '../../demo/server/blobs.js';
import { MemoryStore } from '../../demo/server/memory-store.js';
import { buildSeed } from '../../demo/server/seed/index.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

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

  async function serveFile(res: ServerResponse, file: string): Promise<boolean> {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return false;
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(res);
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/api' || path.startsWith('/api/')) {
      if (options.defaultToken && !req.headers.authorization) {
        const value = `Bearer ${options.defaultToken}`;
        req.headers.authorization = value;
        req.rawHeaders.push('Authorization', value); // @hono/node-server reads both
      }
      await api(req, res);
      return;
    }
    const file = options.files?.[path];
    if (file && (await serveFile(res, file))) return;
    for (const [prefix, dir] of Object.entries(options.dirs ?? {})) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length) || 'index.html';
      const target = normalize(join(dir, rest));
      if (!target.startsWith(normalize(dir) + sep)) continue; // no way out of the directory
      if (await serveFile(res, target)) return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`not found: ${path}`);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    });
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
