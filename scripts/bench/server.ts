/**
 * One origin on 127.0.0.1 for `npm run bench`: built pages and the reference API under /api (the
 * demo's Hono app over an in-memory store, seeded like `npm start`). Static files are sent
 * gzip-compressed (level 9, as `npm run size` measures them) when the browser accepts it, the way
 * a CDN serves them, so that the network log's transfer sizes mean what they would in production.
 * (test/packaging/server.ts serves uncompressed files; transfer sizes would be raw sizes there.)
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getRequestListener } from '@hono/node-server';
import { createApp } from '../../demo/server/app.js';
import { MemoryBlobStore } from '../../demo/server/blobs.js';
import { MemoryStore } from '../../demo/server/memory-store.js';
import { buildSeed } from '../../demo/server/seed/index.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

export interface BenchServerOptions {
  /** URL prefix (starting and ending with `/`) → directory served under it. */
  dirs: Record<string, string>;
  /** URL path → page content (HTML). */
  pages?: Record<string, string>;
}

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const store = new MemoryStore();
  const blobs = new MemoryBlobStore();
  const seed = buildSeed();
  await store.init(seed);
  for (const seedCase of seed.cases) {
    for (const a of seedCase.attachments) {
      await blobs.write(a.id, new Blob([a.content]).stream(), Number.MAX_SAFE_INTEGER);
    }
  }
  const api = getRequestListener(
    createApp({ store, blobs, seed, signingSecret: 'bench', rateLimit: false }).fetch,
  );
  const gzipped = new Map<string, Buffer>();

  function send(req: IncomingMessage, res: ServerResponse, body: Buffer, file: string): void {
    const type = extname(file);
    const headers: Record<string, string | number> = {
      'Content-Type': TYPES[type] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
    };
    let payload = body;
    if (COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      const key = `${file}:${body.length}`;
      payload = gzipped.get(key) ?? gzipSync(body, { level: 9 });
      gzipped.set(key, payload);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = payload.length;
    res.writeHead(200, headers).end(payload);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/api' || path.startsWith('/api/')) {
      await api(req, res);
      return;
    }
    const page = options.pages?.[path];
    if (page !== undefined) {
      send(req, res, Buffer.from(page), `${path}.html`);
      return;
    }
    for (const [prefix, dir] of Object.entries(options.dirs)) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length) || 'index.html';
      const file = normalize(join(dir, rest));
      if (!file.startsWith(normalize(dir) + sep)) continue; // no way out of the directory
      if (!(await stat(file).catch(() => null))?.isFile()) continue;
      send(req, res, await readFile(file), file);
      return;
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
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await store.close();
    },
  };
}
