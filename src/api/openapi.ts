/**
 * The OpenAPI 3.1 document of the support API, generated (never hand-written) from the route table
 * (`routes.ts`: methods, paths, queries, bodies, answers, idempotency, languages) and the zod
 * contract (`schemas.ts`). This module adds only the prose: each operation's summary and what each
 * of its errors means. Served by the reference backend at `{base}/openapi.json` and written to
 * `dist/openapi.json`.
 */
import * as z from 'zod/mini';
import {
  ALLOWED_ATTACHMENT_TYPES,
  ALLOWED_EXTENSIONS,
  DEFAULT_MAX_UPLOAD_BYTES,
} from './attachments.js';
import { ROUTES, OPERATION_IDS, type OperationId, type RouteSpec } from './routes.js';
import * as answerSchemas from './schemas.js';
import * as requestSchemas from './request-schemas.js';
import { NEW_CASE_BLOCKER_RULE } from './request-schemas.js';

/** Every exported schema of the contract, in the order of their names (as one module's were). */
const schemas = Object.fromEntries(
  Object.entries({ ...answerSchemas, ...requestSchemas }).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  ),
) as typeof answerSchemas & typeof requestSchemas;

/**
 * Exported schemas that are not components of the document: building blocks written out where
 * they are used, and the query strings (parameters, not bodies). Every other exported schema
 * with a PascalCase name is a `components.schemas` entry under that name.
 */
const INLINED = new Set([
  'ArticleSearchQuery',
  'CaseNumber',
  'CaseQuery',
  'CaseSort',
  'DomainOrUrl',
  'DownloadQuery',
  'Phone',
  'ReferenceIds',
  'Timestamp',
]);

/** The components' descriptions (here, not in the schemas' modules: the browser never ships them). */
const DESCRIPTIONS: Partial<Record<keyof typeof schemas, string>> = {
  Priority: 'Impact of the case on business revenue. Cannot be changed after the case is saved.',
  Problem: 'An RFC 9457 problem details document (`application/problem+json`).',
  EmailNotifications: 'Which portal activities send the person an e-mail.',
  SupportCenter: 'A customer support delivery center. Closed on local public holidays.',
  TechnicalContact:
    'Required for Blocker cases: a technical contact who stays continuously available.',
  CaseMetadata: 'Technical context that travels with a case, for the support specialist.',
  NewCase: 'Body of `POST /cases`. An id sent twice in `attachmentIds` is attached once.',
  NewMessage:
    'Body of `POST /cases/{id}/messages`. `attachmentIds` are uploads of the signed-in person; ' +
    'an id sent twice, or already attached to the case, is attached once (duplicates are ignored).',
};

const isSchema = (value: unknown): value is z.ZodMiniType =>
  typeof value === 'object' && value !== null && '_zod' in value;

/** The named schemas: each becomes a `components.schemas` entry. */
const apiRegistry = z.registry<{ id: string; description?: string }>();
for (const [id, value] of Object.entries(schemas)) {
  if (!/^[A-Z][a-z]/.test(id) || INLINED.has(id) || !isSchema(value)) continue;
  const description = DESCRIPTIONS[id as keyof typeof schemas];
  apiRegistry.add(value, description ? { id, description } : { id });
}

type JsonObject = Record<string, unknown>;

/** Statuses of the errors an operation may answer. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429;

const TAGS = {
  Me: 'The signed-in person and their settings.',
  Reference: 'What the forms offer: taxonomy, contacts, delivery centers, service status.',
  Articles: 'Help articles suggested while a case is written.',
  Attachments: 'Files: uploaded once, attached to a new case by id, downloaded by signed address.',
  Cases: 'Filing, browsing and acting on support cases.',
} as const;

interface OperationDoc {
  summary: string;
  description?: string;
  tag: keyof typeof TAGS;
  /** What the successful answer is. */
  answer: string;
  /** What `Accept-Language` chooses, on a route that follows it. */
  language?: string;
  /** The meaning of this operation's own errors; they add to (or refine) the common ones. */
  errors?: Partial<Record<ErrorStatus, string>>;
}

const CASE_ID = 'The case id (`Case.id`).';
const NOT_OPEN =
  'The case is resolved or closed (`case-not-open`), or its history is full (`case-history-full`).';

/** The prose of each operation; the compiler checks that every route has one. */
export const DOCS: Record<OperationId, OperationDoc> = {
  getMe: { summary: 'The signed-in person', tag: 'Me', answer: 'The person' },
  updateSettings: {
    summary: 'Update language and e-mail notification preferences',
    tag: 'Me',
    answer: 'The person with the new settings',
  },
  getTaxonomy: {
    summary: 'Priorities, case types and categories, close reasons, concern categories',
    tag: 'Reference',
    answer: 'The taxonomy in the negotiated language',
    language: 'the labels, descriptions, examples and rules',
  },
  listContacts: {
    summary: "The organization's contacts",
    description: '`portalAccess` tells who can be added to a case as a collaborator.',
    tag: 'Reference',
    answer: 'The contacts',
  },
  listArticles: {
    summary: 'Help article index',
    description: 'Summaries without bodies; `q` keeps the articles holding every word.',
    tag: 'Articles',
    answer: 'The matching articles',
  },
  getArticle: {
    summary: 'One help article with its body',
    tag: 'Articles',
    answer: 'The article',
    errors: { 404: 'No article has this id.' },
  },
  getServiceStatus: {
    summary: 'Components and open incidents',
    tag: 'Reference',
    answer: 'The service status',
  },
  listSupportCenters: {
    summary: 'Delivery centers and business hours',
    tag: 'Reference',
    answer: 'The delivery centers',
  },
  uploadAttachment: {
    summary: 'Upload a file (streamed) to attach to a new case',
    description:
      'The id of the answer goes into `attachmentIds` of `POST /cases` or of a message. An upload ' +
      'never attached is removed after a while (24 hours in the reference backend).',
    tag: 'Attachments',
    answer: 'Stored',
  },
  downloadAttachment: {
    summary: 'Download a file (signed address from `Attachment.url`)',
    description: 'No bearer token: the signature in the address is the permission.',
    tag: 'Attachments',
    answer: 'The file, with its own media type',
    errors: {
      400: '`exp` or `sig` is missing or malformed.',
      403: 'The signature is wrong or the link has expired: open the case again for a fresh one.',
      404: 'The file no longer exists.',
    },
  },
  listCases: {
    summary: 'Cases, filtered, sorted and paginated by cursor',
    tag: 'Cases',
    answer: 'One page of cases',
    errors: {
      400: 'A query parameter is invalid, or the cursor belongs to another sort order or was altered.',
    },
  },
  createCase: {
    summary: 'File a case',
    description:
      'Send a new Idempotency-Key per draft and reuse it on every retry: the case is filed once.',
    tag: 'Cases',
    answer: 'Created (or, for a key already used, the replay of the first answer)',
    errors: {
      400:
        'A field is invalid (each in `errors`): e.g. a type or category unknown, a collaborator ' +
        'without portal access, an upload that is unknown or already attached.',
    },
  },
  getCase: {
    summary: 'One case with its history',
    tag: 'Cases',
    answer: 'The case',
    errors: { 404: 'No case of your organization has this id.' },
  },
  addMessage: {
    summary: 'Add a message (optionally requesting a priority change)',
    tag: 'Cases',
    answer: 'The updated case',
    language:
      'the reason of the status change written into the history when the case waited for the customer',
    errors: { 409: NOT_OPEN },
  },
  addCaseAttachment: {
    summary: 'Attach a file to an existing case',
    tag: 'Attachments',
    answer: 'The updated case',
    errors: { 409: NOT_OPEN },
  },
  reopenCase: {
    summary: 'Reopen a resolved or closed case',
    tag: 'Cases',
    answer: 'The updated case',
    language: 'the reason of the status change written into the history',
    errors: {
      409: 'The case is open (`case-open`): add a message instead. Or its history is full.',
    },
  },
  closeCase: {
    summary: 'Close a case',
    tag: 'Cases',
    answer: 'The updated case',
    language: 'the close reason written into the history',
    errors: { 409: 'The case is already closed, or its history is full.' },
  },
  raiseConcern: {
    summary: 'Raise a case concern',
    tag: 'Cases',
    answer: 'The updated case',
    errors: { 409: 'The case history is full.' },
  },
  answerSurvey: {
    summary: 'Answer the satisfaction survey of a resolved case',
    tag: 'Cases',
    answer: 'The updated case',
    errors: {
      409: 'The case is not resolved or closed yet, or the survey is already answered.',
    },
  },
};

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

const RETRY_AFTER = {
  description: 'Seconds to wait before trying again.',
  schema: { type: 'string', pattern: '^[0-9]+$' },
};

const problem = (description: string, headers?: JsonObject) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

/** The errors every route of its kind shares, then the operation's own. */
function errorsOf(route: RouteSpec, doc: OperationDoc): Partial<Record<ErrorStatus, string>> {
  const json = typeof route.body === 'object';
  const errors: Partial<Record<ErrorStatus, string>> = {
    400: json
      ? 'The body is not valid JSON, or fields are invalid (each in `errors`).'
      : 'A parameter is invalid (each in `errors`).',
  };
  if (!route.anonymous) {
    errors[401] = 'The bearer token is missing, invalid or expired (`WWW-Authenticate: Bearer`).';
  }
  if (route.path.includes('{id}')) errors[404] = 'Not found, or not visible to your organization.';
  if (route.idempotency) {
    errors[409] =
      'A request with this Idempotency-Key is still processed: retry after `Retry-After`.';
    errors[422] = 'This Idempotency-Key was used with another body: use a new key.';
  }
  if (json) {
    errors[413] = 'The body is larger than 1 MB (refused before it is read).';
    errors[415] = 'The body is not `application/json`.';
  }
  if (route.body === 'file') {
    errors[413] =
      `The file is larger than the limit (${DEFAULT_MAX_UPLOAD_BYTES / 1024 / 1024} MB by default), ` +
      'or the upload quota of the person or the organization is reached (`upload-quota-exceeded`).';
    errors[415] = `The file's ending and media type are not on the allowlist: ${ALLOWED_EXTENSIONS.join(' ')}.`;
  }
  if (!route.anonymous) {
    errors[429] = 'Too many requests (or uploads) from this person: wait `Retry-After` seconds.';
  }
  for (const [status, text] of Object.entries(doc.errors ?? {})) {
    const code = Number(status) as ErrorStatus;
    errors[code] = errors[code] && code === 409 ? `${text} Or: ${errors[code]}` : text;
  }
  return errors;
}

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

const idempotencyKey = (required: boolean) => ({
  name: 'Idempotency-Key',
  in: 'header',
  required,
  description:
    'Unique key of this change (IETF Idempotency-Key draft). Same key and body: the first answer is ' +
    'replayed (with `Idempotent-Replayed: true`). Same key, other body: 422. Same key while the first ' +
    'request is still processed: 409. Keys are kept 24 hours.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
});

const ID_DESCRIPTIONS: Record<string, string> = {
  '/articles/{id}': 'The article id.',
  '/attachments/{id}/content': 'The attachment id.',
};

/** The query schema's properties as OpenAPI parameters. */
function queryParameters(schema: z.ZodMiniType): JsonObject[] {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as {
    properties?: Record<string, JsonObject>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...schemaOnly } = property;
    return {
      name,
      in: 'query',
      required: json.required?.includes(name) ?? false,
      ...(typeof description === 'string' ? { description } : {}),
      schema: schemaOnly,
    };
  });
}

const UPLOAD_BODY = {
  required: true,
  description:
    "The raw file. `Content-Type` is its media type (one of the allowlist, matching the file's " +
    "ending); `Content-Disposition: attachment; filename*=UTF-8''…` its name.",
  // The bytes are not constrained (an empty Media Type Object): a JSON file need not be a string.
  content: Object.fromEntries(ALLOWED_ATTACHMENT_TYPES.map((type) => [type, {}])),
};

function operation(id: OperationId): JsonObject {
  const route: RouteSpec = ROUTES[id];
  const doc = DOCS[id];
  const parameters: JsonObject[] = [];
  if (route.path.includes('{id}')) {
    parameters.push({
      name: 'id',
      in: 'path',
      required: true,
      description: ID_DESCRIPTIONS[route.path] ?? CASE_ID,
      schema: { type: 'string', minLength: 1, maxLength: 128 },
    });
  }
  if (route.query) parameters.push(...queryParameters(route.query));
  if (route.idempotency) parameters.push(idempotencyKey(route.idempotency === 'required'));
  if (doc.language) parameters.push(acceptLanguage(doc.language));
  if (route.body === 'file') {
    parameters.push({
      name: 'Content-Disposition',
      in: 'header',
      required: false,
      description:
        "The file's name: `attachment; filename*=UTF-8''<percent-encoded name>`. Without one, the " +
        'file is named after its type (`file.png`).',
      schema: { type: 'string' },
    });
  }

  const successHeaders: JsonObject = {};
  if (route.localized && !route.body) {
    successHeaders['Content-Language'] = {
      description: 'The language of the texts.',
      schema: ref('Locale'),
    };
    successHeaders.Vary = {
      description: 'Includes `Accept-Language`: caches keep one answer per language.',
      schema: { type: 'string' },
    };
  }
  if (route.status === 201 && route.body !== 'file') {
    successHeaders.Location = {
      description: 'The address of the new case (also on a replay).',
      schema: { type: 'string' },
    };
  }
  if (route.idempotency) {
    successHeaders['Idempotent-Replayed'] = {
      description: '`true` when this is the replay of the first answer for the key.',
      schema: { type: 'string', enum: ['true'] },
    };
  }
  if (route.anonymous) {
    successHeaders['Content-Disposition'] = {
      description: "`attachment; filename*=UTF-8''…` (RFC 6266, the name encoded as in RFC 8187).",
      schema: { type: 'string' },
    };
  }
  const success = {
    description: doc.answer,
    ...(Object.keys(successHeaders).length > 0 ? { headers: successHeaders } : {}),
    content: route.answer
      ? { 'application/json': { schema: ref(apiRegistry.get(route.answer)!.id) } }
      : // The file with its own media type (one of the upload allowlist), bytes unconstrained.
        { '*/*': {} },
  };

  const responses: JsonObject = { [String(route.status)]: success };
  for (const [status, text] of Object.entries(errorsOf(route, doc))) {
    const headers: JsonObject | undefined =
      status === '429' || (status === '409' && route.idempotency)
        ? { 'Retry-After': RETRY_AFTER }
        : status === '401'
          ? {
              'WWW-Authenticate': {
                description: '`Bearer realm="eq-support"`',
                schema: { type: 'string' },
              },
            }
          : undefined;
    responses[status] = problem(text, headers);
  }

  return {
    operationId: id,
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    tags: [doc.tag],
    ...(route.anonymous ? { security: [] } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body === 'file'
      ? { requestBody: UPLOAD_BODY }
      : route.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': { schema: ref(apiRegistry.get(route.body)!.id) },
              },
            },
          }
        : {}),
    responses,
  };
}

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
  // What a zod refine checks, the document states too.
  Object.assign(components.NewCase!, NEW_CASE_BLOCKER_RULE);
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const id of OPERATION_IDS) {
    const { path, method } = ROUTES[id];
    (paths[path] ??= {})[method] = operation(id);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'eq-support API',
      version: '1.0.0',
      summary: 'The contract between the eq-support web components and a support backend.',
      description:
        'Errors are RFC 9457 problem details (`application/problem+json`), with one entry per ' +
        'field in `errors`. A method a path does not take is answered 405 with `Allow`; an ' +
        'unknown path 404. Changes are deduplicated by `Idempotency-Key`. Texts in answers are in ' +
        'the language of `Accept-Language` where an operation says so.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: serverUrl, description: 'This backend' }],
    security: [{ bearer: [] }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'The access token of the signed-in person (the host page hands it over).',
        },
      },
    },
  };
}
