/**
 * What the CDN build costs a person, measured in a browser. Shared by `npm run size`
 * (scripts/size.ts: prints the table and enforces the budgets) and `npm run bench` (reports it).
 *
 *  1. Builds the CDN bundle (dist/cdn/ of `npm run build`) with the production Vite config.
 *  2. Serves it with the bench's server (scripts/bench/server.ts: static files, the reference API
 *     under /api over the in-memory store) beside a blank host page: nothing but the CDN build's
 *     `<script type="module">` and `<eq-support-button>`, in `<html lang>` of each language.
 *  3. Drives the system Chromium through each journey (JOURNEYS) in a fresh browser context and
 *     records every script the page requested from the build. A journey's size is the gzip -9
 *     size of those files: what the browser fetched, dynamic imports included, not a static
 *     walk of the chunk graph.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { allLocales, sourceLocale } from '../src/locales/locale-codes.js';
import { launchChromium } from '../test/e2e/harness.js';
import { NAME_SHIM } from './bench/cold-open.js';
import { blankHostPage } from './bench/page-load.js';
import { startBenchServer } from './bench/server.js';
import { root } from './page-builds.js';

const KB = 1024;

/**
 * The total of every file is not held to its budget (README "Size per journey and language" says
 * why: it would mean dropping a kept library or a feature the guides ask for, while every journey,
 * what a person loads, is within its budget). This ceiling fails the run instead: the figure
 * measured when it was set, plus about 1 KB. Lower it with every saving.
 */
export const TOTAL_CEILING = 128.25 * KB;

export type JourneyKey = 'load' | 'launcher' | 'form' | 'case' | 'docs';

export interface Journey {
  key: JourneyKey;
  name: string;
  /** Gzip bytes allowed in English. */
  budget: number;
  /** Bytes another language may add on top of `budget`. */
  extra: number;
  /**
   * Only for a budget not met: what fails the run instead, a regression guard just above the
   * figure measured (README "Performance" says why the budget is not met). None today.
   */
  ceiling?: { en: number; other: number };
}

/** What a person does, and what it may cost (issue 16: size per journey and per language). */
export const JOURNEYS: readonly Journey[] = Object.freeze([
  { key: 'load', name: 'before any interaction', budget: 7.5 * KB, extra: 0 },
  { key: 'launcher', name: 'launcher open', budget: 40 * KB, extra: 4 * KB },
  // extra: 6.25 KB since diagnostics (2026-12-06): the form's stub that loads "Include
  // diagnostics" and the error a host reports, +0.24 KB; Polish was 0.16 KB under after the
  // screenshot button.
  { key: 'form', name: 'case form shown', budget: 66 * KB, extra: 6.25 * KB },
  { key: 'case', name: 'My Cases, then a case', budget: 62 * KB, extra: 6 * KB },
  { key: 'docs', name: 'documentation', budget: 52 * KB, extra: 5 * KB },
]);

/** Every file of the build a person can load, in the language whose files weigh most. */
export const TOTAL_BUDGET = 100 * KB;

/** Every language the SDK ships, English (the source) first. */
export const LANGUAGES: readonly string[] = [
  sourceLocale,
  ...allLocales.filter((l) => l !== sourceLocale),
];

/** The budget of `journey` in `language`. */
export const budgetOf = (journey: Journey, language: string) =>
  journey.budget + (language === sourceLocale ? 0 : journey.extra);

/** What fails the run for `journey` in `language`: its budget, or its ceiling while not met. */
export const limitOf = (journey: Journey, language: string) =>
  journey.ceiling === undefined
    ? budgetOf(journey, language)
    : journey.ceiling[language === sourceLocale ? 'en' : 'other'];

/** `n` bytes as "1.23 KB". */
export const kb = (n: number) => `${(n / KB).toFixed(2)} KB`;

export interface SizeRow {
  /** As printed: relative to the repository when inside it (e.g. `dist-size/chunks/x.js`). */
  path: string;
  /** Inside the output directory, with forward slashes (e.g. `chunks/launcher-abc.js`). */
  file: string;
  raw: number;
  gzip: number;
  /** The entry or one of its static imports: what any page loads with the script tag. */
  eager: boolean;
  /** For a chunk holding only translations: their language. */
  language?: string;
}

export interface JourneyResult {
  journey: Journey;
  language: string;
  /** Files the browser fetched from the build (inside the output directory). */
  files: string[];
  gzip: number;
  budget: number;
  /** What fails the run: the budget, or the ceiling of a budget not met yet. */
  limit: number;
}

export interface SizeResult {
  /** Absolute path of the build (removed unless `keep`). */
  outDir: string;
  rows: SizeRow[];
  /** Gzip bytes of the entry and its static imports. */
  eagerGzip: number;
  /** Every file but the translations, plus the heaviest language's translations. */
  totalGzip: number;
  /** One per journey and language, in the order of JOURNEYS then LANGUAGES. */
  journeys: JourneyResult[];
  /** Budget violations, empty when within budget. */
  over: string[];
}

const gz = (buffer: Buffer) => gzipSync(buffer, { level: 9 }).length;

interface BuiltChunk {
  modules: string[];
  imports: string[];
}

/** The CDN build into `dir`, with what each chunk holds and imports statically. */
async function buildCdn(dir: string): Promise<Map<string, BuiltChunk>> {
  const graph = new Map<string, BuiltChunk>();
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: true,
      sourcemap: false,
      rolldownOptions: {
        plugins: [
          {
            name: 'eq-support:chunk-graph',
            generateBundle(_, bundle) {
              for (const chunk of Object.values(bundle)) {
                if (chunk.type !== 'chunk') continue;
                graph.set(chunk.fileName, {
                  modules: Object.keys(chunk.modules).map((id) => id.split('\\').join('/')),
                  imports: chunk.imports,
                });
              }
            },
          },
        ],
      },
    },
  });
  return graph;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

// Driving the page ------------------------------------------------------------------------------

/** The launcher's three actions, in their order: Create a Case, See My Cases, Read Documentation. */
const action = (page: Page, index: number) =>
  page.locator('eq-support-launcher [part="action"]').nth(index);

/** Each step leaves the page showing what the journey is about (CSS locators pierce shadow roots). */
const STEPS: Record<JourneyKey, (page: Page) => Promise<void>> = {
  async load(page) {
    await page.locator('eq-support-button [part="button"]').waitFor();
  },
  async launcher(page) {
    await page.locator('eq-support-button [part="button"]').click();
    await action(page, 2).waitFor();
  },
  async form(page) {
    await action(page, 0).click();
    const subject = page.locator('eq-case-form #subject');
    await subject.waitFor();
    if (!(await subject.isEnabled())) throw new Error('size: the case form did not become usable');
  },
  async case(page) {
    await action(page, 1).click();
    await page.locator('eq-case-list [part="row"]').first().click();
    await page.locator('eq-case-view [part="header"]').waitFor();
  },
  async docs(page) {
    await action(page, 2).click();
    await page.locator('eq-documentation [part="item"]').first().waitFor();
  },
};

/** Pages to drive: each a sequence of steps, each step after the one before, in one page. */
const SEQUENCES: readonly JourneyKey[][] = [
  ['load', 'launcher', 'form'],
  ['load', 'launcher', 'case'],
  ['load', 'launcher', 'docs'],
];

/** Resolves once no request of the page has been in flight for `quietMs`. */
function networkQuiet(page: Page) {
  let inFlight = 0;
  let last = performance.now();
  page.on('request', () => {
    inFlight++;
    last = performance.now();
  });
  const done = () => {
    inFlight--;
    last = performance.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async (quietMs = 250) => {
    while (inFlight > 0 || performance.now() - last < quietMs) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
}

/** Runs one sequence in a fresh context; returns the build's files fetched after each step. */
async function runSequence(
  browser: Browser,
  url: string,
  language: string,
  steps: readonly JourneyKey[],
): Promise<Map<JourneyKey, string[]>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.addInitScript({ content: NAME_SHIM });
    const fetched = new Set<string>();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/cdn/')) fetched.add(path.slice('/cdn/'.length));
    });
    const quiet = networkQuiet(page);
    // The badge count is fetched once the page is idle: part of what the page does at load.
    const badge = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/cases');
    await page.goto(new URL(`blank-${language}.html`, url).href, { waitUntil: 'load' });
    const snapshots = new Map<JourneyKey, string[]>();
    for (const step of steps) {
      await STEPS[step](page);
      if (step === 'load') {
        await badge;
        const label = await page.locator('eq-support-button [part="button"]').innerText();
        if (language !== sourceLocale && label.includes('Contact Support')) {
          throw new Error(`size: the button is still in English on the ${language} page`);
        }
      }
      await quiet();
      snapshots.set(step, [...fetched].sort());
    }
    return snapshots;
  } finally {
    await context.close();
  }
}

/** Every journey in every language: the build's files each one fetched. */
async function driveJourneys(
  browser: Browser,
  url: string,
): Promise<Map<string, Map<JourneyKey, string[]>>> {
  const jobs = LANGUAGES.flatMap((language) => SEQUENCES.map((steps) => ({ language, steps })));
  const byLanguage = new Map<string, Map<JourneyKey, string[]>>(
    LANGUAGES.map((l) => [l, new Map()]),
  );
  // Two pages at a time: the machine has two cores, and the figures do not depend on timing.
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const { language, steps } = jobs[next++]!;
      const snapshots = await runSequence(browser, url, language, steps);
      const into = byLanguage.get(language)!;
      for (const [step, files] of snapshots) {
        const seen = into.get(step);
        // The load and the launcher are measured by every sequence; they must agree.
        if (seen && seen.join() !== files.join()) {
          throw new Error(
            `size: "${step}" in ${language} fetched different files in two runs:\n` +
              `  ${seen.join(', ')}\n  ${files.join(', ')}`,
          );
        }
        into.set(step, files);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return byLanguage;
}

// The whole measurement -------------------------------------------------------------------------

/**
 * Builds the CDN bundle into `outDir` (relative to the repository, or absolute), measures every
 * journey in every language in Chromium (`browser`, or one launched here) and checks the budgets.
 * Removes `outDir` afterwards unless `keep` is set.
 */
export async function measureSizes({
  outDir = 'dist-size',
  keep = false,
  browser,
}: { outDir?: string; keep?: boolean; browser?: Browser } = {}): Promise<SizeResult> {
  const dir = isAbsolute(outDir) ? outDir : join(root, outDir);
  await rm(dir, { recursive: true, force: true });
  try {
    const graph = await buildCdn(dir);

    // Per file: sizes, language (a chunk of translations only), eager (the entry's static imports).
    const eager = new Set<string>();
    const follow = (file: string) => {
      if (eager.has(file)) return;
      eager.add(file);
      for (const imported of graph.get(file)?.imports ?? []) follow(imported);
    };
    follow('eq-support.js');
    const languageOf = (file: string) => {
      const modules = graph.get(file)?.modules ?? [];
      const languages = new Set(
        modules.map(
          (id) => /\/src\/locales\/(?:[\w-]+\/)*?([a-z]{2}(?:-[A-Z]{2})?)\b/.exec(id)?.[1],
        ),
      );
      const [only] = languages;
      return languages.size === 1 && only ? only : undefined;
    };
    const shown = (file: string) => {
      const rel = relative(root, join(dir, file));
      return rel.startsWith('..') || isAbsolute(rel) ? join(dir, file) : rel;
    };
    const rows: SizeRow[] = [];
    for (const file of await listFiles(dir)) {
      const code = await readFile(join(dir, file));
      const language = languageOf(file);
      rows.push({
        path: shown(file),
        file,
        raw: code.length,
        gzip: gz(code),
        eager: eager.has(file),
        ...(language ? { language } : {}),
      });
    }
    rows.sort(
      (a, b) =>
        Number(b.eager) - Number(a.eager) ||
        (a.language ?? '').localeCompare(b.language ?? '') ||
        b.gzip - a.gzip,
    );
    const gzipOf = new Map(rows.map((r) => [r.file, r.gzip]));
    const sum = (files: Iterable<string>) => [...files].reduce((n, f) => n + gzipOf.get(f)!, 0);

    const code = rows.filter((r) => !r.language).map((r) => r.file);
    const perLanguage = LANGUAGES.map((l) =>
      sum(rows.filter((r) => r.language === l).map((r) => r.file)),
    );
    const totalGzip = sum(code) + Math.max(0, ...perLanguage);
    const eagerGzip = sum(eager);

    // The OpenAPI document is generated from the contract for the package, never shipped to pages.
    const leaked = [...graph]
      .filter(([, chunk]) => chunk.modules.some((id) => id.endsWith('/src/api/openapi.ts')))
      .map(([file]) => file);

    // The journeys, in the browser.
    const server = await startBenchServer({
      dirs: { '/cdn/': dir },
      pages: Object.fromEntries(LANGUAGES.map((l) => [`/blank-${l}.html`, blankHostPage(true, l)])),
    });
    const ownBrowser = browser ? undefined : await launchChromium();
    let fetched: Map<string, Map<JourneyKey, string[]>>;
    try {
      fetched = await driveJourneys(browser ?? ownBrowser!, server.url);
    } finally {
      await ownBrowser?.close();
      await server.close();
    }
    const journeys: JourneyResult[] = JOURNEYS.flatMap((journey) =>
      LANGUAGES.map((language) => {
        const files = fetched.get(language)!.get(journey.key)!;
        const unknown = files.filter((f) => !gzipOf.has(f));
        if (unknown.length)
          throw new Error(`size: fetched files not in the build: ${unknown.join(', ')}`);
        return {
          journey,
          language,
          files,
          gzip: sum(files),
          budget: budgetOf(journey, language),
          limit: limitOf(journey, language),
        };
      }),
    );

    const over = [
      ...journeys
        .filter((j) => j.gzip > j.limit)
        .map((j) => `${j.journey.name} (${j.language}) ${kb(j.gzip)} > ${kb(j.limit)}`),
      ...(totalGzip > TOTAL_CEILING ? [`total ${kb(totalGzip)} > ${kb(TOTAL_CEILING)}`] : []),
      ...leaked.map((f) => `src/api/openapi.ts is in ${f}`),
    ];
    return { outDir: dir, rows, eagerGzip, totalGzip, journeys, over };
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}
