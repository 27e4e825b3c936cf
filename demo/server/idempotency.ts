/**
 * Idempotency-Key (IETF draft "The Idempotency-Key HTTP Header Field"): a state-changing request
 * sent again with the same key and body gets the first answer again (`Idempotent-Replayed`), with
 * another body 422, while the first is still running 409 with `Retry-After`. The answers live in
 * the store, so every instance over one database shares them.
 */
import type { Ctx } from './operations.js';
import { PROBLEM_BASE, ProblemError } from './problems.js';
import { readBody } from './request-body.js';
import type { SupportStore } from './store.js';

export interface IdempotencyLimits {
  /** A finished answer is replayed for this long, then the key may be used again. */
  retentionMs: number;
  /** A request still "processing" after this long is taken to have died with its instance: a retry runs it again. */
  leaseMs: number;
}
export const DEFAULT_IDEMPOTENCY: IdempotencyLimits = {
  retentionMs: 24 * 3600_000,
  leaseMs: 60_000,
};

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Runs a handler of a JSON body (given as text) under the Idempotency-Key rules. */
export type Idempotent = (
  c: Ctx,
  required: boolean,
  handler: (raw: string) => Promise<Response>,
) => Promise<Response>;

export function createIdempotency(
  store: SupportStore,
  limits: IdempotencyLimits,
  now: () => Date,
): Idempotent {
  /**
   * Runs a state-changing handler under the IETF Idempotency-Key rules: same key and body →
   * the first answer again; same key, other body → 422; same key still in flight → 409.
   */
  return async function idempotent(c, required, handler) {
    const key = c.req.header('Idempotency-Key');
    // An empty key is absent where one is required (and refused below where it is optional).
    if (key === undefined || (key === '' && required)) {
      if (required) {
        throw new ProblemError(
          400,
          'Idempotency-Key required',
          'Send an Idempotency-Key header (a new UUID per case draft, reused on every retry) so a retry never files the case twice.',
          undefined,
          `${PROBLEM_BASE}idempotency-key-missing`,
        );
      }
      return handler(await readBody(c));
    }
    if (key === '' || key.length > 255)
      throw new ProblemError(
        400,
        'Invalid Idempotency-Key',
        'Send a key of 1 to 255 characters, or none.',
        [
          {
            field: 'Idempotency-Key',
            message: 'Use a key of 1 to 255 characters',
            code: key === '' ? 'too_small' : 'too_big',
          },
        ],
      );
    const raw = await readBody(c);
    const scope = `${c.get('user').id} ${c.req.method} ${new URL(c.req.url).pathname}`;
    const fingerprint = await sha256Hex(raw);
    const begun = await store.beginIdempotent(scope, key, fingerprint, {
      now: now(),
      ...limits,
    });
    if (begun.state === 'mismatch') {
      throw new ProblemError(
        422,
        'Idempotency-Key reused',
        'This Idempotency-Key was already used with a different request body. Use a new key for a new request.',
        undefined,
        `${PROBLEM_BASE}idempotency-key-reused`,
      );
    }
    if (begun.state === 'processing') {
      throw new ProblemError(
        409,
        'Request in progress',
        'A request with this Idempotency-Key is still being processed. Retry shortly to get its result.',
        undefined,
        `${PROBLEM_BASE}idempotency-in-progress`,
        { 'Retry-After': '1' },
      );
    }
    if (begun.state === 'done') {
      return new Response(begun.body, {
        status: begun.status,
        headers: {
          'Content-Type': 'application/json',
          'Idempotent-Replayed': 'true',
          ...(begun.location !== undefined ? { Location: begun.location } : {}),
        },
      });
    }
    try {
      const response = await handler(raw);
      if (response.ok) {
        await store.finishIdempotent(
          scope,
          key,
          response.status,
          await response.clone().text(),
          response.headers.get('Location') ?? undefined,
          now(),
        );
      } else {
        await store.releaseIdempotent(scope, key);
      }
      return response;
    } catch (error) {
      await store.releaseIdempotent(scope, key);
      throw error;
    }
  };
}
