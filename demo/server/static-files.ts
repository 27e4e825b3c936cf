/**
 * The one static file server of the repository (Node only): the prebuilt demo (`npm start` with
 * DEMO_DIST), the pages of `npm run bench` and `npm run size`, and those of the packaging tests.
 * A path is decoded once; one that cannot be is a 400, one with a `..` segment or a NUL never
 * reaches the disk (403 / 400), and each file must lie inside its directory (a sibling such as
 * `dist-evil` does not). Text files can be sent gzip-compressed (level 9, as `npm run size`
 * measures them) to a client that accepts it, the way a CDN serves them.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

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

/**
 * A request listener answering every request from the files of `options`: 200 with the file,
 * 400 for a path that cannot be decoded, 403 for one that climbs out (`..`), 404 otherwise.
 */
export function serveStatic(
  options: StaticFilesOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const common = options.headers ?? { 'Cache-Control': 'no-cache' };
  const dirs = Object.entries(options.dirs ?? {}).map(
    ([prefix, dir]) => [prefix, normalize(dir)] as const,
  );
  const gzipped = new Map<string, Buffer>();

  /** The body gzip-compressed when the answer is to be, else null. */
  function compressed(req: IncomingMessage, key: string, ext: string, body: () => Buffer) {
    if (!options.gzip || !COMPRESSIBLE.has(ext)) return null;
    if (!/\bgzip\b/.test(String(req.headers['accept-encoding']))) return null;
    let payload = gzipped.get(key);
    if (!payload) gzipped.set(key, (payload = gzipSync(body(), { level: 9 })));
    return payload;
  }

  function headersFor(ext: string, extra: Record<string, string> | undefined) {
    return {
      'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      ...common,
      ...(options.gzip ? { Vary: 'Accept-Encoding' } : {}),
      ...extra,
    };
  }

  function sendBuffer(
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer,
    ext: string,
    key: string,
    extra?: Record<string, string>,
  ) {
    const headers: Record<string, string | number> = headersFor(ext, extra);
    const gz = compressed(req, key, ext, () => body);
    if (gz) headers['Content-Encoding'] = 'gzip';
    const payload = gz ?? body;
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
    const key = `${file}:${info.size}:${info.mtimeMs}`;
    if (options.gzip && COMPRESSIBLE.has(ext)) {
      sendBuffer(req, res, await readFile(file), ext, key, extra);
      return true;
    }
    res.writeHead(200, { ...headersFor(ext, extra), 'Content-Length': info.size });
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
      sendBuffer(req, res, Buffer.from(page), '.html', `page:${path}:${page.length}`);
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
