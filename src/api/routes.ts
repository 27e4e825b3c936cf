/**
 * The one description of every route of the support API: method, path, query, body, answer,
 * idempotency and language. The reference backend registers and validates its handlers from it,
 * the OpenAPI document (`openapi.ts`) is generated from it, and the HTTP client sends its requests
 * from its first half (`endpoints.ts`) and checks a write's body against it: they cannot drift
 * apart.
 *
 * Only what a request needs lives here (the client ships it); the prose of the document, each
 * operation's summary and the meaning of each error, is in `openapi.ts`.
 */
import { ENDPOINTS, type OperationId, type RouteSpec } from './endpoints.js';
import {
  ArticleSearchQuery,
  CaseQuery,
  CloseCase,
  DownloadQuery,
  NewCase,
  NewConcern,
  NewMessage,
  NewSurveyAnswer,
  ReopenCase,
  UserSettingsPatch,
} from './request-schemas.js';

export { OPERATION_IDS, pathOf } from './endpoints.js';
export type { HttpMethod, OperationId, RouteSpec } from './endpoints.js';

/** Every route, with the schemas of what its requests carry. */
export const ROUTES = {
  ...ENDPOINTS,
  updateSettings: { ...ENDPOINTS.updateSettings, body: UserSettingsPatch },
  listArticles: { ...ENDPOINTS.listArticles, query: ArticleSearchQuery },
  downloadAttachment: { ...ENDPOINTS.downloadAttachment, query: DownloadQuery },
  listCases: { ...ENDPOINTS.listCases, query: CaseQuery },
  createCase: { ...ENDPOINTS.createCase, body: NewCase },
  addMessage: { ...ENDPOINTS.addMessage, body: NewMessage },
  reopenCase: { ...ENDPOINTS.reopenCase, body: ReopenCase },
  closeCase: { ...ENDPOINTS.closeCase, body: CloseCase },
  raiseConcern: { ...ENDPOINTS.raiseConcern, body: NewConcern },
  answerSurvey: { ...ENDPOINTS.answerSurvey, body: NewSurveyAnswer },
} as const satisfies Record<OperationId, RouteSpec>;

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
