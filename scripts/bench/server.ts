/**
 * One origin on 127.0.0.1 for `npm run bench`: built pages and the reference API under /api (the
 * demo's Hono app over an in-memory store, seeded like `npm start`). Static files are sent
 * gzip-compressed (level 9, as `npm run size` measures them) when the browser accepts it, the way
 * a CDN serves them, so that the network log's transfer sizes mean what they would in production
 * (demo/server/static-files.ts, the server of the demo and the packaging tests too, which send
 * them uncompressed).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createApp } from '../../demo/server/app.js';
import { MemoryBlobStore } from '../../demo/server/blobs.js';
import { MemoryStore } from '../../demo/server/memory-store.js';
import { buildSeed } from '../../demo/server/seed/index.js';
import { decodedPath, serveStatic } from '../../demo/server/static-files.js';

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
  const files = serveStatic({ dirs: options.dirs, pages: options.pages ?? {}, gzip: true });

  const server = createServer((req, res) => {
    const path = decodedPath(req.url);
    if (path === '/api' || path?.startsWith('/api/')) {
      api(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(String(error));
      });
      return;
    }
    files(req, res);
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
