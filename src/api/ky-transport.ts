/**
 * The retrying half of the HTTP client, on ky. `http-backend.ts` loads it (and ky with it) for a
 * write, and for a read whose first attempt, sent over plain fetch, did not succeed: ky is then
 * handed that first outcome as if it had fetched it, and decides from it, by its own rules,
 * whether and when to try again (backoff, full jitter, `Retry-After`). So the retry rules are
 * ky's alone, and a page whose reads succeed never loads ky.
 */
import ky, { isHTTPError, isTimeoutError } from 'ky';
import { HttpError, TimeoutError } from './errors.js';
import { parseRetryAfter, problemFrom } from './problem.js';

/** The retry policy of `HttpBackendOptions.retry`, with its defaults applied. */
export interface RetryRules {
  limit: number;
  backoffLimit: number;
  maxRetryAfter: number;
  baseDelay: number;
  random: () => number;
}

export interface KyRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  json?: unknown;
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout in ms. */
  timeout: number;
  retry: RetryRules;
  /** The host's fetch, if it gave one. */
  fetch?: typeof globalThis.fetch | undefined;
  /**
   * What the first attempt already got (a Response, or what its fetch threw): ky takes it as its
   * own first attempt and goes on from there.
   */
  first?: { outcome: unknown };
}

const IDEMPOTENT_METHODS = ['get', 'put', 'head', 'delete', 'options', 'trace'];
const RETRY_STATUS = [408, 413, 425, 429, 500, 502, 503, 504];

/** Sends `request` with ky's retries; answers the body text, or throws the SDK's errors. */
export async function sendWithKy(request: KyRequest): Promise<string> {
  const { retry } = request;
  const keyed = 'Idempotency-Key' in request.headers;
  const send = request.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let first = request.first;
  const fetch: typeof globalThis.fetch = (input, init) => {
    if (!first) return send(input, init);
    const { outcome } = first;
    first = undefined;
    if (outcome instanceof Response) return Promise.resolve(outcome);
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- replays what the first attempt's fetch threw, as it was
    return Promise.reject(outcome);
  };
  try {
    const response = await ky(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.json !== undefined ? { json: request.json } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
      fetch,
      timeout: request.timeout,
      retry: {
        limit: retry.limit,
        methods: keyed ? [...IDEMPOTENT_METHODS, 'post', 'patch'] : IDEMPOTENT_METHODS,
        // A keyed POST that is still being processed answers 409: retrying gets the first answer.
        statusCodes: keyed ? [...RETRY_STATUS, 409] : RETRY_STATUS,
        afterStatusCodes: [413, 429, 503],
        maxRetryAfter: retry.maxRetryAfter,
        backoffLimit: retry.backoffLimit,
        delay: (attempt: number) => retry.baseDelay * 2 ** (attempt - 1),
        jitter: (delay: number) => retry.random() * delay,
        retryOnTimeout: true,
      },
    });
    return await response.text();
  } catch (error) {
    if (isHTTPError(error)) {
      throw new HttpError(
        error.response.status,
        problemFrom(error.data),
        parseRetryAfter(error.response.headers.get('Retry-After')),
      );
    }
    if (isTimeoutError(error)) throw new TimeoutError(request.timeout, { cause: error });
    throw error;
  }
}
