/**
 * `npm run bench`: the SDK's speed figures in one table, also written to .bench/results.json.
 * Prints figures only; nothing here passes or fails on a time.
 *
 *  1. size       what each journey fetches from the CDN build, per language, in Chromium
 *                (scripts/size-lib.ts, as `npm run size`)
 *  2. cold open  click → dialog, "Create a Case" → Subject focusable, on a production build of the
 *                demo page, fresh browser context each run, 4× CPU throttling (cold-open.ts)
 *  3. page load  long tasks, bytes and requests of a blank page with only the button (page-load.ts)
 *  4. search     article search per keystroke at 500 / 2,000 / 10,000 articles (article-search.ts)
 *  5. case list  first render and DOM rows of <eq-case-list> at 10,000 cases (case-list.ts)
 *  6. peer       Sentry's User Feedback widget, bundled and served the same way: bytes before
 *                interaction, long tasks at load, click → form interactive (peer.ts), printed
 *                side by side with the same figures of eq-support
 *
 * Everything is built into a temporary directory and served from one Node server on 127.0.0.1
 * (server.ts: static files gzip-compressed, the reference API under /api).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../test/e2e/harness.js';
import { JOURNEYS, TOTAL_BUDGET, kb, measureSizes, type SizeResult } from '../size-lib.js';
import { inChromium, inNode } from './article-search.js';
import { readFile } from 'node:fs/promises';
import { buildCaseListPage, buildDemo, buildPeerPage, root } from '../page-builds.js';
import { benchPeer, type PeerResult } from './peer.js';
import type { FirstRender } from './case-list-page/main.js';
import { benchCaseList, type CaseListResult } from './case-list.js';
import { HOVER_MS, benchColdOpen, type ColdOpenResult } from './cold-open.js';
import { IDLE_MS, benchPageLoad, blankHostPage, type PageLoadRun } from './page-load.js';
import type { BenchRow } from './search-workload.js';
import { startBenchServer } from './server.js';

const CPU_RATE = 4;
const peerVersion = (
  JSON.parse(await readFile(join(root, 'node_modules/@sentry/browser/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const PEER_LABEL = `Sentry User Feedback (@sentry/browser ${peerVersion})`;
const COLD_RUNS = 5;
const CASES = 10_000;

interface Row {
  name: string;
  value: string;
  unit: string;
  notes: string;
}

const started = performance.now();
/** Other work on the machine skews every time below: the 1-minute load average is reported. */
const loadAtStart = loadavg()[0]!;
const progress = (message: string) =>
  process.stderr.write(
    `bench: ${message} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
  );

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (n: number) => n.toFixed(0);
const ms2 = (n: number) => n.toFixed(2);
const count = (n: number) => n.toLocaleString('en');

const work = await mkdtemp(join(tmpdir(), 'eq-bench-'));
let browser: Browser | undefined;
let browserError = '';
let sizes: SizeResult;
let coldOpen: ColdOpenResult | undefined;
let pageLoad: PageLoadRun[] | undefined;
let caseList: CaseListResult | undefined;
let peer: PeerResult | undefined;
let search: { node: BenchRow[]; chromium: { rows: BenchRow[]; version: string } | string };
let chromiumVersion = '';

try {
  progress('building the CDN bundle, the demo page and the case-list page');
  sizes = await measureSizes({ outDir: join(work, 'cdn'), keep: true });
  await buildDemo(join(work, 'demo'));
  await buildCaseListPage(join(work, 'case-list'));
  await buildPeerPage(join(work, 'peer'));
  const server = await startBenchServer({
    dirs: {
      '/cdn/': join(work, 'cdn'),
      '/case-list/': join(work, 'case-list'),
      '/peer/': join(work, 'peer'),
      '/': join(work, 'demo'),
    },
    pages: { '/blank.html': blankHostPage(true), '/baseline.html': blankHostPage(false) },
  });
  try {
    try {
      browser = await launchChromium();
      chromiumVersion = browser.version();
    } catch (error) {
      browserError = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    }
    if (browser) {
      progress(`cold open: ${COLD_RUNS} runs + 1 warm-up at ${CPU_RATE}× CPU`);
      coldOpen = await benchColdOpen(browser, server.url, { runs: COLD_RUNS, cpuRate: CPU_RATE });
      progress('page load of a blank host page with the button');
      pageLoad = await benchPageLoad(browser, server.url, sizes.rows, { cpuRate: CPU_RATE });
      progress(`peer: ${PEER_LABEL}`);
      peer = await benchPeer(browser, new URL('peer/index.html', server.url).href, {
        version: peerVersion,
        cpuRate: CPU_RATE,
        runs: COLD_RUNS,
      });
      progress(`case list at ${count(CASES)} cases`);
      caseList = await benchCaseList(browser, new URL('case-list/', server.url).href, {
        total: CASES,
        cpuRate: CPU_RATE,
      });
      await browser.close();
      browser = undefined;
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  progress('article search (Node, then Chromium)');
  search = { node: await inNode(), chromium: await inChromium() };
} finally {
  await rm(work, { recursive: true, force: true });
}

// The table -------------------------------------------------------------------------------------

const rows: Row[] = [
  ...JOURNEYS.map((journey) => {
    const runs = sizes.journeys.filter((j) => j.journey === journey);
    const en = runs.find((j) => j.language === 'en')!;
    const heaviest = runs
      .filter((j) => j.language !== 'en')
      .reduce((a, b) => (b.gzip > a.gzip ? b : a));
    return {
      name: `CDN build: ${journey.name}`,
      value: `${kb(en.gzip).replace(' KB', '')} / ${kb(heaviest.gzip).replace(' KB', '')}`,
      unit: 'KB gzip en / other',
      notes:
        `scripts fetched in Chromium, ${en.files.length} files in English; heaviest other language ` +
        `${heaviest.language}; budget ${kb(en.budget)} (+${kb(journey.extra)})`,
    };
  }),
  {
    name: 'CDN build: total',
    value: kb(sizes.totalGzip).replace(' KB', ''),
    unit: 'KB gzip',
    notes: `every file, the heaviest language's translations; budget ${kb(TOTAL_BUDGET)}`,
  },
];

const skipped = (name: string) =>
  rows.push({ name, value: '—', unit: '', notes: `skipped: ${browserError}` });

if (coldOpen) {
  const runs = coldOpen.runs;
  const pick = (key: 'openMs' | 'formMs' | 'clickToFormMs' | 'wallMs') => runs.map((r) => r[key]);
  const figure = (values: number[]) => `${ms(median(values))} / ${ms(Math.min(...values))}`;
  const lazy = new Set(runs.flatMap((r) => r.lazyBeforeClick));
  rows.push(
    {
      name: `Click → dialog open (cold, ${CPU_RATE}× CPU)`,
      value: figure(pick('openMs')),
      unit: 'ms median / min',
      notes: `${runs.length} fresh contexts; demo production build; launcher loads on click`,
    },
    {
      name: `Create a Case → Subject focusable (${CPU_RATE}× CPU)`,
      value: figure(pick('formMs')),
      unit: 'ms median / min',
      notes: `the form's chunks start loading as the pointer rests on it (${HOVER_MS} ms)`,
    },
    {
      name: 'Form ÷ dialog (the two times above)',
      value: (median(pick('formMs')) / median(pick('openMs'))).toFixed(2),
      unit: 'ratio of medians',
      notes: 'the form should take no longer than the dialog (≤ 1.00)',
    },
    {
      name: `Click → interactive form (cold, ${CPU_RATE}× CPU)`,
      value: figure(pick('clickToFormMs')),
      unit: 'ms median / min',
      notes:
        `sum of the two above; wall time incl. the script's clicking: ${ms(median(pick('wallMs')))} ms median; ` +
        `lazy chunks before the click: ${lazy.size === 0 ? 'none' : [...lazy].join(', ')}`,
    },
  );
} else {
  skipped('Click → interactive form');
}

if (pageLoad) {
  const runsOf = (rate: number, withButton: boolean) =>
    pageLoad.filter((r) => r.cpuRate === rate && r.withButton === withButton);
  for (const rate of [1, CPU_RATE]) {
    const runs = runsOf(rate, true);
    const base = runsOf(rate, false);
    const med = (list: PageLoadRun[], key: 'longTaskCount' | 'longTaskTotalMs' | 'taskMs') =>
      median(list.map((r) => r[key]));
    rows.push({
      name: `Long tasks at load + ${IDLE_MS / 1000} s idle${rate === 1 ? '' : ` (${rate}× CPU)`}`,
      value: `${med(runs, 'longTaskCount')} / ${ms(med(runs, 'longTaskTotalMs'))}`,
      unit: 'count / ms median',
      notes:
        `blank page + button, ${runs.length} runs: ${runs.map((r) => `${r.longTaskCount}/${ms(r.longTaskTotalMs)}`).join(', ')}; ` +
        `main thread busy ${ms(med(runs, 'taskMs'))} ms; ` +
        `page without the script: ${med(base, 'longTaskCount')} / ${ms(med(base, 'longTaskTotalMs'))}, busy ${ms(med(base, 'taskMs'))} ms`,
    });
  }
  const run = runsOf(1, true)[0]!;
  const lazy = [...new Set(pageLoad.filter((r) => r.withButton).flatMap((r) => r.lazyRequested))];
  rows.push(
    {
      name: 'Eager bytes before interaction',
      value: kb(run.scriptBytes).replace(' KB', ''),
      unit: 'KB transferred',
      notes:
        `${run.scripts.length} scripts (gzip bodies, network log); whole page with HTML, ` +
        `headers and ${run.apiRequests.length} API call${run.apiRequests.length === 1 ? '' : 's'}: ${kb(run.transferredBytes)}`,
    },
    {
      name: 'Lazy chunks before interaction',
      value: String(lazy.length),
      unit: 'requests',
      notes:
        lazy.length === 0
          ? 'no launcher, form, list or documentation chunk requested (both CPU rates)'
          : `requested: ${lazy.join(', ')}`,
    },
  );
} else {
  skipped('Page load of the button');
}

const chromiumSearch = typeof search.chromium === 'string' ? undefined : search.chromium;
for (const [i, node] of search.node.entries()) {
  const inBrowser = chromiumSearch?.rows[i];
  const shown = inBrowser ?? node;
  rows.push({
    name: `Article search per keystroke, ${count(node.articles)} articles`,
    value: `${ms2(shown.medianMs)} / ${ms2(shown.p95Ms)}`,
    unit: 'ms median / p95',
    notes:
      `${inBrowser ? 'Chromium' : 'Node'}, ${shown.keystrokes} keystrokes, index build ${ms(shown.buildMs)} ms, max ${ms2(shown.maxMs)} ms` +
      (inBrowser ? `; Node: ${ms2(node.medianMs)} / ${ms2(node.p95Ms)}` : ''),
  });
}

if (caseList) {
  const { unthrottled, throttled } = caseList;
  const first = (firsts: FirstRender[]) => {
    const frames = firsts.map((f) => f.firstFrameMs);
    return {
      value: ms(median(frames)),
      notes:
        `${firsts.length} fresh pages, min ${ms(Math.min(...frames))} ms; of which ` +
        `in-browser backend ${ms(median(firsts.map((f) => f.backendMs)))} ms median`,
    };
  };
  const plain = first(unthrottled.firsts);
  const slow = first(throttled.firsts);
  rows.push(
    {
      name: `Case list first render, ${count(caseList.cases)} cases`,
      value: plain.value,
      unit: 'ms median',
      notes: `creation → first frame with rows (${unthrottled.firsts[0]!.rows} rows); ${plain.notes}`,
    },
    {
      name: `Case list first render (${throttled.cpuRate}× CPU)`,
      value: slow.value,
      unit: 'ms median',
      notes: slow.notes,
    },
    {
      name: `Case list rows in the DOM, ${count(unthrottled.all.cases)} loaded`,
      value: `${unthrottled.all.rowsTop} / ${unthrottled.all.rowsMiddle}`,
      unit: 'elements top / middle',
      notes:
        `after loading all pages (${unthrottled.all.requests} requests, ${ms(unthrottled.all.loadAllMs)} ms); ` +
        `middle: first row #${count(unthrottled.all.middlePosition)}`,
    },
  );
} else {
  skipped('Case list at 10,000 cases');
}

function formatTable(
  list: readonly Row[],
  header: Row = { name: 'name', value: 'value', unit: 'unit', notes: 'notes' },
): string {
  const keys = ['name', 'value', 'unit', 'notes'] as const;
  const widths = keys.map((k) => Math.max(...[header, ...list].map((r) => r[k].length)));
  const line = (r: Row) =>
    `| ${keys.map((k, i) => (k === 'value' ? r[k].padStart(widths[i]!) : r[k].padEnd(widths[i]!))).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...list.map(line),
  ].join('\n');
}

const environment = {
  date: new Date().toISOString(),
  node: process.version,
  chromium: chromiumVersion || browserError,
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  loadAverage: { start: loadAtStart, end: loadavg()[0]! },
};
console.log(
  `\neq-support bench — ${environment.date}; Node ${environment.node}; Chromium ${chromiumVersion || 'skipped'}; ${environment.cpus}; load average ${loadAtStart.toFixed(1)} → ${environment.loadAverage.end.toFixed(1)}\n`,
);
console.log(formatTable(rows));

/** eq-support and the peer, the same three figures from the same run. */
const sideBySide: Row[] = [];
if (peer && pageLoad && coldOpen) {
  const ours = (rate: number) => pageLoad.filter((r) => r.withButton && r.cpuRate === rate);
  const theirs = (rate: number) => peer.loads.filter((r) => r.cpuRate === rate);
  const tasks = (runs: PageLoadRun[]) =>
    `${median(runs.map((r) => r.longTaskCount))} / ${ms(median(runs.map((r) => r.longTaskTotalMs)))}`;
  const ourClicks = coldOpen.runs.map((r) => r.clickToFormMs);
  sideBySide.push(
    {
      name: 'Bytes before interaction (KB gzip)',
      value: kb(ours(1)[0]!.scriptBytes).replace(' KB', ''),
      unit: kb(peer.loads[0]!.scriptBytes).replace(' KB', ''),
      notes: `scripts fetched by a blank page with only the widget: ${ours(1)[0]!.scripts.length} / ${peer.loads[0]!.scripts.length} files`,
    },
    {
      name: 'Long tasks at load + 3 s idle (count / ms)',
      value: tasks(ours(1)),
      unit: tasks(theirs(1)),
      notes: `median of ${theirs(1).length} runs each, no throttling`,
    },
    {
      name: `Long tasks at load + 3 s idle, ${CPU_RATE}× CPU`,
      value: tasks(ours(CPU_RATE)),
      unit: tasks(theirs(CPU_RATE)),
      notes: `median of ${theirs(CPU_RATE).length} runs each`,
    },
    {
      name: `Click → form interactive, ${CPU_RATE}× CPU (ms)`,
      value: `${ms(median(ourClicks))}`,
      unit: `${ms(median(peer.clickToFormMs))}`,
      notes:
        `median of ${ourClicks.length} cold runs each; eq-support: Contact Support → launcher, then ` +
        `Create a Case → Subject (two clicks); peer: Report a Bug → message field (one click)`,
    },
  );
  const header = { name: 'figure', value: 'eq-support', unit: PEER_LABEL, notes: 'notes' };
  console.log(`\nSide by side with the peer (same run, same server, same browser):\n`);
  console.log(formatTable(sideBySide, header));
} else if (!peer) {
  console.log(`\nPeer (${PEER_LABEL}): skipped${browserError ? `: ${browserError}` : ''}`);
}
console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);

await mkdir(join(root, '.bench'), { recursive: true });
await writeFile(
  join(root, '.bench/results.json'),
  `${JSON.stringify(
    {
      environment,
      rows,
      details: {
        sizes: {
          eagerGzip: sizes.eagerGzip,
          totalGzip: sizes.totalGzip,
          journeys: sizes.journeys.map(({ journey, language, files, gzip, budget }) => ({
            journey: journey.name,
            language,
            files,
            gzip,
            budget,
          })),
          files: sizes.rows.map(({ file, raw, gzip, eager }) => ({ file, raw, gzip, eager })),
        },
        coldOpen,
        pageLoad,
        search,
        caseList,
        peer,
      },
      sideBySide,
    },
    null,
    2,
  )}\n`,
);
console.log('Written to .bench/results.json');
