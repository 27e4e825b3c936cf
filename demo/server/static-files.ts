/**
 * The one static file server of the repository (Node only): the prebuilt demo (`npm start` with
 * DEMO_DIST), the pages of `npm run bench` and `npm run size`, and those of the packaging tests.
 * A path is decoded once; one that cannot be is a 400, one with a `..` segment or a NUL never
 * reaches the disk (403 / 400), and each file must lie inside its directory (a sibling such as
 * `dist-evil` does not). Text files can be sent compressed to a client that accepts it, the way a
 * CDN serves them: gzip (level 9, as `npm run size` measures them) and brotli, each made once per
 * file and kept. Every answer has an ETag, the compressed ones their own (`"…-gzip"`, `"…-br"`),
 * and a request that names the current one (`If-None-Match`) gets a 304.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg']);

/** A content coding the server can send. */
export type Coding = 'br' | 'gzip';

const COMPRESS: Record<Coding, (body: Buffer) => Promise<Buffer>> = {
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
};

/** A file served at one path, with headers of its own (a page under another policy). */
export interface StaticFile {
  file: string;
  headers?: Record<string, string>;
}

export interface StaticFilesOptions {
  /**
   * URL prefix (starting and ending with `/`) → directory served under it; the prefix itself
   * serves the directory's `index.html`. The first prefix with the file wins.
   */
  dirs?: Record<string, string>;
  /** URL path → file. */
  files?: Record<string, string | StaticFile>;
  /** URL path → HTML page, made in memory. */
  pages?: Record<string, string>;
  /** Headers of every file sent. Default `Cache-Control: no-cache`. */
  headers?: Record<string, string>;
  /** Send text files gzip-compressed (level 9) when the request accepts it. */
  gzip?: boolean;
  /** Send text files brotli-compressed (quality 11) when the request accepts it; before gzip. */
  brotli?: boolean;
}

/**
 * The coding to send, of those `offered` (in the server's order of preference), for a request's
 * Accept-Encoding: the one it gives the highest weight (`;q=`, `*` for any other); null for none,
 * then the body goes as it is (identity is never refused here).
 */
export function negotiate(acceptEncoding: string | undefined, offered: readonly Coding[]) {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  let chosen: Coding | null = null;
  let best = 0;
  for (const coding of offered) {
    const weight = weights.get(coding) ?? weights.get('*') ?? 0;
    if (weight > best) [chosen, best] = [coding, weight];
  }
  return chosen;
}

/** Whether If-None-Match names `etag` (weak comparison, as RFC 9110 asks for this header). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => bare(tag) === etag);
}

/** Whether `path` is `dir` or lies inside it (a sibling such as `dir-evil` does not). */
export function isInside(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/** A request's path, decoded; null when it cannot be (a malformed escape) or holds a NUL. */
export function decodedPath(url: string | undefined): string | null {
  try {
    const path = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
    return path.includes('\u0000') ? null : path;
  } catch {
    return null;
  }
}

const plain = (res: ServerResponse, status: number, text: string) =>
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(text);

/** A text body in memory, and its compressed forms, each made once (null: not smaller). */
interface Text {
  /** The version of the file (size and time) or page (its hash) this was made from. */
  version: string;
  body: Buffer;
  etag: string;
  compressed: Partial<Record<Coding, Promise<Buffer | null>>>;
}

/**
 * A request listener answering every request from the files of `options`: 200 with the file,
 * 304 when the request already has it, 400 for a path that cannot be decoded, 403 for one that
 * climbs out (`..`), 404 otherwise.
 */
export function serveStatic(
  options: StaticFilesOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const common = options.headers ?? { 'Cache-Control': 'no-cache' };
  const dirs = Object.entries(options.dirs ?? {}).map(
    ([prefix, dir]) => [prefix, normalize(dir)] as const,
  );
  const offered: Coding[] = [
    ...(options.brotli ? (['br'] as const) : []),
    ...(options.gzip ? (['gzip'] as const) : []),
  ];
  /** Text files and pages by path, as last sent. */
  const texts = new Map<string, Text>();

  /** The text kept for `key` if it is still `version`, else a new one from `load`. */
  async function text(key: string, version: string, etag: string, load: () => Promise<Buffer>) {
    let kept = texts.get(key);
    if (kept?.version !== version) {
      kept = { version, body: await load(), etag, compressed: {} };
      texts.set(key, kept);
    }
    return kept;
  }

  /** The body in `coding`, made the first time it is asked for; null when it is not smaller. */
  function compressed(kept: Text, coding: Coding): Promise<Buffer | null> {
    return (kept.compressed[coding] ??= COMPRESS[coding](kept.body).then(
      (packed) => (packed.length < kept.body.length ? packed : null),
      () => null,
    ));
  }

  function headersFor(ext: string, extra: Record<string, string> | undefined) {
    return {
      'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      ...common,
      ...extra,
    };
  }

  /** A 304 when the request names `etag`: true when sent. */
  function notModified(
    req: IncomingMessage,
    res: ServerResponse,
    etag: string,
    headers: Record<string, string | number>,
  ): boolean {
    if (!matches(req.headers['if-none-match'], etag)) return false;
    const { 'Content-Type': _type, 'Content-Length': _length, ...kept } = headers;
    res.writeHead(304, { ...kept, ETag: etag }).end();
    return true;
  }

  /** Sends a text body, compressed when the request accepts it and it is smaller so. */
  async function sendText(
    req: IncomingMessage,
    res: ServerResponse,
    kept: Text,
    ext: string,
    extra?: Record<string, string>,
  ) {
    const headers: Record<string, string | number> = headersFor(ext, extra);
    let coding: Coding | null = null;
    let payload = kept.body;
    if (offered.length > 0) {
      headers.Vary = 'Accept-Encoding';
      // A range of a compressed body would be a range of other bytes: ranges stay identity.
      const chosen = req.headers.range ? null : negotiate(req.headers['accept-encoding'], offered);
      const packed = chosen && (await compressed(kept, chosen));
      if (packed) [coding, payload] = [chosen, packed];
    }
    const etag = coding ? `${kept.etag.slice(0, -1)}-${coding}"` : kept.etag;
    if (notModified(req, res, etag, headers)) return;
    if (coding) headers['Content-Encoding'] = coding;
    headers.ETag = etag;
    headers['Content-Length'] = payload.length;
    res.writeHead(200, headers).end(payload);
  }

  /** Sends `file` if it is a file; false when there is none. */
  async function sendFile(
    req: IncomingMessage,
    res: ServerResponse,
    file: string,
    extra?: Record<string, string>,
  ): Promise<boolean> {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return false;
    const ext = extname(file);
    // Size and modification time: a rebuilt file gets another tag (and is read again).
    const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
    if (COMPRESSIBLE.has(ext) && offered.length > 0) {
      const kept = await text(file, etag, etag, () => readFile(file));
      await sendText(req, res, kept, ext, extra);
      return true;
    }
    const headers = headersFor(ext, extra);
    if (notModified(req, res, etag, headers)) return true;
    res.writeHead(200, { ...headers, ETag: etag, 'Content-Length': info.size });
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = decodedPath(req.url);
    if (path === null) return void plain(res, 400, 'Bad request');
    // No way out of a directory, in any spelling (`..%2F`, `%2E%2E%2F`, `..\`).
    if (path.split(/[\\/]/).includes('..')) return void plain(res, 403, 'Forbidden');
    const page = options.pages?.[path];
    if (page !== undefined) {
      const hash = createHash('sha256').update(page).digest('base64url').slice(0, 22);
      const kept = await text(`page:${path}`, hash, `"${hash}"`, () =>
        Promise.resolve(Buffer.from(page)),
      );
      await sendText(req, res, kept, '.html');
      return;
    }
    const named = options.files?.[path];
    if (named !== undefined) {
      const { file, headers } = typeof named === 'string' ? { file: named } : named;
      if (await sendFile(req, res, file, headers)) return;
    }
    for (const [prefix, dir] of dirs) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length) || 'index.html'));
      if (!isInside(file, dir)) continue;
      if (await sendFile(req, res, file)) return;
    }
    plain(res, 404, 'Not found');
  }

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('static file request failed:', req.url, error);
      if (!res.headersSent) plain(res, 500, 'Internal server error');
      else res.destroy();
    });
  };
}
