/**
 * The routes of the support API as the HTTP client needs them: method, path, answer, idempotency
 * and language. What a request carries (its body's and query's schemas) is added in `routes.ts`,
 * which the reference backend and the OpenAPI document use, and which the client loads with its
 * first write to check the body: opening the launcher, which only reads, does not load it.
 */
import type * as z from 'zod/mini';
import {
  Article,
  ArticleList,
  Attachment,
  Case,
  CasePage,
  ContactList,
  ServiceStatus,
  SupportCenterList,
  Taxonomy,
  User,
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

export const ENDPOINTS = {
  getMe: { method: 'get', path: '/me', status: 200, answer: User },
  updateSettings: {
    method: 'patch',
    path: '/me/settings',
    status: 200,
    answer: User,
  },
  getTaxonomy: { method: 'get', path: '/taxonomy', status: 200, answer: Taxonomy, localized: true },
  listContacts: { method: 'get', path: '/contacts', status: 200, answer: ContactList },
  listArticles: {
    method: 'get',
    path: '/articles',
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
    status: 200,
    anonymous: true,
  },
  listCases: { method: 'get', path: '/cases', status: 200, answer: CasePage },
  createCase: {
    method: 'post',
    path: '/cases',
    status: 201,
    answer: Case,
    idempotency: 'required',
  },
  getCase: { method: 'get', path: '/cases/{id}', status: 200, answer: Case },
  addMessage: {
    method: 'post',
    path: '/cases/{id}/messages',
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
    status: 200,
    answer: Case,
    idempotency: 'optional',
    localized: true,
  },
  closeCase: {
    method: 'post',
    path: '/cases/{id}/close',
    status: 200,
    answer: Case,
    idempotency: 'optional',
    localized: true,
  },
  raiseConcern: {
    method: 'post',
    path: '/cases/{id}/concerns',
    status: 200,
    answer: Case,
    idempotency: 'optional',
  },
  answerSurvey: {
    method: 'post',
    path: '/cases/{id}/survey',
    status: 200,
    answer: Case,
    idempotency: 'optional',
  },
} as const satisfies Record<string, RouteSpec>;

export type OperationId = keyof typeof ENDPOINTS;

/** Every operation, in the order of the table. */
export const OPERATION_IDS = Object.keys(ENDPOINTS) as OperationId[];

/** The path of `id`'s route with its `{id}` filled in (encoded), below the API base. */
export const pathOf = (id: OperationId, param?: string): string =>
  ENDPOINTS[id].path.replace('{id}', encodeURIComponent(param ?? ''));
