/**
 * `npm run size`, part of `npm test`: what each journey makes the browser fetch from the CDN build,
 * in every language, against its budget (scripts/size-lib.ts measures; `npm run bench` reports
 * the same figures). Exits 1 when a journey or the total is over budget, or, for a budget not met
 * yet, over its ceiling.
 */
import { JOURNEYS, LANGUAGES, TOTAL_BUDGET, TOTAL_CEILING, kb, measureSizes } from './size-lib.js';

const started = performance.now();
const { rows, totalGzip, journeys, over } = await measureSizes({ outDir: 'dist-size' });

const width = Math.max(...rows.map((r) => r.path.length));
console.log('\nFiles of the CDN build (gzip -9):');
for (const r of rows) {
  const kind = r.eager ? 'eager' : (r.language?.padEnd(5) ?? 'lazy ');
  console.log(
    `  ${kind}  ${r.path.padEnd(width)}  ${kb(r.raw).padStart(9)}  gzip ${kb(r.gzip).padStart(8)}`,
  );
}

const margin = (gzip: number, budget: number) =>
  `${gzip > budget ? '−' : '+'}${kb(Math.abs(budget - gzip))}`;
const status = (gzip: number, budget: number, limit: number) =>
  gzip <= budget ? 'met' : gzip <= limit ? `NOT MET (ceiling ${kb(limit)})` : 'OVER';
const english = new Map(journeys.filter((j) => j.language === 'en').map((j) => [j.journey, j]));
const table = [
  ['journey', 'language', 'fetched', 'vs en', 'files', 'budget', 'margin', ''],
  ...journeys.map((j) => [
    j.journey.name,
    j.language,
    kb(j.gzip),
    j.language === 'en' ? '' : `+${kb(j.gzip - english.get(j.journey)!.gzip)}`,
    String(j.files.length),
    kb(j.budget),
    margin(j.gzip, j.budget),
    status(j.gzip, j.budget, j.limit),
  ]),
  [
    'total: every file, heaviest language',
    '',
    kb(totalGzip),
    '',
    String(rows.length),
    kb(TOTAL_BUDGET),
    margin(totalGzip, TOTAL_BUDGET),
    status(totalGzip, TOTAL_BUDGET, TOTAL_CEILING),
  ],
];
const numeric = new Set([2, 3, 4, 5, 6]);
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
const line = (row: string[]) =>
  `| ${row.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(' | ')} |`;
console.log(
  `\nWhat Chromium fetches from the CDN build per journey (${JOURNEYS.length}) and language ` +
    `(${LANGUAGES.join(', ')}), gzip -9:\n`,
);
console.log(line(table[0]!));
console.log(
  `|${widths.map((w, i) => (numeric.has(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
);
for (const row of table.slice(1)) console.log(line(row));
console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);

if (over.length > 0) {
  console.error(`\nsize: over budget:\n  ${over.join('\n  ')}`);
  process.exit(1);
}
const unmet = journeys.filter((j) => j.gzip > j.budget).length + Number(totalGzip > TOTAL_BUDGET);
console.log(
  unmet === 0
    ? 'size: within budget'
    : `size: within the ceilings; ${unmet} budget${unmet === 1 ? '' : 's'} not met yet (README "Performance")`,
);
