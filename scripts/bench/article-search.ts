/**
 * `npm run bench:search`: time per keystroke of the article search that `<eq-article-suggest>`
 * and `<eq-documentation>` run, over 500, 2,000 and 10,000 synthetic articles.
 *
 * Runs the workload (search-workload.ts) in Node, then in headless Chromium — the elements' real
 * environment — through playwright-core and the system Chromium (skipped with a note when none is
 * installed, or with `--node-only`). Prints one table per environment: index build time, then
 * median, p95 and worst time per keystroke.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { SIZES, benchmark, formatTable, warmUp, type BenchRow } from './search-workload.js';

/** The workload in headless Chromium: its rows and the browser version, or why it was skipped. */
export async function inChromium(): Promise<{ rows: BenchRow[]; version: string } | string> {
  let executablePath: string;
  try {
    executablePath = findChromium();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  // esbuild comes with Vite, Storybook and the test runner's TypeScript plugin.
  const bundle = await build({
    entryPoints: [new URL('./search-workload.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'searchWorkload',
    target: 'es2022',
    minify: false,
  });
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS],
    headless: true,
  });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    await page.evaluate(() =>
      (
        globalThis as unknown as { searchWorkload: { warmUp: typeof warmUp } }
      ).searchWorkload.warmUp(),
    );
    const rows: BenchRow[] = [];
    for (const size of SIZES) {
      rows.push(
        await page.evaluate(
          (count) =>
            (
              globalThis as unknown as { searchWorkload: { benchmark: typeof benchmark } }
            ).searchWorkload.benchmark(count),
          size,
        ),
      );
    }
    return { rows, version: browser.version() };
  } finally {
    await browser.close();
  }
}

/** The workload in Node, after a warm-up (what `npm run bench` reuses). */
export async function inNode(): Promise<BenchRow[]> {
  await warmUp();
  return SIZES.map((size) => benchmark(size));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatTable(await inNode(), `Node ${process.version}`));
  if (!process.argv.includes('--node-only')) {
    const chromiumResult = await inChromium();
    console.log('');
    if (typeof chromiumResult === 'string') console.log(`Chromium skipped: ${chromiumResult}`);
    else console.log(formatTable(chromiumResult.rows, `Chromium ${chromiumResult.version}`));
  }
}
