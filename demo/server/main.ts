/**
 * `npm start`: one process serves the demo host page (through Vite) and the reference API on one
 * origin, default http://localhost:5173. Environment:
 *   PORT              port to listen on (default 5173)
 *   HOST              interface to bind (default localhost)
 *   DATABASE_URL      PostgreSQL server to keep the data in (postgres://user:password@host:port/db);
 *                     several instances may share one. Unset: PGlite in DATA_DIR/pg (embedded)
 *   DATA_DIR          where uploaded files (and, without DATABASE_URL, PGlite) live (default .data/);
 *                     a new PGlite database starts from a blank one kept in node_modules/.cache/
 *                     eq-support/ (the first one made, by PostgreSQL's initdb)
 *   CORS_ORIGINS      comma-separated origins allowed to call the API from other pages, or *
 *   MAX_UPLOAD_BYTES  attachment size limit (default 100 MB)
 *   SIGNING_SECRET    secret for download links (default: random per start; instances that share
 *                     a database must share it too)
 *   PUBLIC_URL        address clients reach the server at, for download links
 *                     (default http://HOST:PORT; never taken from a request's Host header)
 *   QUOTA_USER_BYTES, QUOTA_USER_FILES, QUOTA_ORG_BYTES, QUOTA_ORG_FILES
 *                     upload quotas per person and per organization (default 2 GiB / 1,000 files
 *                     per person, 20 GiB / 10,000 files per organization)
 *   RATE_LIMIT_PER_MINUTE, UPLOAD_RATE_LIMIT_PER_MINUTE
 *                     requests (default 600) and uploads (default 60) one person may send per
 *                     minute, counted in the database across instances; 0 turns the limit off
 *   UPLOAD_TTL_HOURS  uploads never attached to a case are removed after this (default 24)
 *   API_PROXY         send the API's requests through this address (e.g. a validating proxy such as
 *                     Prism, which checks them against the OpenAPI document): `/api/<path>` is
 *                     forwarded, streamed, to API_PROXY/<path>, and the API itself answers at
 *                     `/api-direct/<path>`, where that proxy sends them on. Download links and the
 *                     document still name `/api`. Unset: `/api` is the API
 *   DEMO_HMR=0        no hot reload
 *   DEMO_DIST         serve this prebuilt demo (`npm run demo:build`) instead of Vite's dev server;
 *                     then /strict serves the same page under a strict Content-Security-Policy
 *                     with Trusted Types (no 'unsafe-inline', no 'unsafe-eval')
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { type IncomingMessage, type ServerResponse, createServer, request } from 'node:http';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { endToEnd } from './hop-by-hop.js';
import { createApp } from './app.js';
import { DEFAULT_RATE_LIMITS } from './middleware.js';
import { FsBlobStore } from './fs-blobs.js';
import { scheduleSweeps } from './maintenance.js';
import { decodedPath, isInside, serveStatic } from './static-files.js';
import { PgliteStore, blankTemplateFile } from './pglite-store.js';
import { PostgresStore } from './postgres-store.js';
import { StartProgress } from './progress.js';
import { buildSeed } from './seed/index.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? 'localhost';
const dataDir = resolve(root, process.env.DATA_DIR ?? '.data');
const corsEnv = process.env.CORS_ORIGINS?.trim();
const publicUrlEnv = process.env.PUBLIC_URL?.trim() ?? '';
const databaseUrl = process.env.DATABASE_URL?.trim() ?? '';
const apiProxyEnv = process.env.API_PROXY?.trim() ?? '';

/** A whole number from the environment, or undefined when unset; anything else stops the start. */
function envCount(name: string): number | undefined {
  const raw = process.env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
    console.error(`${name} must be a whole number (got "${raw}").`);
    process.exit(1);
  }
  return Number(raw);
}
const quotaEnv = {
  userBytes: envCount('QUOTA_USER_BYTES'),
  userFiles: envCount('QUOTA_USER_FILES'),
  organizationBytes: envCount('QUOTA_ORG_BYTES'),
  organizationFiles: envCount('QUOTA_ORG_FILES'),
};
const requestsPerMinute = envCount('RATE_LIMIT_PER_MINUTE');
const uploadsPerMinute = envCount('UPLOAD_RATE_LIMIT_PER_MINUTE');
const uploadTtlHours = envCount('UPLOAD_TTL_HOURS');
const maxUploadBytes = envCount('MAX_UPLOAD_BYTES');

/** API_PROXY as a URL without a trailing slash, or undefined when unset; anything else stops the start. */
function proxyBase(raw: string): string | undefined {
  if (raw === '') return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:') throw new Error('not http');
    return url.href.replace(/\/+$/, '');
  } catch {
    console.error(`API_PROXY must be an http:// address (got "${raw}").`);
    process.exit(1);
  }
}
const apiProxy = proxyBase(apiProxyEnv);

/** Where the data is, for the banner: never the password. */
function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `PostgreSQL ${parsed.host}${parsed.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

const progress = new StartProgress();

/** A path as short as it is true: relative to the working directory when inside it. */
function shown(path: string): string {
  const near = relative(process.cwd(), path);
  return near && !near.startsWith('..') && !isAbsolute(near) ? near : path;
}

let store: PgliteStore | PostgresStore;
let storeLabel: string;
if (databaseUrl) {
  storeLabel = describeDatabase(databaseUrl);
  store = await progress.step(`connecting to ${storeLabel}`, () =>
    PostgresStore.connect(databaseUrl),
  );
} else {
  const pgDir = join(dataDir, 'pg');
  const fresh = !existsSync(join(pgDir, 'PG_VERSION'));
  await mkdir(pgDir, { recursive: true });
  storeLabel = `PGlite ${pgDir}`;
  // A new data directory starts from a blank database kept once per machine (pglite-store.ts).
  const template = blankTemplateFile(join(root, 'node_modules', '.cache', 'eq-support'));
  const pglite = await progress.step(
    fresh
      ? `creating the embedded PostgreSQL database in ${shown(pgDir)} (first start only)`
      : `opening the embedded PostgreSQL database in ${shown(pgDir)}`,
    () => PgliteStore.open(pgDir, { template }),
  );
  const cache = template ? shown(dirname(template)) : '';
  if (pglite.origin === 'template') progress.line(`  from the blank copy kept in ${cache}`);
  if (pglite.origin === 'initdb' && template) {
    progress.line(`  keeping a blank copy in ${cache}: the next new data directory starts from it`);
  }
  store = pglite;
}
const blobs = new FsBlobStore(join(dataDir, 'files'));
const seed = buildSeed();
const { seeded } = await progress.step('checking the demo data', async (report) => {
  const result = await store.init(seed, (done, total) => report(done, total, 'cases'));
  if (result.seeded) {
    const files = seed.cases.flatMap((seedCase) => seedCase.attachments);
    for (const [i, a] of files.entries()) {
      await blobs.write(a.id, new Blob([a.content]).stream(), Number.MAX_SAFE_INTEGER);
      report(i + 1, files.length, 'files');
    }
  }
  return result;
});

const app = createApp({
  store,
  blobs,
  seed,
  corsOrigins:
    corsEnv === '*'
      ? '*'
      : (corsEnv
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean) ?? []),
  signingSecret: process.env.SIGNING_SECRET ?? randomBytes(32).toString('hex'),
  publicUrl: publicUrlEnv === '' ? `http://${host}:${port}` : publicUrlEnv,
  ...(maxUploadBytes !== undefined ? { maxUploadBytes } : {}),
  quotas: Object.fromEntries(Object.entries(quotaEnv).filter(([, value]) => value !== undefined)),
  rateLimit:
    requestsPerMinute === 0
      ? false
      : {
          windowMs: 60_000,
          requests: requestsPerMinute ?? DEFAULT_RATE_LIMITS.requests,
          // 0 uploads per minute turns the upload limit off, not uploads.
          uploads:
            uploadsPerMinute === 0
              ? Number.MAX_SAFE_INTEGER
              : (uploadsPerMinute ?? DEFAULT_RATE_LIMITS.uploads),
        },
});
// Unattached uploads past their time to live, and expired idempotency keys: now and every 10 min.
const stopSweeps = scheduleSweeps({
  store,
  blobs,
  ...(uploadTtlHours !== undefined ? { orphanTtlMs: uploadTtlHours * 3_600_000 } : {}),
});
const api = getRequestListener(app.fetch);

/**
 * API_PROXY: `/api<rest>` goes to `<API_PROXY><rest>` with the same method, headers and body, and
 * the answer comes back as it is, both streamed.
 */
function forwardToProxy(req: IncomingMessage, res: ServerResponse, base: string): void {
  const target = new URL(`${base}${req.url!.slice('/api'.length) || '/'}`);
  const outgoing = request(
    target,
    // A connection each: a kept-alive one may be closed by the proxy as it is reused (ECONNRESET).
    { method: req.method, headers: endToEnd(req.headers), agent: false },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers));
      answer.pipe(res);
    },
  );
  outgoing.on('error', (error) => {
    console.error('API_PROXY request failed:', req.method, req.url, error.message);
    if (res.headersSent) return void res.destroy();
    res.writeHead(502, { 'Content-Type': 'application/problem+json' });
    res.end(
      JSON.stringify({ title: 'Bad gateway', status: 502, detail: 'API_PROXY did not answer.' }),
    );
  });
  // The page went away: so does the forwarded request.
  res.on('close', () => {
    if (!res.writableFinished) outgoing.destroy();
  });
  req.pipe(outgoing);
}

/** The strict page's policy: nothing inline, nothing evaluated, Trusted Types for the DOM sinks. */
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html eq-support',
].join('; ');

const distDir = process.env.DEMO_DIST ? resolve(root, process.env.DEMO_DIST) : undefined;

/**
 * The prebuilt demo in `dir`, brotli or gzip to whoever accepts it; `/strict` is the same page
 * under STRICT_CSP.
 */
function distServer(dir: string) {
  const strict = {
    file: join(dir, 'index.html'),
    headers: { 'Content-Security-Policy': STRICT_CSP },
  };
  return serveStatic({
    dirs: { '/': dir },
    files: { '/strict': strict, '/strict/': strict },
    headers: { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' },
    // Compressed as a CDN would send it, each file once: what a person waits for is real.
    brotli: true,
    gzip: true,
  });
}
const serveDist = distDir ? distServer(distDir) : undefined;

/**
 * Whether a dev-server request names a file in the data directory, in any spelling Vite accepts
 * (`/@fs/<absolute path>`, a path relative to demo/, percent-encoded). Vite's own `fs.allow` and
 * `fs.deny` already refuse it; this is the second lock, whatever DATA_DIR is.
 */
function namesDataDir(url: string): boolean {
  const path = decodedPath(url);
  if (path === null) return true; // undecodable: let nobody guess what it meant
  const candidates = [resolve(join(root, 'demo'), `.${path}`)];
  if (path.startsWith('/@fs/')) candidates.push(resolve(path.slice('/@fs'.length)));
  return candidates.some((file) => isInside(file, dataDir)) || path.includes(dataDir);
}

const server = createServer();
// Vite is loaded only for the dev server: a prebuilt demo (DEMO_DIST) starts without it.
const vite = distDir
  ? undefined
  : await progress.step('starting the dev server of the demo page (Vite)', async () => {
      const { createServer: createViteServer, defaultClientConditions } = await import('vite');
      return createViteServer({
        // The library's Vite config (legacy decorators through Oxc), served from demo/.
        configFile: join(root, 'vite.config.ts'),
        root: join(root, 'demo'),
        tsconfig: join(root, 'tsconfig.json'),
        appType: 'mpa',
        logLevel: 'warn',
        // DEMO_HMR=0 turns hot reload off: the end-to-end tests restart the server and must see the
        // page recover by itself, not be reloaded by Vite's client.
        server: {
          middlewareMode: true,
          hmr: process.env.DEMO_HMR === '0' ? false : { server },
          // Only the demo, the SDK's sources and the dependencies: never the data directory (the
          // database and every organization's uploads), wherever DATA_DIR points.
          fs: {
            allow: [join(root, 'demo'), join(root, 'src'), join(root, 'node_modules')],
            deny: ['.env', '.env.*', '*.{crt,pem}', '**/.git/**', `${dataDir}/**`],
          },
        },
        optimizeDeps: { entries: [join(root, 'demo/*.html')] },
        // The page a person judges runs what a host ships: packages' production builds, not the
        // "development" export condition a dev server picks by default (Lit's dev build checks
        // more, runs slower and warns "Lit is in dev mode" on every load). Our own sources are
        // still served as they are, with hot reload.
        resolve: {
          conditions: defaultClientConditions.map((condition) =>
            condition === 'development|production' ? 'production' : condition,
          ),
        },
      });
    });

const under = (url: string | undefined, prefix: string) =>
  url === prefix || !!url?.startsWith(`${prefix}/`);

server.on('request', (req, res) => {
  if (apiProxy && under(req.url, '/api')) return forwardToProxy(req, res, apiProxy);
  // Behind API_PROXY the API answers here, under the paths it knows (links keep naming /api).
  if (apiProxy && under(req.url, '/api-direct'))
    req.url = `/api${req.url!.slice('/api-direct'.length)}`;
  if (under(req.url, '/api')) {
    api(req, res).catch((error: unknown) => {
      console.error('API request failed:', req.url, error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end();
    });
    return;
  }
  if (vite) {
    if (namesDataDir(req.url ?? '/')) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
      return;
    }
    vite.middlewares(req, res);
    return;
  }
  serveDist!(req, res);
});

// No request and no forgotten promise may stop the server: log it and keep serving.
process.on('unhandledRejection', (reason) => console.error('unhandled rejection:', reason));
process.on('uncaughtException', (error) => console.error('uncaught exception:', error));

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE' ? `Port ${port} is in use: set PORT to another port.` : error,
  );
  process.exit(1);
});

server.listen(port, host, () => {
  const url = `http://${host}:${port}/`;
  console.log(`eq-support demo ready in ${progress.elapsed()}: ${url}`);
  // Before `Demo:`, which tests wait for: whoever sees it has seen these too.
  console.log(`  Store:   ${storeLabel}${seeded ? ' (new, seeded)' : ''}`);
  console.log(`  Files:   ${join(dataDir, 'files')}`);
  console.log(`  Demo:    ${url}`);
  console.log(`  API:     ${url}api  (OpenAPI: ${url}api/openapi.json)`);
  if (apiProxy) console.log(`  Proxy:   ${url}api → ${apiProxy} → ${url}api-direct`);
  console.log(`  Tokens:  demo-user-1, demo-user-2 (Acme), demo-user-3 (Globex)`);
  // The blank database of a first start, kept now that it delays nothing.
  if (store instanceof PgliteStore) void store.keepTemplate();
});

let closing = false;
async function shutdown(): Promise<void> {
  if (closing) return;
  closing = true;
  stopSweeps();
  server.closeAllConnections();
  server.close();
  await vite?.close();
  await store.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
