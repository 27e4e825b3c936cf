/**
 * The reference support backend: one Hono app, validating every request with the same zod
 * contract the client uses. Platform-neutral (no Node imports), so the same app runs in Node
 * (`npm start`, PGlite + files) and inside the browser (in-memory, through the client's `fetch`).
 *
 * This module is the composition: the options, the middleware in order, and one handler per
 * operation of the route table (src/api/routes.ts). Each problem lives in its own module:
 * problems.ts (problem+json), request-body.ts, idempotency.ts, uploads.ts, middleware.ts,
 * operations.ts (registering a handler), and routes/ (the handlers, by area).
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { ALLOWED_ATTACHMENT_TYPES, DEFAULT_MAX_UPLOAD_BYTES } from '../../src/api/attachments.js';
import { buildOpenApiDocument } from '../../src/api/openapi.js';
import { OPERATION_IDS, ROUTES } from '../../src/api/routes.js';
import type { BlobStore } from './blobs.js';
import { DEFAULT_IDEMPOTENCY, type IdempotencyLimits, createIdempotency } from './idempotency.js';
import {
  DEFAULT_RATE_LIMITS,
  type RateLimits,
  corsFor,
  methodNotAllowed,
  noSniff,
  rateLimit,
  refuseNul,
  requireUser,
} from './middleware.js';
import {
  type AnyHandler,
  type AppParts,
  type Env,
  type Handlers,
  registerOperation,
} from './operations.js';
import { ProblemError, problemResponse } from './problems.js';
import { accountHandlers } from './routes/account.js';
import { attachmentHandlers } from './routes/attachments.js';
import { caseHandlers } from './routes/cases.js';
import { catalogHandlers } from './routes/catalog.js';
import type { Seed } from './seed/types.js';
import type { SupportStore } from './store.js';
import { DEFAULT_UPLOAD_QUOTAS, type UploadQuotas, createUploads } from './uploads.js';

export interface AppOptions {
  store: SupportStore;
  blobs: BlobStore;
  seed: Seed;
  /** Path prefix of the API. Default `/api`. */
  basePath?: string;
  maxUploadBytes?: number;
  allowedContentTypes?: string[];
  /** Origins allowed to call the API from a browser (CORS); `*` for any. Default: none (same origin). */
  corsOrigins?: string[] | '*';
  /** Secret that signs attachment download addresses. */
  signingSecret: string;
  /**
   * Address under which clients reach this server (`https://support.example.com`, a path prefix
   * allowed): download links start with it. Without it they take the request's origin, which
   * comes from the `Host` header — fine in a page (the in-browser backend) and in tests, not on a
   * network, where `npm start` always sets it.
   */
  publicUrl?: string;
  /** Lifetime of a signed download address, in seconds. Default 1 hour. */
  downloadTtlSeconds?: number;
  /** Upload quotas per person and per organization; see DEFAULT_UPLOAD_QUOTAS. */
  quotas?: Partial<UploadQuotas>;
  /** Requests per person in a fixed window, across instances; `false` for none. See DEFAULT_RATE_LIMITS. */
  rateLimit?: Partial<RateLimits> | false;
  /** How long Idempotency-Key answers are kept; see DEFAULT_IDEMPOTENCY. */
  idempotency?: Partial<IdempotencyLimits>;
  now?: () => Date;
}

export function createApp(options: AppOptions): Hono<Env> {
  const { store, blobs, seed } = options;
  const basePath = options.basePath ?? '/api';
  const now = options.now ?? (() => new Date());
  // English messages for the checks that do not carry their own.
  z.config(z.locales.en());

  const uploads = createUploads({
    store,
    blobs,
    basePath,
    publicUrl: options.publicUrl?.replace(/\/+$/, ''),
    maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
    allowedContentTypes: options.allowedContentTypes ?? ALLOWED_ATTACHMENT_TYPES,
    quotas: { ...DEFAULT_UPLOAD_QUOTAS, ...options.quotas },
    signingSecret: options.signingSecret,
    downloadTtlSeconds: options.downloadTtlSeconds ?? 3600,
    now,
  });
  const idempotent = createIdempotency(
    store,
    { ...DEFAULT_IDEMPOTENCY, ...options.idempotency },
    now,
  );
  const app = new Hono<Env>().basePath(basePath);
  const parts: AppParts = { store, blobs, seed, basePath, now, uploads };
  const handlers: Partial<Handlers> = {
    ...accountHandlers(parts),
    ...catalogHandlers(parts),
    ...attachmentHandlers(parts),
    ...caseHandlers(parts),
  };
  const unhandled = OPERATION_IDS.filter((id) => !handlers[id]);
  if (unhandled.length > 0) throw new Error(`No handler for ${unhandled.join(', ')}`);
  /** Registers the operations that need a bearer token (`anonymous` false), or those that do not. */
  const register = (anonymous: boolean) => {
    for (const id of OPERATION_IDS)
      if ('anonymous' in ROUTES[id] === anonymous)
        registerOperation(app, id, handlers[id] as AnyHandler, idempotent);
  };

  app.use('*', corsFor(options.corsOrigins));
  app.use('*', noSniff);
  app.use('*', refuseNul);
  app.use('*', methodNotAllowed(basePath));

  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, error);
    console.error('[eq-support reference backend]', error);
    return problemResponse(
      c,
      new ProblemError(
        500,
        'Internal server error',
        'Something went wrong on our side. Try again.',
      ),
    );
  });
  app.notFound((c) =>
    problemResponse(
      c,
      new ProblemError(
        404,
        'Not found',
        `${c.req.method} ${new URL(c.req.url).pathname} does not exist.`,
      ),
    ),
  );

  app.get('/openapi.json', (c) => c.json(buildOpenApiDocument(basePath)));
  // The signed download address: the link is the permission.
  register(true);

  // Everything below needs a signed-in person.
  app.use('*', requireUser(store));
  if (options.rateLimit !== false)
    app.use('*', rateLimit(store, { ...DEFAULT_RATE_LIMITS, ...options.rateLimit }, now));
  register(false);
  return app;
}
