/**
 * The OpenAPI 3.1 document of the support API, generated from the zod contract (never hand-written).
 * Served by the reference backend at `{base}/openapi.json` and written to `dist/openapi.json`.
 */
import * as z from 'zod/mini';
import { apiRegistry } from './schemas.js';

type JsonObject = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

const json = (id: string, description = 'OK') => ({
  description,
  content: { 'application/json': { schema: ref(id) } },
});

const errors = {
  '400': problemResponse('Malformed request: field errors in `errors`'),
  '401': problemResponse('Missing or invalid bearer token'),
  '404': problemResponse('Not found, or not visible to this organization'),
  '422': problemResponse('Semantically invalid request'),
  '500': problemResponse('Unexpected server error'),
};

const idempotencyHeader = (required: boolean) => ({
  name: 'Idempotency-Key',
  in: 'header',
  required,
  description:
    'Unique key of this change (IETF Idempotency-Key draft). Same key and body: the first answer is replayed. ' +
    'Same key, other body: 422. Same key while the first request is still processed: 409.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
});

const caseId = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

/** The `Accept-Language` request header, for answers (or stored texts) that depend on it. */
const acceptLanguage = (what: string) => ({
  name: 'Accept-Language',
  in: 'header',
  required: false,
  description:
    `Preferred languages (RFC 9110, with q-values) for ${what}. One of the SDK's languages is ` +
    'chosen (`en`, `fr`, `es`, `pl`, `pt-BR`): regional tags match their language (`fr-CA` → ' +
    '`fr`, `pt` or `pt-PT` → `pt-BR`); anything else gets English. The SDK sends its language.',
  schema: { type: 'string', examples: ['fr-CA, fr;q=0.9, en;q=0.5'] },
});

const fileBody = {
  required: true,
  description:
    "The raw file. `Content-Type` is its media type; `Content-Disposition: attachment; filename*=UTF-8''…` its name.",
  content: { '*/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } },
};

const caseAction = (summary: string, body: string, language?: string): JsonObject => ({
  summary,
  parameters: [caseId, idempotencyHeader(false), ...(language ? [acceptLanguage(language)] : [])],
  requestBody: { required: true, content: { 'application/json': { schema: ref(body) } } },
  responses: {
    '200': json('Case', 'The updated case'),
    '409': problemResponse('Same key in flight, or action not allowed in this status'),
    ...errors,
  },
});

/** Builds the OpenAPI 3.1 document; `serverUrl` is the API base (e.g. `/api`). */
export function buildOpenApiDocument(serverUrl = '/api'): JsonObject {
  const { schemas } = z.toJSONSchema(apiRegistry, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const components: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema as JsonObject;
    components[id] = rest;
  }
  const caseQueryParams = ['status', 'priority', 'q', 'sort', 'cursor', 'limit', 'scope'].map(
    (name) => ({
      name,
      in: 'query',
      required: false,
      schema: (components.CaseQuery?.properties as Record<string, unknown> | undefined)?.[name] ?? {
        type: 'string',
      },
    }),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'eq-support API',
      version: '1.0.0',
      description:
        'Contract between the eq-support web components and a support backend. Errors are RFC 9457 problem details.',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    paths: {
      '/me': {
        get: { summary: 'The signed-in person', responses: { '200': json('User'), ...errors } },
      },
      '/me/settings': {
        patch: {
          summary: 'Update language and e-mail notification preferences',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('UserSettingsPatch') } },
          },
          responses: { '200': json('User'), ...errors },
        },
      },
      '/taxonomy': {
        get: {
          summary: 'Priorities, case types and categories, close reasons, concern categories',
          parameters: [acceptLanguage('the labels, descriptions, examples and rules')],
          responses: {
            '200': {
              ...json('Taxonomy', 'The taxonomy in the negotiated language'),
              headers: {
                'Content-Language': {
                  description: 'The language of the texts.',
                  schema: ref('Locale'),
                },
                Vary: {
                  description: 'Includes `Accept-Language`: caches keep one answer per language.',
                  schema: { type: 'string' },
                },
              },
            },
            ...errors,
          },
        },
      },
      '/contacts': {
        get: {
          summary: "The organization's contacts",
          responses: { '200': json('ContactList'), ...errors },
        },
      },
      '/articles': {
        get: {
          summary: 'Help article index',
          parameters: [
            { name: 'q', in: 'query', required: false, schema: { type: 'string' } },
            { name: 'section', in: 'query', required: false, schema: ref('ArticleSection') },
          ],
          responses: { '200': json('ArticleList'), ...errors },
        },
      },
      '/articles/{id}': {
        get: {
          summary: 'One help article with its body',
          parameters: [caseId],
          responses: { '200': json('Article'), ...errors },
        },
      },
      '/service-status': {
        get: {
          summary: 'Components and open incidents',
          responses: { '200': json('ServiceStatus'), ...errors },
        },
      },
      '/support-centers': {
        get: {
          summary: 'Delivery centers and business hours',
          responses: { '200': json('SupportCenterList'), ...errors },
        },
      },
      '/attachments': {
        post: {
          summary: 'Upload a file (streamed) to attach to a new case',
          requestBody: fileBody,
          responses: {
            '201': json('Attachment', 'Stored'),
            '413': problemResponse('File larger than the limit'),
            '415': problemResponse('File type not allowed'),
            ...errors,
          },
        },
      },
      '/attachments/{id}/content': {
        get: {
          summary: 'Download a file (signed address from `Attachment.url`)',
          parameters: [
            caseId,
            { name: 'sig', in: 'query', required: true, schema: { type: 'string' } },
            { name: 'exp', in: 'query', required: true, schema: { type: 'string' } },
          ],
          security: [],
          responses: {
            '200': { description: 'The file' },
            '403': problemResponse('Signature invalid or expired'),
            '404': problemResponse('Not found'),
          },
        },
      },
      '/cases': {
        get: {
          summary: 'Cases, filtered, sorted and paginated by cursor',
          parameters: caseQueryParams,
          responses: { '200': json('CasePage'), ...errors },
        },
        post: {
          summary: 'File a case',
          parameters: [idempotencyHeader(true)],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('NewCase') } },
          },
          responses: {
            '201': json('Case', 'Created (or the replay of the first answer for this key)'),
            '409': problemResponse('A request with this key is still processed'),
            ...errors,
          },
        },
      },
      '/cases/{id}': {
        get: {
          summary: 'One case with its history',
          parameters: [caseId],
          responses: { '200': json('Case'), ...errors },
        },
      },
      '/cases/{id}/messages': {
        post: caseAction(
          'Add a message (optionally requesting a priority change)',
          'NewMessage',
          'the reason of the status change written into the history when the case waited for the customer',
        ),
      },
      '/cases/{id}/attachments': {
        post: {
          summary: 'Attach a file to an existing case',
          parameters: [caseId],
          requestBody: fileBody,
          responses: {
            '200': json('Case', 'The updated case'),
            '413': problemResponse('Too large'),
            '415': problemResponse('Type not allowed'),
            ...errors,
          },
        },
      },
      '/cases/{id}/reopen': {
        post: caseAction(
          'Reopen a resolved or closed case',
          'ReopenCase',
          'the reason of the status change written into the history',
        ),
      },
      '/cases/{id}/close': {
        post: caseAction(
          'Close an open case',
          'CloseCase',
          'the close reason written into the history',
        ),
      },
      '/cases/{id}/concerns': { post: caseAction('Raise a case concern', 'NewConcern') },
      '/cases/{id}/survey': {
        post: caseAction('Answer the satisfaction survey of a resolved case', 'NewSurveyAnswer'),
      },
    },
    components: {
      schemas: components,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
