/**
 * What a request passes through before its handler, in the order `createApp` lists them: CORS,
 * `nosniff` on every answer, refusal of a NUL in the address, 405 for a method its path does not
 * take, the bearer token, and the rate limit per person.
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { allowedMethods } from '../../src/api/routes.js';
import type { FieldError } from '../../src/api/schemas.js';
import type { Env } from './operations.js';
import { PROBLEM_BASE, ProblemError } from './problems.js';
import type { SupportStore } from './store.js';

/** Requests one person may make per window (any request, and uploads on their own). */
export interface RateLimits {
  windowMs: number;
  requests: number;
  uploads: number;
}
export const DEFAULT_RATE_LIMITS: RateLimits = { windowMs: 60_000, requests: 600, uploads: 60 };

/** CORS for `origins` (`*` for any; none: same origin only). */
export const corsFor = (origins: string[] | '*' | undefined): MiddlewareHandler<Env> =>
  cors({
    origin: (origin) => {
      const allowed = origins ?? [];
      if (allowed === '*') return origin || '*';
      return allowed.includes(origin) ? origin : null;
    },
    allowMethods: ['GET', 'POST', 'PATCH', 'OPTIONS'],
    allowHeaders: [
      'Authorization',
      'Content-Type',
      'Content-Disposition',
      'Idempotency-Key',
      'Accept-Language',
    ],
    exposeHeaders: ['Retry-After', 'Idempotent-Replayed', 'Location'],
    maxAge: 600,
  });

/** Every answer is data to be read as its declared type, never sniffed into something else. */
export const noSniff: MiddlewareHandler<Env> = async (c, next) => {
  await next();
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
};

/**
 * PostgreSQL text cannot hold U+0000: a NUL in the path or the query is refused, not a 500,
 * with a field error per place it is in (the code of a NUL in a body's text).
 */
export const refuseNul: MiddlewareHandler<Env> = async (c, next) => {
  const { pathname, search } = new URL(c.req.url);
  if (/%00/i.test(pathname + search)) {
    const message = 'Remove the NUL character';
    const errors: FieldError[] = /%00/i.test(pathname)
      ? [{ field: 'path', message, code: 'invalid_characters' }]
      : [];
    for (const [name, value] of new URLSearchParams(search))
      if (`${name}${value}`.includes('\u0000'))
        // A NUL in the name itself is not echoed back: the field is then the query.
        errors.push({
          field: name.includes('\u0000') ? 'query' : name,
          message,
          code: 'invalid_characters',
        });
    throw new ProblemError(
      400,
      'Invalid request',
      'The address contains a NUL character.',
      errors,
      `${PROBLEM_BASE}validation`,
    );
  }
  await next();
};

/**
 * A method a path of the route table does not take: 405 with `Allow`, before any other check
 * (a wrong method is the caller's mistake whatever its token).
 */
export const methodNotAllowed =
  (basePath: string): MiddlewareHandler<Env> =>
  async (c, next) => {
    const { pathname } = new URL(c.req.url);
    const path = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname;
    const allowed = allowedMethods(path);
    if (allowed && c.req.method !== 'OPTIONS' && !allowed.includes(c.req.method)) {
      const caseFields = /^\/cases\/[^/]+\/?$/.test(path);
      throw new ProblemError(
        405,
        caseFields ? 'Case fields are fixed' : 'Method not allowed',
        caseFields
          ? 'A saved case cannot be edited, and its priority cannot be changed. Add a message, or reopen the case with a priority change request and a justification.'
          : `${path} takes ${allowed.join(', ')}, not ${c.req.method}.`,
        undefined,
        `${PROBLEM_BASE}${caseFields ? 'case-fixed' : 'method-not-allowed'}`,
        { Allow: allowed.join(', ') },
      );
    }
    await next();
  };

/** The person of the bearer token, or 401: sets `user` and `viewer` for what follows. */
export const requireUser =
  (store: SupportStore): MiddlewareHandler<Env> =>
  async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const user = match ? await store.findUserByToken(match[1]!) : null;
    if (!user) {
      throw new ProblemError(
        401,
        'Not signed in',
        match
          ? 'The access token is not valid (or has expired).'
          : 'Send an access token: Authorization: Bearer <token>.',
        undefined,
        `${PROBLEM_BASE}unauthorized`,
        { 'WWW-Authenticate': 'Bearer realm="eq-support"' },
      );
    }
    c.set('user', user);
    c.set('viewer', {
      userId: user.id,
      contactId: user.contactId,
      organizationId: user.organization.id,
    });
    await next();
  };

/** Each person's requests, counted in the store so every instance shares the count. */
export function rateLimit(
  store: SupportStore,
  rateLimits: RateLimits,
  now: () => Date,
): MiddlewareHandler<Env> {
  const limit = async (bucket: string, max: number, what: string) => {
    const at = now();
    const { count, resetAt } = await store.hitRateLimit(bucket, rateLimits.windowMs, at);
    if (count <= max) return;
    const seconds = Math.max(1, Math.ceil((resetAt.getTime() - at.getTime()) / 1000));
    throw new ProblemError(
      429,
      'Too many requests',
      `You sent more than ${max} ${what} in ${Math.round(rateLimits.windowMs / 1000)} seconds. Try again in ${seconds} seconds.`,
      undefined,
      `${PROBLEM_BASE}rate-limited`,
      { 'Retry-After': String(seconds) },
    );
  };
  return async (c, next) => {
    const userId = c.get('user').id;
    await limit(`requests:${userId}`, rateLimits.requests, 'requests');
    if (c.req.method === 'POST' && new URL(c.req.url).pathname.endsWith('/attachments'))
      await limit(`uploads:${userId}`, rateLimits.uploads, 'uploads');
    await next();
  };
}
