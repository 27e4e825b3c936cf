/**
 * The case-list bench page (built by scripts/bench/builds.ts, driven by scripts/bench/case-list.ts):
 * `<eq-case-list>` from a production build, against the in-browser reference backend holding
 * 10,000 cases of demo-user-1. Exposes `window.caseListBench`; every figure is measured in the page
 * with performance.now().
 */
import type { SupportBackend } from '../../../src/api/backend.js';
import type { Case, CaseStatus, Priority } from '../../../src/api/schemas.js';
import type { EqCaseList } from '../../../src/components/case-list/case-list.js';
import { createInBrowserBackend, type InBrowserBackend } from '../../../demo/server/in-browser.js';
import '../../../src/components/case-list/case-list.js';

export interface FirstRender {
  /** Element creation → the first animation frame that finds rows in the DOM. */
  firstFrameMs: number;
  /** Element creation → the first row inserted into the DOM (MutationObserver). */
  firstRowMs: number;
  /** Time spent awaiting the backend's `listCases` meanwhile (in-browser app, same thread). */
  backendMs: number;
  rows: number;
  loaded: number;
}

export interface AllLoaded {
  /** Time to load every page (100 cases a request) after the first one. */
  loadAllMs: number;
  requests: number;
  cases: number;
  /** Row elements in the DOM with every case loaded, at the top and in the middle of the list. */
  rowsTop: number;
  rowsMiddle: number;
  /** aria-posinset of the first row in the DOM after scrolling to the middle. */
  middlePosition: number;
}

export interface CaseListBench {
  /** Creates the backend and adds cases until demo-user-1 sees `total`. */
  setup(total: number): Promise<{ seeded: number; inserted: number; ms: number }>;
  firstRender(): Promise<FirstRender>;
  loadAll(): Promise<AllLoaded>;
}

declare global {
  interface Window {
    caseListBench: CaseListBench;
  }
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let ref: InBrowserBackend | undefined;
let list: EqCaseList | undefined;
let listCalls = 0;

async function addCases(backend: InBrowserBackend, count: number): Promise<void> {
  const base = Date.parse('2026-01-01T00:00:00Z');
  const priorities: Priority[] = ['low', 'medium', 'critical', 'blocker'];
  const statuses: CaseStatus[] = ['new', 'in_progress', 'waiting_for_customer', 'resolved'];
  for (let i = 0; i < count; i++) {
    const id = `bench-${i}`;
    const at = new Date(base - i * 60_000).toISOString();
    await backend.store.insertCase(
      { organizationId: 'org-acme', createdByUserId: 'user-1', watcherContactIds: [] },
      id,
      (number): Case => ({
        id,
        number,
        subject: `Bench case ${i}: report export ${i % 7 === 0 ? 'failed' : 'is late'}`,
        status: statuses[i % statuses.length]!,
        priority: priorities[i % priorities.length]!,
        typeId: 'reporting',
        categoryId: 'reporting-scheduled-reports',
        createdAt: at,
        updatedAt: at,
        description: `Bench case ${i}`,
        contact: { name: 'Camille Laurent', email: 'camille.laurent@acme.example' },
        collaborators: [],
        attachments: [],
        concerns: [],
        history: [{ id: `${id}-e1`, at, kind: 'status_change', from: null, to: 'new' }],
      }),
    );
  }
}

/** The demo-user-1 client, with the time spent in `listCases` added up. */
function timed(client: SupportBackend, spent: { ms: number }): SupportBackend {
  return new Proxy(client, {
    get(target, name: string) {
      const original = (target as unknown as Record<string, unknown>)[name];
      if (typeof original !== 'function') return original;
      return async (...args: unknown[]) => {
        const start = performance.now();
        if (name === 'listCases') listCalls += 1;
        try {
          return await (original as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          if (name === 'listCases') spent.ms += performance.now() - start;
        }
      };
    },
  });
}

const rowsOf = (el: EqCaseList) => el.shadowRoot?.querySelectorAll('[role=listitem]') ?? [];

window.caseListBench = {
  async setup(total) {
    const start = performance.now();
    ref = await createInBrowserBackend();
    const seeded = (await ref.client().listCases({ status: 'all', limit: 1 })).total;
    const inserted = Math.max(0, total - seeded);
    await addCases(ref, inserted);
    return { seeded, inserted, ms: performance.now() - start };
  },

  async firstRender() {
    if (!ref) throw new Error('setup() first');
    const spent = { ms: 0 };
    const backend = timed(ref.client(), spent);
    const stage = document.getElementById('stage')!;
    stage.replaceChildren();
    let firstRowAt = 0;
    const start = performance.now();
    const el = document.createElement('eq-case-list');
    el.backend = backend;
    stage.append(el);
    const observer = new MutationObserver(() => {
      if (!firstRowAt && rowsOf(el).length > 0) firstRowAt = performance.now();
    });
    if (el.shadowRoot) observer.observe(el.shadowRoot, { childList: true, subtree: true });
    // performance.now() after each frame, not the frame's own timestamp: that is when the frame
    // began, which can be before a long task that put the rows in.
    let at = start;
    while (rowsOf(el).length === 0) {
      await frame();
      at = performance.now();
      if (at - start > 60_000) throw new Error('no rows after 60 s');
    }
    observer.disconnect();
    list = el;
    return {
      firstFrameMs: at - start,
      firstRowMs: (firstRowAt || at) - start,
      backendMs: spent.ms,
      rows: rowsOf(el).length,
      loaded: el.cases.length,
    };
  },

  async loadAll() {
    const el = list;
    if (!el) throw new Error('firstRender() first');
    const start = performance.now();
    const before = listCalls;
    const shown = el.shadowRoot?.querySelector('[part=more]')?.textContent ?? '';
    const expected = Number(/of ([\d,]+) cases/.exec(shown)?.[1]?.replace(/,/g, '') ?? NaN);
    if (!Number.isFinite(expected)) throw new Error(`no case count in "${shown}"`);
    // The largest page (the element's default is 25): 100 requests for 10,000 cases.
    el.pageSize = 100;
    await el.updateComplete;
    while (el.cases.length < Math.min(100, expected)) {
      await sleep(5);
      if (performance.now() - start > 60_000) throw new Error('page-size 100 did not load');
    }
    while (el.cases.length < expected) {
      const count = el.cases.length;
      await el.loadMore();
      if (el.cases.length === count) await sleep(5); // a page already on its way
      if (performance.now() - start > 120_000) throw new Error('loading stalled');
    }
    const loadAllMs = performance.now() - start;
    await el.updateComplete;
    await frame();
    await frame();
    const rowsTop = rowsOf(el).length;
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = scroller.scrollHeight / 2;
    await frame();
    await sleep(100);
    await frame();
    const rows = rowsOf(el);
    return {
      loadAllMs,
      requests: listCalls - before,
      cases: el.cases.length,
      rowsTop,
      rowsMiddle: rows.length,
      middlePosition: Number(rows[0]?.getAttribute('aria-posinset') ?? 0),
    };
  },
};
