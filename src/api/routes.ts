/**
 * The one description of every route of the support API: method, path, query, body, answer,
 * idempotency and language. The HTTP client (`http-backend.ts`) sends its requests from it, the
 * reference backend registers and validates its handlers from it, and the OpenAPI document
 * (`openapi.ts`) is generated from it: the three cannot drift apart.
 *
 * Only what a request needs lives here (the client ships it); the prose of the document, each
 * operation's summary and the meaning of each error, is in `openapi.ts`.
 */
import type * as z from 'zod/mini';
import {
  Article,
  ArticleList,
  ArticleSearchQuery,
  Attachment,
  Case,
  CasePage,
  CaseQuery,
  CloseCase,
  ContactList,
  DownloadQuery,
  NewCase,
  NewConcern,
  NewMessage,
  NewSurveyAnswer,
  ReopenCase,
  ServiceStatus,
  SupportCenterList,
  Taxonomy,
  User,
  UserSettingsPatch,
} from './schemas.js';

export type HttpMethod = 'get' | 'post' | 'patch';

export interface RouteSpec {
  readonly method: HttpMethod;
  /** Path below the API base, with `{id}` for the one path parameter. */
  readonly path: `/${string}`;
  /** The query parameters, all strings on the wire. */
  readonly query?: z.ZodMiniType;
  /** A JSON body's schema, or `file` for a raw upload (its type and name in headers). */
  readonly body?: z.ZodMiniType | 'file';
  /** Status of a successful answer. */
  readonly status: 200 | 201;
  /** A JSON answer's schema; absent when the answer is the raw file. */
  readonly answer?: z.ZodMiniType;
  /**
   * `Idempotency-Key`: `required` (the request is refused without one) or `optional` (sent by the
   * client on every call, so a retry is safe). Absent: not deduplicated.
   */
  readonly idempotency?: 'required' | 'optional';
  /** The answer (or a text the request writes into a case) follows `Accept-Language`. */
  readonly localized?: true;
  /** Needs no bearer token (a signed address instead). */
  readonly anonymous?: true;
}

export const ROUTES = {
  getMe: { method: 'get', path: '/me', status: 200, answer: User },
  updateSettings: {
    method: 'patch',
    path: '/me/settings',
    body: UserSettingsPatch,
    status: 200,
    answer: User,
  },
  getTaxonomy: { method: 'get', path: '/taxonomy', status: 200, answer: Taxonomy, localized: true },
  listContacts: { method: 'get', path: '/contacts', status: 200, answer: ContactList },
  listArticles: {
    method: 'get',
    path: '/articles',
    query: ArticleSearchQuery,
    status: 200,
    answer: ArticleList,
  },
  getArticle: { method: 'get', path: '/articles/{id}', status: 200, answer: Article },
  getServiceStatus: { method: 'get', path: '/service-status', status: 200, answer: ServiceStatus },
  listSupportCenters: {
    method: 'get',
    path: '/support-centers',
    status: 200,
    answer: SupportCenterList,
  },
  uploadAttachment: {
    method: 'post',
    path: '/attachments',
    body: 'file',
    status: 201,
    answer: Attachment,
  },
  downloadAttachment: {
    method: 'get',
    path: '/attachments/{id}/content',
    query: DownloadQuery,
    status: 200,
    anonymous: true,
  },
  listCases: { method: 'get', path: '/cases', query: CaseQuery, status: 200, answer: CasePage },
  createCase: {
    method: 'post',
    path: '/cases',
    body: NewCase,
    status: 201,
    answer: Case,
    idempotency: 'required',
  },
  getCase: { method: 'get', path: '/cases/{id}', status: 200, answer: Case },
  addMessage: {
    method: 'post',
    path: '/cases/{id}/messages',
    body: NewMessage,
    status: 200,
    answer: Case,
    idempotency: 'optional',
    localized: true,
  },
  addCaseAttachment: {
    method: 'post',
    path: '/cases/{id}/attachments',
    body: 'file',
    status: 200,
    answer: Case,
  },
  reopenCase: {
    method: 'post',
    path: '/cases/{id}/reopen',
    body: ReopenCase,
    status: 200,
    answer: Case,
    idempotency: 'optional',
    localized: true,
  },
  closeCase: {
    method: 'post',
    path: '/cases/{id}/close',
    body: CloseCase,
    status: 200,
    answer: Case,
    idempotency: 'optional',
    localized: true,
  },
  raiseConcern: {
    method: 'post',
    path: '/cases/{id}/concerns',
    body: NewConcern,
    status: 200,
    answer: Case,
    idempotency: 'optional',
  },
  answerSurvey: {
    method: 'post',
    path: '/cases/{id}/survey',
    body: NewSurveyAnswer,
    status: 200,
    answer: Case,
    idempotency: 'optional',
  },
} as const satisfies Record<string, RouteSpec>;

export type OperationId = keyof typeof ROUTES;

/** Every operation, in the order of the table. */
export const OPERATION_IDS = Object.keys(ROUTES) as OperationId[];

/** The path of `id`'s route with its `{id}` filled in (encoded), below the API base. */
export const pathOf = (id: OperationId, param?: string): string =>
  ROUTES[id].path.replace('{id}', encodeURIComponent(param ?? ''));

/**
 * The methods a path of the API answers (upper case, `HEAD` with `GET`), or null when no route
 * has this path. `path` is below the API base, e.g. `/cases/123`.
 */
let patterns: [RegExp, RouteSpec][] | undefined;

export function allowedMethods(path: string): string[] | null {
  patterns ??= (Object.values(ROUTES) as RouteSpec[]).map((route) => [
    new RegExp(`^${route.path.replace('{id}', '[^/]+')}/?$`),
    route,
  ]);
  const methods = new Set<string>();
  for (const [pattern, route] of patterns) {
    if (!pattern.test(path)) continue;
    methods.add(route.method.toUpperCase());
    if (route.method === 'get') methods.add('HEAD');
  }
  return methods.size > 0 ? [...methods] : null;
}
