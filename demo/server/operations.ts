/**
 * The operations of the route table (src/api/routes.ts) as handlers: what every handler is given,
 * and how one is registered at its route's method and path, with its path id, query, JSON body
 * and Idempotency-Key checked against the contract before it runs.
 */
import type { Context, Hono } from 'hono';
import type * as z from 'zod/mini';
import { ROUTES, type OperationId, type RouteSpec } from '../../src/api/routes.js';
import type { BlobStore } from './blobs.js';
import type { Idempotent } from './idempotency.js';
import { fieldErrorsOf, validationProblem } from './problems.js';
import { parseJson, readBody } from './request-body.js';
import type { Seed } from './seed/types.js';
import type { StoredUser, SupportStore, Viewer } from './store.js';
import type { Uploads } from './uploads.js';

export interface Env {
  Variables: { user: StoredUser; viewer: Viewer };
}
export type Ctx = Context<Env>;

/** What the handlers of the app share. */
export interface AppParts {
  store: SupportStore;
  blobs: BlobStore;
  seed: Seed;
  /** Path prefix of the API. */
  basePath: string;
  now: () => Date;
  uploads: Uploads;
}

/** The `{id}` of the request's route (checked before the handler to hold 1 to 128 characters). */
export const pathId = (c: Ctx): string => c.req.param('id') ?? '';

export const randomId = (prefix: string) =>
  `${prefix}-${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;

type Route<Id extends OperationId> = (typeof ROUTES)[Id];
type QueryOf<Id extends OperationId> =
  Route<Id> extends { query: infer Q } ? (Q extends z.ZodMiniType ? z.infer<Q> : never) : undefined;
type BodyOf<Id extends OperationId> =
  Route<Id> extends { body: infer B }
    ? B extends z.ZodMiniType
      ? z.infer<B>
      : undefined
    : undefined;

/** The handler of operation `Id`: its query and JSON body come checked against the contract. */
export type Handler<Id extends OperationId> = (
  c: Ctx,
  request: { query: QueryOf<Id>; body: BodyOf<Id> },
) => Response | Promise<Response>;

/** Handlers of some operations, keyed by operation id. */
export type Handlers<Id extends OperationId = OperationId> = { [K in Id]: Handler<K> };

/** A handler of any operation, as registered. */
export type AnyHandler = (
  c: Ctx,
  request: { query: unknown; body: unknown },
) => Response | Promise<Response>;

/**
 * Registers the handler of operation `id` at its route's method and path, with its path id and
 * query checked against the contract first (400 with one error per field), then its JSON body
 * read and checked, under the Idempotency-Key rules where the route has them.
 */
export function registerOperation(
  app: Hono<Env>,
  id: OperationId,
  handler: AnyHandler,
  idempotent: Idempotent,
): void {
  const route: RouteSpec = ROUTES[id];
  const schema = typeof route.body === 'object' ? route.body : undefined;
  if (route.idempotency && !schema)
    throw new Error(`${id}: an Idempotency-Key needs a JSON body to fingerprint`);
  app.on(route.method.toUpperCase(), route.path.replace('{id}', ':id'), async (c) => {
    if (route.path.includes('{id}')) {
      const param = pathId(c);
      if (param.length < 1 || param.length > 128)
        throw validationProblem(
          [
            {
              field: 'id',
              message: 'An id has 1 to 128 characters',
              code: param.length < 1 ? 'too_small' : 'too_big',
            },
          ],
          'The id in the address is invalid.',
        );
    }
    let query: unknown;
    if (route.query) {
      const parsed = route.query.safeParse(c.req.query());
      if (!parsed.success)
        throw validationProblem(
          fieldErrorsOf(parsed.error.issues),
          'Some query parameters are invalid.',
        );
      query = parsed.data;
    }
    if (!schema) return handler(c, { query, body: undefined });
    if (route.idempotency) {
      return idempotent(c, route.idempotency === 'required', async (raw) =>
        handler(c, { query, body: parseJson(c, raw, schema) }),
      );
    }
    return handler(c, { query, body: parseJson(c, await readBody(c), schema) });
  });
}
