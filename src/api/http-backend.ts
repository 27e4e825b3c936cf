/**
 * `createHttpBackend`: the SupportBackend over HTTP, on ky.
 *
 * - Every response is validated with the contract; a mismatch becomes an `InvalidResponseError`.
 * - Bearer token from an async `getToken`, asked again once (with `forceRefresh`) after a 401.
 * - Idempotent requests (and POSTs that carry an Idempotency-Key) are retried by ky with capped
 *   exponential backoff and full jitter, honouring `Retry-After` (ky-transport.ts). A read's first
 *   attempt goes out over plain fetch, and ky loads only when it fails: opening the launcher,
 *   whose reads succeed, costs the page no ky (README "Performance").
 * - Uploads report progress (XMLHttpRequest: browsers cannot stream fetch bodies over HTTP/1.1).
 */
import type * as z from 'zod/mini';
import type {
  ArticleQuery,
  CaseListParams,
  IdempotentOptions,
  RequestOptions,
  SupportBackend,
  UploadOptions,
} from './backend.js';
import { HttpError, InvalidRequestError, InvalidResponseError } from './errors.js';
import { describeIssues, issuesToFieldErrors } from './problem.js';
import { timed, toSupportError } from './transport.js';
import { randomId } from './random.js';
import { withBearer, type TokenProvider } from './bearer.js';
import { ENDPOINTS, pathOf, type OperationId } from './endpoints.js';
import type { RetryRules } from './ky-transport.js';

export type { TokenProvider };

export interface RetryPolicy {
  /** Retries after the first attempt. Default 3. */
  limit?: number;
  /** Upper bound of one backoff delay in ms. Default 8000. */
  backoffLimit?: number;
  /** Upper bound of a `Retry-After` wait in ms. Default 30000. */
  maxRetryAfter?: number;
  /** First backoff delay in ms (doubles each retry, before jitter). Default 300. */
  baseDelay?: number;
  /** Source of randomness for the full jitter (0 ≤ x < 1). Default `Math.random`. */
  random?: () => number;
}

export interface HttpBackendOptions {
  /** Base address of the API, e.g. `/api` or `https://support.example.com/api`. */
  baseUrl: string;
  /** Bearer token provider. */
  getToken?: TokenProvider;
  /** Sent as `Accept-Language`; a function is read on every request, so it can follow the page. */
  locale?: string | (() => string | undefined);
  /** Replaces `globalThis.fetch` (e.g. an in-browser backend, or instrumentation). */
  fetch?: typeof globalThis.fetch;
  /** Per-attempt timeout in ms. Default 15000. */
  timeout?: number;
  retry?: RetryPolicy;
}

interface CallOptions {
  /** The `{id}` of the route's path. */
  param?: string;
  json?: unknown;
  searchParams?: Record<string, string>;
  signal?: AbortSignal | undefined;
  idempotencyKey?: string | undefined;
  /** `Accept-Language` of this request, instead of the backend's `locale`. */
  locale?: string | undefined;
}

function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** `?a=1&b=2` for the parameters given, or nothing. */
function queryOf(params: Record<string, string> | undefined): string {
  const query = params ? new URLSearchParams(params).toString() : '';
  return query ? `?${query}` : '';
}

function newKey(): string {
  return randomId();
}

export function createHttpBackend(options: HttpBackendOptions): SupportBackend {
  const timeout = options.timeout ?? 15_000;
  const policy = options.retry ?? {};
  const retry: RetryRules = {
    limit: policy.limit ?? 3,
    backoffLimit: policy.backoffLimit ?? 8_000,
    maxRetryAfter: policy.maxRetryAfter ?? 30_000,
    baseDelay: policy.baseDelay ?? 300,
    random: policy.random ?? Math.random,
  };
  const fetchImpl = options.fetch;

  const locale = (): string | undefined =>
    typeof options.locale === 'function' ? options.locale() : options.locale;

  /** The headers every request carries besides the token: `Accept` and `Accept-Language`. */
  function baseHeaders(requestLocale?: string): Record<string, string> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const lang = requestLocale ?? locale();
    if (lang) headers['Accept-Language'] = lang;
    return headers;
  }

  function validate<S extends z.ZodMiniType>(
    endpoint: string,
    schema: S,
    text: string,
  ): z.infer<S> {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new InvalidResponseError(endpoint, ['The body is not JSON']);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success)
      throw new InvalidResponseError(endpoint, describeIssues(parsed.error.issues));
    return parsed.data;
  }

  /** The answer of operation `id`, as its route's schema parses it. */
  type AnswerOf<Id extends OperationId> = (typeof ENDPOINTS)[Id] extends { answer: infer S }
    ? S extends z.ZodMiniType
      ? z.infer<S>
      : never
    : never;

  /**
   * Sends operation `id` as its route describes it: method, path, the body checked against the
   * contract, an Idempotency-Key where the route takes one, the answer validated.
   */
  async function call<Id extends OperationId>(
    id: Id,
    opts: CallOptions = {},
  ): Promise<AnswerOf<Id>> {
    const route: (typeof ENDPOINTS)[OperationId] = ENDPOINTS[id];
    const endpoint = `${route.method.toUpperCase()} ${route.path}`;
    if ('idempotency' in route && !opts.idempotencyKey) {
      if (route.idempotency === 'required')
        throw new TypeError(`${id} needs an idempotencyKey: keep one per draft.`);
      opts = { ...opts, idempotencyKey: newKey() };
    }
    // A write's body is checked against the contract first; its schemas load with the first write.
    if (route.method !== 'get') {
      const { body } = (await import('./routes.js')).ROUTES[id] as { body?: unknown };
      if (typeof body === 'object') checkBody(body as z.ZodMiniType, opts.json);
    }
    const path = pathOf(id, opts.param);
    const url = joinUrl(options.baseUrl, path) + queryOf(opts.searchParams);
    let text: string;
    try {
      text = await withBearer(
        options.getToken,
        async (auth) => {
          const headers = { ...baseHeaders(opts.locale), ...auth };
          if (opts.idempotencyKey !== undefined) headers['Idempotency-Key'] = opts.idempotencyKey;
          const withKy = async (first?: { outcome: unknown }) =>
            (await import('./ky-transport.js')).sendWithKy({
              method: route.method,
              url,
              headers,
              json: opts.json,
              signal: opts.signal,
              timeout,
              retry,
              fetch: fetchImpl,
              ...(first ? { first } : {}),
            });
          if (route.method !== 'get') return withKy();
          // A read goes out once over plain fetch; only when that does not succeed does ky load,
          // to take that answer over and retry by its rules (ky-transport.ts).
          let outcome: unknown;
          try {
            outcome = await timed(timeout, opts.signal, (signal) =>
              (fetchImpl ?? globalThis.fetch)(url, { headers, signal }),
            );
          } catch (error) {
            if (opts.signal?.aborted) throw error;
            outcome = error;
          }
          if (outcome instanceof Response && outcome.ok) return outcome.text();
          return withKy({ outcome });
        },
        (outcome) => outcome instanceof HttpError && outcome.status === 401,
      );
    } catch (error) {
      throw toSupportError(error, opts.signal);
    }
    return validate(endpoint, (route as { answer: z.ZodMiniType }).answer, text) as AnswerOf<Id>;
  }

  function checkBody<S extends z.ZodMiniType>(schema: S, input: unknown): void {
    const parsed = schema.safeParse(input);
    if (!parsed.success) throw new InvalidRequestError(issuesToFieldErrors(parsed.error.issues));
  }

  /** POSTs a file body, with progress. */
  async function upload<Id extends 'uploadAttachment' | 'addCaseAttachment'>(
    id: Id,
    param: string | undefined,
    file: Blob,
    name: string,
    opts: UploadOptions = {},
  ): Promise<AnswerOf<Id>> {
    const route = ENDPOINTS[id];
    const endpoint = `${route.method.toUpperCase()} ${route.path}`;
    const path = pathOf(id, param);
    // The sending of files, with the upload rules, loads with the first upload.
    const { sendFile } = await import('./upload.js');
    const text = await sendFile({
      url: joinUrl(options.baseUrl, path),
      headers: baseHeaders(),
      name,
      getToken: options.getToken,
      fetch: fetchImpl,
      timeout: Math.max(timeout, 60_000),
      file,
      options: opts,
    });
    return validate(endpoint, route.answer, text) as AnswerOf<Id>;
  }

  const idempotent = (o?: IdempotentOptions) => ({
    signal: o?.signal,
    idempotencyKey: o?.idempotencyKey,
  });

  return {
    getMe: (o?: RequestOptions) => call('getMe', { signal: o?.signal }),
    updateSettings: (patch, o) => call('updateSettings', { json: patch, signal: o?.signal }),
    getTaxonomy: (o) => call('getTaxonomy', { signal: o?.signal, locale: o?.locale }),
    listContacts: async (o) => (await call('listContacts', { signal: o?.signal })).items,
    async listArticles(query: ArticleQuery = {}, o) {
      const searchParams: Record<string, string> = {};
      if (query.q) searchParams.q = query.q;
      if (query.section) searchParams.section = query.section;
      return (await call('listArticles', { searchParams, signal: o?.signal })).items;
    },
    getArticle: (articleId, o) => call('getArticle', { param: articleId, signal: o?.signal }),
    getServiceStatus: (o) => call('getServiceStatus', { signal: o?.signal }),
    listSupportCenters: async (o) =>
      (await call('listSupportCenters', { signal: o?.signal })).items,
    uploadAttachment: (file, name, o) => upload('uploadAttachment', undefined, file, name, o),
    createCase: (input, o) => call('createCase', { json: input, ...idempotent(o) }),
    listCases(params: CaseListParams = {}, o) {
      const searchParams: Record<string, string> = {};
      const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(',') : v);
      const status = list(params.status);
      const priority = list(params.priority);
      if (status) searchParams.status = status;
      if (priority) searchParams.priority = priority;
      if (params.q) searchParams.q = params.q;
      if (params.sort) searchParams.sort = params.sort;
      if (params.cursor) searchParams.cursor = params.cursor;
      if (params.limit) searchParams.limit = String(params.limit);
      if (params.scope) searchParams.scope = params.scope;
      return call('listCases', { searchParams, signal: o?.signal });
    },
    countWaitingCases: async (o) =>
      (
        await call('listCases', {
          searchParams: { status: 'waiting_for_customer', limit: '1' },
          signal: o?.signal,
        })
      ).waitingForCustomer,
    getCase: (caseId, o) => call('getCase', { param: caseId, signal: o?.signal }),
    addMessage: (caseId, input, o) =>
      call('addMessage', { param: caseId, json: input, ...idempotent(o) }),
    addCaseAttachment: (caseId, file, name, o) =>
      upload('addCaseAttachment', caseId, file, name, o),
    reopenCase: (caseId, input, o) =>
      call('reopenCase', { param: caseId, json: input, ...idempotent(o) }),
    closeCase: (caseId, input, o) =>
      call('closeCase', { param: caseId, json: input, ...idempotent(o) }),
    raiseConcern: (caseId, input, o) =>
      call('raiseConcern', { param: caseId, json: input, ...idempotent(o) }),
    answerSurvey: (caseId, input, o) =>
      call('answerSurvey', { param: caseId, json: input, ...idempotent(o) }),
  };
}
