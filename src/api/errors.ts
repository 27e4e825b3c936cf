/**
 * Typed errors of the support client. Every failure a backend call can have is one of these,
 * told apart by `kind`, so an element can show a specific message and decide whether to retry.
 */
import type { FieldError, Problem } from './schemas.js';

export type SupportErrorKind =
  'network' | 'timeout' | 'http' | 'invalid-response' | 'invalid-request' | 'aborted';

export abstract class SupportError extends Error {
  /** What went wrong: `network`, `timeout`, `aborted`, `http`, `invalid-response` or `invalid-request`. */
  abstract readonly kind: SupportErrorKind;
  /** Per-field errors to show next to the matching controls (empty when none). */
  readonly fieldErrors: readonly FieldError[] = [];
  /** Whether trying the same request again later may succeed. */
  abstract readonly retryable: boolean;
}

/** The request never got an answer: offline, DNS, CORS, connection reset. */
export class NetworkError extends SupportError {
  readonly kind = 'network';
  readonly retryable = true;
  constructor(message = 'The support service could not be reached.', options?: ErrorOptions) {
    super(message, options);
    this.name = 'NetworkError';
  }
}

/** No answer arrived within the configured timeout. */
export class TimeoutError extends SupportError {
  readonly kind = 'timeout';
  readonly retryable = true;
  constructor(
    /** The timeout that ran out, in milliseconds. */
    readonly timeoutMs: number,
    options?: ErrorOptions,
  ) {
    super(`The support service did not answer within ${Math.round(timeoutMs / 1000)} s.`, options);
    this.name = 'TimeoutError';
  }
}

/** The caller (or a newer request) cancelled the request. */
export class AbortedError extends SupportError {
  readonly kind = 'aborted';
  readonly retryable = false;
  constructor(options?: ErrorOptions) {
    super('The request was cancelled.', options);
    this.name = 'AbortedError';
  }
}

/** The backend answered with an error status; `problem` holds its RFC 9457 details when it sent any. */
export class HttpError extends SupportError {
  readonly kind = 'http';
  override readonly fieldErrors: readonly FieldError[];
  constructor(
    /** The HTTP status, e.g. 422. */
    readonly status: number,
    /** The backend's RFC 9457 problem details, when it sent any. */
    readonly problem: Problem | undefined,
    /** Seconds the backend asked us to wait (`Retry-After`), when given. */
    readonly retryAfter?: number,
  ) {
    super(
      problem?.detail ?? problem?.title ?? `The support service answered with status ${status}.`,
    );
    this.name = 'HttpError';
    this.fieldErrors = problem?.errors ?? [];
  }
  get retryable(): boolean {
    return (
      this.status === 408 ||
      this.status === 409 ||
      this.status === 425 ||
      this.status === 429 ||
      this.status >= 500
    );
  }
}

/** The backend answered, but not with what the contract promises. */
export class InvalidResponseError extends SupportError {
  readonly kind = 'invalid-response';
  readonly retryable = false;
  constructor(
    /** Method and path of the request, e.g. `GET /cases`. */
    readonly endpoint: string,
    /** What did not match, one line per problem, e.g. `items.0.number: Invalid string`. */
    readonly details: readonly string[],
  ) {
    super(`The support service sent an unexpected answer to ${endpoint}.`);
    this.name = 'InvalidResponseError';
  }
}

/** The request body was refused by the contract before it was sent. */
export class InvalidRequestError extends SupportError {
  readonly kind = 'invalid-request';
  readonly retryable = false;
  override readonly fieldErrors: readonly FieldError[];
  constructor(fieldErrors: readonly FieldError[]) {
    super(
      fieldErrors.length === 1
        ? fieldErrors[0]!.message
        : `${fieldErrors.length} fields need attention.`,
    );
    this.name = 'InvalidRequestError';
    this.fieldErrors = fieldErrors;
  }
}

export function isSupportError(error: unknown): error is SupportError {
  return error instanceof SupportError;
}
