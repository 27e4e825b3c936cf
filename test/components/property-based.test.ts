/**
 * Property-based tests (fast-check) of the boundary between the elements and a backend.
 *
 * (a) Every method of `createHttpBackend`, answered by a fake `fetch` with arbitrary or damaged
 *     answers — real answers of the reference backend with fields deleted, retyped or added,
 *     any JSON, non-JSON bodies, deep nesting, huge numbers, wrong status codes, odd headers,
 *     network failures, bodies that break off, requests that never get an answer: the call
 *     resolves or rejects with a `SupportError` — never anything else, never an uncaught error,
 *     never a hang — and an intact answer always resolves.
 * (b) `<eq-case-list>`, `<eq-case-view>`, `<eq-documentation>` and `<eq-case-form>` over the
 *     in-browser reference backend whose JSON answers are corrupted at random paths: the element
 *     shows its content or an error message of `describeError`, throws nothing, renders nothing
 *     unsafe.
 *
 * Runs are reproducible: the seed is fixed (SEED below); a failure prints it with the path of the
 * failing run (pass both to `fc.assert` to replay it).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import type { TemplateResult } from 'lit';
import { BACKEND_METHODS, type SupportBackend } from '../../src/api/backend.js';
import {
  AbortedError,
  HttpError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  isSupportError,
} from '../../src/api/errors.js';
import { createHttpBackend } from '../../src/api/http-backend.js';
import { describeError } from '../../src/components/shared/error-message.js';
import { createInBrowserBackend, type InBrowserBackend } from '../../demo/server/in-browser.js';
import {
  payloadsHadTheirChance,
  uncaught,
  unsafeMarkup,
  watchUncaught,
  xssHits,
} from '../fixtures/hostile-dom.js';
import { queuedWorkDone } from '../fixtures/clock.js';
import { XSS_CORPUS } from '../fixtures/xss-corpus.js';
import '../../src/components/case-form/case-form.js';
import '../../src/components/case-list/case-list.js';
import '../../src/components/case-view/case-view.js';
import '../../src/components/documentation/documentation.js';

/** Seed of every property: change it to explore other runs. */
const SEED = 20_261_123;

type Method = (typeof BACKEND_METHODS)[number];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// ---------------------------------------------------------------------------------------------
// Damaging JSON
// ---------------------------------------------------------------------------------------------

type Segment = string | number;

/** Every node of `value` with its path, the root first. */
function nodesOf(value: unknown, path: Segment[] = [], out: [Segment[], unknown][] = []) {
  out.push([path, value]);
  if (Array.isArray(value)) value.forEach((item, i) => nodesOf(item, [...path, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) nodesOf(item, [...path, key], out);
  return out;
}

/** Sets an own, enumerable property — also `__proto__`, which plain assignment would not. */
function setOwn(target: object, key: Segment, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    configurable: true,
    writable: true,
  });
}

type Mutation =
  | { op: 'none' }
  | { op: 'delete'; at: number }
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'string'; at: number; value: string }
  | { op: 'add'; at: number; key: string; value: unknown }
  | { op: 'wrap'; at: number };

/** `body` with one mutation applied (a copy; `body` is left as it is). */
function mutate(body: unknown, mutation: Mutation): unknown {
  if (mutation.op === 'none') return body;
  const root = structuredClone(body);
  const nodes = nodesOf(root);
  const candidates =
    mutation.op === 'string'
      ? nodes.filter(([, v]) => typeof v === 'string')
      : mutation.op === 'add'
        ? nodes.filter(([, v]) => v !== null && typeof v === 'object')
        : mutation.op === 'delete'
          ? nodes.filter(([path]) => path.length > 0)
          : nodes;
  if (candidates.length === 0) return root;
  const [path, current] = candidates[mutation.at % candidates.length]!;
  const next = (() => {
    switch (mutation.op) {
      case 'replace':
        return mutation.value;
      case 'string':
        return mutation.value;
      case 'wrap':
        return [current];
      case 'add':
        if (Array.isArray(current)) current.push(mutation.value);
        else setOwn(current as object, mutation.key, mutation.value);
        return current;
      case 'delete':
        return undefined;
    }
  })();
  if (path.length === 0) return next;
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as never)[key], root);
  const key = path.at(-1)!;
  if (mutation.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Record<string, unknown>)[key];
  } else setOwn(parent as object, key, next);
  return root;
}

const corpusSample = XSS_CORPUS.filter((_, i) => i % 9 === 0).map((p) => p.payload);

/** Values that break schemas, or slip through them and test what renders them. */
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    2 ** 53 + 2,
    '',
    'null',
    [],
    {},
    [null],
    { a: { b: null } },
    { _$litType$: 1, strings: ['<img src=x onerror=__xss(0)>'], values: [] },
  ),
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({ maxDepth: 2 }),
);

/** Strings that keep a `z.string()` valid but test what shows it. */
const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    'javascript:__xss(0)',
    'data:text/html,<script>parent.__xss(0)</script>',
    'Not/A_Zone',
    '2026-13-45T99:99:99Z',
    '99999999',
    'x'.repeat(20_000),
    ...corpusSample,
  ),
);

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: nastyValue }),
  fc.record({ op: fc.constant('string' as const), at: fc.nat(), value: nastyString }),
  fc.record({
    op: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra'), fc.string()),
    value: nastyValue,
  }),
  fc.record({ op: fc.constant('wrap' as const), at: fc.nat() }),
);

/** A JSON text for `value` (`fc.anything()` may hold `undefined`, which has none). */
const jsonText = (value: unknown): string => JSON.stringify(value) ?? '';

/** Arrays cut to two items, so samples stay small. */
function trimmed(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice(0, 2).map(trimmed);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimmed(v)]));
  return value;
}

// ---------------------------------------------------------------------------------------------
// Uncaught errors
// ---------------------------------------------------------------------------------------------

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe('property-based: damaged answers', function () {
  this.timeout(60_000);

  watchUncaught();
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  // -------------------------------------------------------------------------------------------
  // (a) The HTTP client
  // -------------------------------------------------------------------------------------------

  describe('(a) createHttpBackend: every method answers or fails with a SupportError', () => {
    /** A resolved or closed Acme case without a survey answer yet (found in the seed). */
    let surveyCase = '';
    const file = () => new Blob(['date,impressions\n2026-11-01,1200\n'], { type: 'text/csv' });
    /** One call per method, with valid input (case ids of the demo seed). */
    const CALLS: Record<Method, (backend: SupportBackend) => Promise<unknown>> = {
      getMe: (b) => b.getMe(),
      updateSettings: (b) => b.updateSettings({ language: 'en' }),
      getTaxonomy: (b) => b.getTaxonomy(),
      listContacts: (b) => b.listContacts(),
      listArticles: (b) => b.listArticles({ q: 'deal' }),
      getArticle: (b) => b.getArticle('kb-api-rate-limits'),
      getServiceStatus: (b) => b.getServiceStatus(),
      listSupportCenters: (b) => b.listSupportCenters(),
      uploadAttachment: (b) => b.uploadAttachment(file(), 'report.csv'),
      createCase: (b) =>
        b.createCase(
          {
            priority: 'medium',
            subject: 'Deal 12333 — no delivery',
            description: 'Delivery stopped.',
            typeId: 'programmatic',
            categoryId: 'programmatic-deals',
          },
          { idempotencyKey: crypto.randomUUID() },
        ),
      listCases: (b) => b.listCases({ status: 'all', limit: 2 }),
      getCase: (b) => b.getCase('case-00010014'),
      addMessage: (b) => b.addMessage('case-00010014', { body: 'Bids are back.' }),
      addCaseAttachment: (b) => b.addCaseAttachment('case-00010014', file(), 'report.csv'),
      reopenCase: (b) => b.reopenCase('case-00010004', { message: 'Broken again.' }),
      closeCase: (b) => b.closeCase('case-00010014', { reason: 'resolution_reached' }),
      raiseConcern: (b) =>
        b.raiseConcern('case-00010014', {
          phone: '+33 1 23 45 67 89',
          category: 'other',
          description: 'No answer.',
        }),
      answerSurvey: (b) => b.answerSurvey(surveyCase, { rating: 4 }),
      countWaitingCases: (b) => b.countWaitingCases!(),
    };
    const UPLOADS: readonly Method[] = ['uploadAttachment', 'addCaseAttachment'];
    /** A real answer of the reference backend for each method (arrays cut to two items). */
    const samples = new Map<Method, { status: number; body: Json }>();

    before(async () => {
      for (const method of BACKEND_METHODS) {
        const reference = await createInBrowserBackend();
        surveyCase ||= reference.seed.cases.find(
          (c) =>
            c.organizationId === 'org-acme' &&
            (c.case.status === 'resolved' || c.case.status === 'closed') &&
            !c.case.survey,
        )!.case.id;
        let recorded: { status: number; body: Json } | undefined;
        const recording: typeof fetch = async (input, init) => {
          const response = await reference.fetch(input, init);
          recorded = { status: response.status, body: (await response.clone().json()) as Json };
          return response;
        };
        await CALLS[method](reference.client('demo-user-1', { fetch: recording }));
        expect(recorded, method).to.exist;
        samples.set(method, { status: recorded!.status, body: trimmed(recorded!.body) as Json });
      }
    });

    interface Answer {
      /** How the body was made, for reading a counterexample. */
      kind: 'intact' | 'mutated' | 'any-json' | 'text' | 'deep' | 'problem';
      status: number;
      text: string;
      headers: Record<string, string>;
      fault: 'none' | 'network' | 'broken-body' | 'hang';
    }

    const STATUSES = [
      200, 201, 202, 204, 205, 206, 301, 302, 304, 400, 401, 403, 404, 405, 408, 409, 413, 415, 422,
      425, 429, 500, 502, 503, 504, 599,
    ];

    function answerArb(method: Method): fc.Arbitrary<Answer> {
      const sample = samples.get(method)!;
      const body = fc.oneof(
        {
          weight: 3,
          arbitrary: fc.constant({ kind: 'intact' as const, text: jsonText(sample.body) }),
        },
        {
          weight: 8,
          arbitrary: fc.array(mutationArb, { minLength: 1, maxLength: 4 }).map((mutations) => ({
            kind: 'mutated' as const,
            text: jsonText(mutations.reduce<unknown>((b, m) => mutate(b, m), sample.body)),
          })),
        },
        {
          weight: 2,
          arbitrary: fc.anything().map((v) => ({ kind: 'any-json' as const, text: jsonText(v) })),
        },
        {
          weight: 2,
          arbitrary: fc
            .oneof(
              fc.string(),
              fc.constantFrom('', 'null', 'undefined', 'NaN', '{', '{"items":', '<html>502</html>'),
              fc.nat().map((n) => jsonText(sample.body).slice(0, n % 200)),
              fc.constant(`\uFEFF${jsonText(sample.body)}`),
            )
            .map((text) => ({ kind: 'text' as const, text })),
        },
        {
          weight: 1,
          arbitrary: fc.integer({ min: 1_000, max: 50_000 }).map((depth) => ({
            kind: 'deep' as const,
            text:
              depth % 2 === 0
                ? `${'['.repeat(depth)}${']'.repeat(depth)}`
                : `${'{"a":'.repeat(depth)}null${'}'.repeat(depth)}`,
          })),
        },
        {
          weight: 2,
          arbitrary: fc
            .record({
              title: nastyValue,
              status: nastyValue,
              detail: fc.oneof(nastyString, nastyValue),
              errors: fc.oneof(
                nastyValue,
                fc.array(fc.record({ field: nastyValue, message: nastyValue })),
              ),
            })
            .map((problem) => ({ kind: 'problem' as const, text: jsonText(problem) })),
        },
      );
      const status = fc.oneof(
        { weight: 6, arbitrary: fc.constant(sample.status) },
        { weight: 4, arbitrary: fc.constantFrom(...STATUSES) },
        { weight: 1, arbitrary: fc.integer({ min: 200, max: 599 }) },
      );
      const headers = fc.record(
        {
          'Content-Type': fc.constantFrom(
            'application/json',
            'application/problem+json',
            'text/html',
            'text/plain',
          ),
          'Retry-After': fc.constantFrom(
            '0',
            '1',
            '-1',
            '99999',
            'Wed, 21 Oct 2015 07:28:00 GMT',
            'soon',
          ),
        },
        { requiredKeys: ['Content-Type'] },
      );
      const fault = fc.oneof(
        { weight: 20, arbitrary: fc.constant('none' as const) },
        { weight: 1, arbitrary: fc.constant('network' as const) },
        { weight: 1, arbitrary: fc.constant('broken-body' as const) },
        // An upload waits at least 60 s before it times out (big files are slow): not here.
        { weight: UPLOADS.includes(method) ? 0 : 1, arbitrary: fc.constant('hang' as const) },
      );
      return fc
        .record({ body, status, headers, fault })
        .map(({ body: b, ...rest }) => ({ ...rest, kind: b.kind, text: b.text }));
    }

    /** A `fetch` that gives `answer` to every request (retries included). */
    function fakeFetch(answer: Answer): typeof fetch {
      return (input, init) => {
        const signal = input instanceof Request ? input.signal : (init?.signal ?? undefined);
        if (answer.fault === 'network') return Promise.reject(new TypeError('Failed to fetch'));
        if (answer.fault === 'hang') {
          // Like a real fetch that never gets an answer: it only ends when aborted.
          return new Promise((_, reject) => {
            const abort = () =>
              reject(new DOMException('The operation was aborted.', 'AbortError'));
            if (signal?.aborted) abort();
            else signal?.addEventListener('abort', abort, { once: true });
          });
        }
        const nullBody = [204, 205, 304].includes(answer.status);
        let body: BodyInit | null = nullBody ? null : answer.text;
        if (answer.fault === 'broken-body' && !nullBody) {
          const head = new TextEncoder().encode(answer.text.slice(0, 10));
          body = new ReadableStream({
            start(controller) {
              controller.enqueue(head);
              controller.error(new TypeError('network error'));
            },
          });
        }
        return Promise.resolve(
          new Response(body, { status: answer.status, headers: answer.headers }),
        );
      };
    }

    const describeThrown = (error: unknown) =>
      error instanceof Error
        ? `${error.name}: ${error.message}`
        : `${typeof error} ${String(error)}`;

    for (const method of BACKEND_METHODS) {
      it(`${method}`, async () => {
        await fc.assert(
          fc.asyncProperty(answerArb(method), async (answer) => {
            uncaught.length = 0;
            const backend = createHttpBackend({
              baseUrl: 'https://support.invalid/api',
              getToken: () => 'token',
              fetch: fakeFetch(answer),
              timeout: 100,
              retry: { limit: 1, baseDelay: 1, backoffLimit: 2, maxRetryAfter: 5 },
            });
            let thrown: unknown;
            let resolved = false;
            try {
              await CALLS[method](backend);
              resolved = true;
            } catch (error) {
              thrown = error;
            }
            await queuedWorkDone(); // a stray rejection would surface now
            if (!resolved && !isSupportError(thrown))
              throw new Error(`${method} threw ${describeThrown(thrown)}, not a SupportError`);
            const intact =
              answer.kind === 'intact' &&
              answer.fault === 'none' &&
              answer.status >= 200 &&
              answer.status < 300 &&
              ![204, 205].includes(answer.status);
            if (intact && !resolved)
              throw new Error(`${method} refused an intact answer: ${describeThrown(thrown)}`);
            expect(uncaught, 'uncaught errors').to.deep.equal([]);
            expect(prototypeKeys(), 'Object.prototype').to.deep.equal(PROTOTYPE_KEYS);
          }),
          { seed: SEED, numRuns: 40, timeout: 5_000, includeErrorInReport: true },
        );
      });
    }
  });

  // -------------------------------------------------------------------------------------------
  // (b) The elements
  // -------------------------------------------------------------------------------------------

  describe('(b) elements over corrupted answers show their content or an error, and throw nothing', () => {
    /** Every message `describeError` can show. */
    const ERROR_TEXTS = [
      new NetworkError(),
      new TimeoutError(15_000),
      new AbortedError(),
      new InvalidRequestError([]),
      new InvalidResponseError('GET /x', []),
      ...[400, 401, 403, 404, 409, 413, 429, 500].map(
        (status) => new HttpError(status, { title: 'Problem' }),
      ),
      new Error('not a SupportError'),
    ].map(describeError);

    const alertsOf = (root: ParentNode) =>
      [...root.querySelectorAll('[role=alert]')].map((a) => a.textContent);
    const showsError = (root: ParentNode) =>
      alertsOf(root).some((text) => ERROR_TEXTS.some((message) => text.includes(message)));

    interface ElementSpec {
      tag: string;
      render: (backend: SupportBackend) => TemplateResult;
      /** The element shows what it is for, or an error message. */
      settled: (root: ShadowRoot) => boolean;
    }

    const ELEMENTS: ElementSpec[] = [
      {
        tag: 'eq-case-list',
        render: (b) => html`<eq-case-list .backend=${b}></eq-case-list>`,
        settled: (root) =>
          Boolean(root.querySelector('button.row, [part=empty]')) || showsError(root),
      },
      {
        tag: 'eq-case-view',
        render: (b) => html`<eq-case-view case-id="case-00010014" .backend=${b}></eq-case-view>`,
        settled: (root) => Boolean(root.querySelector('#case-title')) || showsError(root),
      },
      {
        tag: 'eq-documentation',
        render: (b) =>
          html`<eq-documentation article-id="kb-api-rate-limits" .backend=${b}></eq-documentation>`,
        settled: (root) => {
          const browse = root.querySelector('.browse');
          const reader = root.querySelector('.reader');
          const listed =
            Boolean(browse?.querySelector('ul.results')) ||
            /^\s*0 articles\s*$/.test(browse?.querySelector('.count')?.textContent ?? '') ||
            (browse !== null && showsError(browse));
          const read =
            Boolean(reader?.querySelector('#article-title')) ||
            (reader !== null && showsError(reader));
          return listed && read;
        },
      },
      {
        tag: 'eq-case-form',
        render: (b) => html`<eq-case-form .backend=${b}></eq-case-form>`,
        settled: (root) => Boolean(root.querySelector('form #subject')) || showsError(root),
      },
    ];

    /** Picks a mutation per endpoint, the same for every request to it. */
    interface Plan {
      salt: number;
      mutations: Mutation[];
    }
    const planArb: fc.Arbitrary<Plan> = fc.record({
      salt: fc.nat(),
      mutations: fc.array(
        fc.oneof(
          { weight: 1, arbitrary: fc.constant<Mutation>({ op: 'none' }) },
          { weight: 3, arbitrary: mutationArb },
        ),
        { minLength: 1, maxLength: 6 },
      ),
    });
    const hash = (text: string) =>
      [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

    let reference: InBrowserBackend;
    before(async () => {
      reference = await createInBrowserBackend();
    });

    /** The reference backend's `fetch`, with each JSON answer damaged as `plan` says. */
    function corrupting(plan: Plan): typeof fetch {
      return async (input, init) => {
        const request = input instanceof Request ? input : new Request(String(input), init);
        const response = await reference.fetch(request);
        if (!response.headers.get('Content-Type')?.includes('json')) return response;
        const key = `${request.method} ${new URL(request.url).pathname}`;
        const mutation = plan.mutations[(hash(key) + plan.salt) % plan.mutations.length]!;
        const body = mutate(await response.json(), mutation);
        return new Response(jsonText(body), { status: response.status, headers: response.headers });
      };
    }

    for (const spec of ELEMENTS) {
      it(`<${spec.tag}>`, async () => {
        await fc.assert(
          fc.asyncProperty(planArb, async (plan) => {
            uncaught.length = 0;
            const backend = createHttpBackend({
              baseUrl: `${location.origin}/api`,
              getToken: () => 'demo-user-1',
              fetch: corrupting(plan),
              retry: { limit: 0 },
            });
            localStorage.clear();
            const el = await fixture<HTMLElement>(spec.render(backend));
            try {
              await waitUntil(
                () => spec.settled(el.shadowRoot!),
                `<${spec.tag}> shows content or an error`,
                {
                  timeout: 4_000,
                  interval: 10,
                },
              );
              await payloadsHadTheirChance();
              expect(uncaught, 'uncaught errors').to.deep.equal([]);
              expect(unsafeMarkup(el), 'unsafe markup').to.deep.equal([]);
              expect(xssHits(), 'payloads that ran').to.deep.equal([]);
            } finally {
              el.remove();
            }
          }),
          // A failing run is reported at once (shrinking re-renders the element many times).
          {
            seed: SEED,
            numRuns: 20,
            timeout: 8_000,
            endOnFailure: true,
            includeErrorInReport: true,
          },
        );
      });
    }
  });
});
