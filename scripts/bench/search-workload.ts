/**
 * The workload of `npm run bench:search` (see article-search.ts beside it), free of Node APIs so
 * that the same code runs in Node and, bundled, in Chromium.
 *
 * The articles are synthetic variations of the 69 seed articles (titles, tags and summaries
 * recombined with a seeded random generator, so every run measures the same corpus). For each
 * size the index is built once (timed); then realistic queries are typed letter by letter and
 * `searchArticles()` — the very function the elements call — is timed after each letter.
 */
import type { ArticleSummary } from '../../src/api/schemas.js';
import { articles as seedArticles } from '../../demo/server/seed/articles.js';
import { createArticleIndex, loadFuse, searchArticles } from '../../src/search/article-search.js';

export const SIZES = [500, 2_000, 10_000] as const;

/** What people type: case subjects from the seed and the guides' examples. */
export const QUERIES = [
  'Deal ID 12333 no delivery for last 24 hours',
  'report task failed to load',
  'creative preview blank in safari',
  'viewability dropped since monday',
  'api 401 unauthorized token',
];

/** A small deterministic generator (mulberry32), so every run measures the same articles. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRODUCTS = ['Maestro', 'Instant Insights', 'OnePage', 'Deal desk', 'Audience hub', 'SDK'];
const QUALIFIERS = ['for agencies', 'in-app', 'on mobile web', 'for video', 'for CTV', 'in EMEA'];

/** `count` articles made by recombining the seed articles' words. */
export function syntheticArticles(count: number): ArticleSummary[] {
  const next = random(count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const seeds = seedArticles.map(({ body: _body, ...summary }) => summary);
  const result: ArticleSummary[] = [];
  for (let i = 0; i < count; i += 1) {
    const base = seeds[i % seeds.length]!;
    if (i < seeds.length) {
      result.push(base);
      continue;
    }
    const other = pick(seeds);
    const [head = base.title] = base.title.split(/:\s*/);
    const title = `${head}: ${pick(other.title.split(/:\s*/))} ${pick(QUALIFIERS)} (${pick(PRODUCTS)})`;
    const sentences = [...base.summary.split(/(?<=\.)\s+/), ...other.summary.split(/(?<=\.)\s+/)];
    result.push({
      ...base,
      id: `${base.id}-v${i}`,
      title,
      summary: sentences.filter(() => next() < 0.6).join(' ') || base.summary,
      tags: [...new Set([...base.tags, pick(other.tags)])],
      url: `${base.url}-v${i}`,
    });
  }
  return result;
}

export interface BenchRow {
  articles: number;
  buildMs: number;
  keystrokes: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Builds the index over `count` articles, then times each keystroke of every query. */
/**
 * Types every query once over 200 other articles, so the JavaScript engine has compiled the
 * search code before anything is timed (each size still starts with an empty word cache). Loads
 * fuse.js first, as the elements do before their first search.
 */
export async function warmUp(): Promise<void> {
  await loadFuse();
  const index = createArticleIndex(
    syntheticArticles(200).map((a) => ({ ...a, id: `warm-${a.id}` })),
  );
  for (const query of QUERIES) {
    for (let length = 1; length <= query.length; length += 1) {
      searchArticles(index, query.slice(0, length), { limit: 5 });
    }
  }
}

export function benchmark(count: number): BenchRow {
  const now = () => performance.now();
  const corpus = syntheticArticles(count);
  const t0 = now();
  const index = createArticleIndex(corpus);
  const buildMs = now() - t0;
  const times: number[] = [];
  for (const query of QUERIES) {
    for (let length = 1; length <= query.length; length += 1) {
      const typed = query.slice(0, length);
      const start = now();
      searchArticles(index, typed, { limit: 5 });
      times.push(now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return {
    articles: count,
    buildMs,
    keystrokes: times.length,
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
    maxMs: times[times.length - 1]!,
  };
}

export function formatTable(rows: readonly BenchRow[], where: string): string {
  const header = ['articles', 'index build ms', 'keystrokes', 'median ms', 'p95 ms', 'max ms'];
  const lines = rows.map((r) => [
    r.articles.toLocaleString('en'),
    r.buildMs.toFixed(1),
    String(r.keystrokes),
    r.medianMs.toFixed(2),
    r.p95Ms.toFixed(2),
    r.maxMs.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
  return [
    `Article search per keystroke (${where}; after a warm-up over 200 other articles)`,
    row(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...lines.map(row),
  ].join('\n');
}
