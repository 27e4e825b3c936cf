/**
 * `createHttpBackend`: the SupportBackend over HTTP, on ky.
 *
 * - Every response is validated with the contract; a mismatch becomes an `InvalidResponseError`.
 * - Bearer token from an async `getToken`, asked again once (with `forceRefresh`) after a 401.
 * - Idempotent requests (and POSTs that carry an Idempotency-Key) are retried with capped
 *   exponential backoff and full jitter, honouring `Retry-After`.
 * - Uploads report progress (XMLHttpRequest: browsers cannot stream fetch bodies over HTTP/1.1).
 */
import ky, { isHTTPError, isTimeoutError, type Options } from 'ky';
import type * as z from 'zod/mini';
import type {
  ArticleQuery,
  CaseListParams,
  IdempotentOptions,
  RequestOptions,
  SupportBackend,
  UploadOptions,
} from './backend.js';
import {
  AbortedError,
  HttpError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  SupportError,
  TimeoutError,
} from './errors.js';
import { describeIssues, issuesToFieldErrors } from './problem.js';
import { anySignal, randomId } from './random.js';
import { withBearer, type TokenProvider } from './bearer.js';
import { Problem } from './schemas.js';
import { ROUTES, pathOf, type OperationId } from './routes.js';

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

const IDEMPOTENT_METHODS = ['get', 'put', 'head', 'delete', 'options', 'trace'];
const RETRY_STATUS = [408, 413, 425, 429, 500, 502, 503, 504];

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

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

function problemFrom(data: unknown): Problem | undefined {
  let value = data;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const parsed = Problem.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

function isAbort(error: unknown, signal?: AbortSignal): boolean {
  return (
    signal?.aborted === true ||
    (error instanceof DOMException && error.name === 'AbortError') ||
    (error instanceof Error && error.name === 'AbortError')
  );
}

function newKey(): string {
  return randomId();
}

export function createHttpBackend(options: HttpBackendOptions): SupportBackend {
  const timeout = options.timeout ?? 15_000;
  const policy = options.retry ?? {};
  const random = policy.random ?? Math.random;
  const baseDelay = policy.baseDelay ?? 300;
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

  function kyOptions(method: string, call: CallOptions, headers: Record<string, string>): Options {
    const keyed = call.idempotencyKey !== undefined;
    if (keyed) headers['Idempotency-Key'] = call.idempotencyKey!;
    return {
      method,
      headers,
      ...(call.json !== undefined ? { json: call.json } : {}),
      ...(call.searchParams ? { searchParams: call.searchParams } : {}),
      ...(call.signal ? { signal: call.signal } : {}),
      ...(fetchImpl ? { fetch: fetchImpl } : {}),
      timeout,
      retry: {
        limit: policy.limit ?? 3,
        methods: keyed ? [...IDEMPOTENT_METHODS, 'post', 'patch'] : IDEMPOTENT_METHODS,
        // A keyed POST that is still being processed answers 409: retrying gets the first answer.
        statusCodes: keyed ? [...RETRY_STATUS, 409] : RETRY_STATUS,
        afterStatusCodes: [413, 429, 503],
        maxRetryAfter: policy.maxRetryAfter ?? 30_000,
        backoffLimit: policy.backoffLimit ?? 8_000,
        delay: (attempt: number) => baseDelay * 2 ** (attempt - 1),
        jitter: (delay: number) => random() * delay,
        retryOnTimeout: true,
      },
    };
  }

  function toSupportError(error: unknown, signal?: AbortSignal): Error {
    if (error instanceof SupportError) return error;
    if (isAbort(error, signal)) return new AbortedError({ cause: error });
    if (isTimeoutError(error)) return new TimeoutError(timeout, { cause: error });
    if (isHTTPError(error)) {
      return new HttpError(
        error.response.status,
        problemFrom(error.data),
        parseRetryAfter(error.response.headers.get('Retry-After')),
      );
    }
    // Anything else a fetch (the platform's or a host's own) throws means no answer arrived.
    return new NetworkError(undefined, { cause: error });
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
  type AnswerOf<Id extends OperationId> = (typeof ROUTES)[Id] extends { answer: infer S }
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
    const route: (typeof ROUTES)[OperationId] = ROUTES[id];
    const endpoint = `${route.method.toUpperCase()} ${route.path}`;
    if ('idempotency' in route && !opts.idempotencyKey) {
      if (route.idempotency === 'required')
        throw new TypeError(`${id} needs an idempotencyKey: keep one per draft.`);
      opts = { ...opts, idempotencyKey: newKey() };
    }
    if ('body' in route && typeof route.body === 'object') checkBody(route.body, opts.json);
    const path = pathOf(id, opts.param);
    let text: string;
    try {
      text = await withBearer(
        options.getToken,
        async (auth) => {
          const headers = { ...baseHeaders(opts.locale), ...auth };
          const response = await ky(
            joinUrl(options.baseUrl, path),
            kyOptions(route.method, opts, headers),
          );
          return response.text();
        },
        (outcome) => isHTTPError(outcome) && outcome.response.status === 401,
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
    const route = ROUTES[id];
    const endpoint = `${route.method.toUpperCase()} ${route.path}`;
    const path = pathOf(id, param);
    // The upload rules load with the first upload (the file picker has them already).
    const { attachmentType } = await import('./attachments.js');
    const contentHeaders = {
      'Content-Type': attachmentType(name, file.type),
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    };
    const report = (loaded: number) => opts.onProgress?.({ loaded, total: file.size });
    const send = async (
      auth: Record<string, string>,
    ): Promise<{ status: number; text: string; retryAfter: string | null }> => {
      const headers = { ...baseHeaders(), ...auth, ...contentHeaders };
      if (!fetchImpl && typeof XMLHttpRequest !== 'undefined') {
        return xhrSend(
          new URL(joinUrl(options.baseUrl, path), document.baseURI).href,
          file,
          headers,
          opts,
          report,
        );
      }
      report(0);
      const controller = new AbortController();
      const timer = setTimeout(
        () => controller.abort(new TimeoutError(timeout)),
        Math.max(timeout, 60_000),
      );
      const signals = opts.signal ? anySignal([opts.signal, controller.signal]) : controller.signal;
      try {
        const response = await (fetchImpl ?? globalThis.fetch)(joinUrl(options.baseUrl, path), {
          method: 'POST',
          headers,
          body: file,
          signal: signals,
        });
        const text = await response.text();
        if (response.ok) report(file.size);
        return { status: response.status, text, retryAfter: response.headers.get('Retry-After') };
      } catch (error) {
        if (controller.signal.aborted && !opts.signal?.aborted)
          throw new TimeoutError(Math.max(timeout, 60_000));
        throw toSupportError(error, opts.signal);
      } finally {
        clearTimeout(timer);
      }
    };
    const result = await withBearer(
      options.getToken,
      send,
      (outcome) => (outcome as { status?: number }).status === 401,
    );
    if (result.status >= 400) {
      throw new HttpError(
        result.status,
        problemFrom(result.text),
        parseRetryAfter(result.retryAfter),
      );
    }
    return validate(endpoint, route.answer, result.text) as AnswerOf<Id>;
  }

  function xhrSend(
    url: string,
    file: Blob,
    headers: Record<string, string>,
    opts: UploadOptions,
    report: (loaded: number) => void,
  ): Promise<{ status: number; text: string; retryAfter: string | null }> {
    return new Promise((resolve, reject) => {
      if (opts.signal?.aborted) {
        reject(new AbortedError());
        return;
      }
      const xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      const onAbort = () => xhr.abort();
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => opts.signal?.removeEventListener('abort', onAbort);
      xhr.upload.onprogress = (event) => report(event.loaded);
      xhr.onload = () => {
        done();
        if (xhr.status < 400) report(file.size);
        resolve({
          status: xhr.status,
          text: xhr.responseText,
          retryAfter: xhr.getResponseHeader('Retry-After'),
        });
      };
      xhr.onerror = () => {
        done();
        reject(new NetworkError());
      };
      xhr.onabort = () => {
        done();
        reject(new AbortedError());
      };
      xhr.send(file);
      report(0);
    });
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
