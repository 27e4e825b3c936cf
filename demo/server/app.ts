/**
 * The reference support backend: one Hono app, validating every request with the same zod
 * contract the client uses. Platform-neutral (no Node imports), so the same app runs in Node
 * (`npm start`, PGlite + files) and inside the browser (in-memory, through the client's `fetch`).
 */
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import * as z from 'zod/mini';
import {
  ALLOWED_ATTACHMENT_TYPES,
  ALLOWED_EXTENSIONS,
  ATTACHMENT_EXTENSIONS,
  DEFAULT_MAX_UPLOAD_BYTES,
  cleanFileName,
  isAllowedAttachment,
} from '../../src/api/attachments.js';
import { buildOpenApiDocument } from '../../src/api/openapi.js';
import { allows } from '../../src/api/case-rules.js';
import { issuesToFieldErrors } from '../../src/api/problem.js';
import {
  OPERATION_IDS,
  ROUTES,
  allowedMethods,
  type OperationId,
  type RouteSpec,
} from '../../src/api/routes.js';
import {
  type Attachment,
  type Case,
  type CaseEvent,
  type CaseStatus,
  type FieldError,
  type Priority,
  CASE_STATUSES,
  CloseCase,
  NewCase,
  NewConcern,
  NewMessage,
  MAX_CASE_HISTORY,
  NewSurveyAnswer,
  OPEN_STATUSES,
  PRIORITIES,
  ReopenCase,
  type Taxonomy,
  UserSettingsPatch,
} from '../../src/api/schemas.js';
import type { Locale } from '../../src/api/locales.js';
import { type BlobStore, BlobTooLargeError } from './blobs.js';
import { HISTORY_TEXTS, negotiateLocale } from './language.js';
import { translateTaxonomy } from './seed/taxonomy-i18n.js';
import type { Seed } from './seed/types.js';
import {
  type AttachmentRecord,
  type StoredCase,
  type StoredUser,
  type SupportStore,
  type Viewer,
  decodeCursor,
} from './store.js';

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

/** Storage one person, and one organization, may fill with uploads (attached to a case or not). */
export interface UploadQuotas {
  userBytes: number;
  userFiles: number;
  organizationBytes: number;
  organizationFiles: number;
}
const GiB = 1024 ** 3;
export const DEFAULT_UPLOAD_QUOTAS: UploadQuotas = {
  userBytes: 2 * GiB,
  userFiles: 1000,
  organizationBytes: 20 * GiB,
  organizationFiles: 10_000,
};

/** Requests one person may make per window (any request, and uploads on their own). */
export interface RateLimits {
  windowMs: number;
  requests: number;
  uploads: number;
}
export const DEFAULT_RATE_LIMITS: RateLimits = { windowMs: 60_000, requests: 600, uploads: 60 };

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

interface Env {
  Variables: { user: StoredUser; viewer: Viewer };
}
type Ctx = Context<Env>;

const PROBLEM_BASE = 'https://eq-support.dev/problems/';

/**
 * Largest JSON body read: the largest valid one (a case with two 32,000-character texts, each
 * character escaped as `\uXXXX`) is under 400 KB. A bigger body is refused with 413 before it is
 * read (by its `Content-Length`) or as soon as it passes the limit (a chunked one).
 */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly type = 'about:blank',
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
  }
}

const formatMegabytes = (bytes: number) =>
  bytes >= GiB
    ? `${Math.round((bytes / GiB) * 10) / 10} GB`
    : `${Math.round(bytes / 1024 ** 2)} MB`;

const validationProblem = (errors: FieldError[], detail = 'Some fields need attention.') =>
  new ProblemError(400, 'Invalid request', detail, errors, `${PROBLEM_BASE}validation`);

function problemResponse(c: Context, p: ProblemError): Response {
  const body: Record<string, unknown> = { type: p.type, title: p.title, status: p.status };
  if (p.detail) body.detail = p.detail;
  if (p.errors && p.errors.length > 0) body.errors = p.errors;
  body.instance = new URL(c.req.url).pathname;
  return new Response(JSON.stringify(body), {
    status: p.status,
    headers: { 'Content-Type': 'application/problem+json', ...p.headers },
  });
}

function fieldErrorsOf(issues: z.core.$ZodIssue[]): FieldError[] {
  return issuesToFieldErrors(
    issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({
            path: [...issue.path, key],
            message: `Unknown field "${key}"`,
            code: 'unrecognized_keys',
          }))
        : [issue],
    ),
  );
}

/** U+0000 or an unpaired surrogate: characters PostgreSQL text cannot hold. */
// eslint-disable-next-line no-control-regex -- U+0000 is exactly what is looked for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Dotted path of the first string in `value` that the store cannot hold, or null. Such a string
 * is refused with a field error instead of failing in the store (a 500).
 */
function unstorableText(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path.join('.') : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const found = unstorableText(item, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const randomId = (prefix: string) =>
  `${prefix}-${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;

/**
 * `value` as an RFC 8187 ext-value's characters: `encodeURIComponent` leaves `'()*` as they are,
 * but they are not attr-chars (`'` even ends the charset part), so they are percent-encoded too.
 */
export const rfc8187 = (value: string): string =>
  encodeURIComponent(value).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/**
 * File name from `Content-Disposition` (RFC 6266 / 5987), cleaned of paths, control and format
 * characters (`cleanFileName`).
 */
export function fileNameFrom(header: string | undefined): string | null {
  if (!header) return null;
  let name: string | null = null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      name = decodeURIComponent(extended[1]!.trim());
    } catch {
      name = null;
    }
  }
  if (name === null) {
    const plain = /filename\s*=\s*("(?:[^"\\]|\\.)*"|[^;]+)/.exec(header);
    if (plain) name = plain[1]!.trim().replace(/^"|"$/g, '').replace(/\\(.)/g, '$1');
  }
  if (name === null) return null;
  return cleanFileName(name) || null;
}

export function createApp(options: AppOptions): Hono<Env> {
  const { store, blobs, seed } = options;
  const basePath = options.basePath ?? '/api';
  const maxUpload = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const allowedTypes = options.allowedContentTypes ?? ALLOWED_ATTACHMENT_TYPES;
  const ttl = options.downloadTtlSeconds ?? 3600;
  const quotas = { ...DEFAULT_UPLOAD_QUOTAS, ...options.quotas };
  const rateLimits =
    options.rateLimit === false ? null : { ...DEFAULT_RATE_LIMITS, ...options.rateLimit };
  const idempotencyLimits = { ...DEFAULT_IDEMPOTENCY, ...options.idempotency };
  const publicUrl = options.publicUrl?.replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  const nowIso = () => now().toISOString();
  const keyPromise = crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(options.signingSecret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
  // English messages for the checks that do not carry their own.
  z.config(z.locales.en());

  async function sign(id: string, exp: number): Promise<string> {
    const mac = await crypto.subtle.sign(
      'HMAC',
      await keyPromise,
      new TextEncoder().encode(`${id}.${exp}`),
    );
    return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }

  /**
   * Whether `sig` is the signature of `id` and `exp`. HMAC verify compares in constant time (a
   * string `!==` stops at the first wrong character, which tells an attacker how much is right);
   * this module also runs in the page, so WebCrypto rather than node:crypto's timingSafeEqual.
   */
  async function verifySignature(id: string, exp: number, sig: string): Promise<boolean> {
    if (!/^[0-9a-f]{64}$/.test(sig)) return false; // the length and alphabet are no secret
    const mac = Uint8Array.from(sig.match(/../g)!, (hex) => parseInt(hex, 16));
    return crypto.subtle.verify(
      'HMAC',
      await keyPromise,
      mac,
      new TextEncoder().encode(`${id}.${exp}`),
    );
  }

  async function attachmentOut(c: Ctx, a: Omit<Attachment, 'url'>): Promise<Attachment> {
    const exp = Math.floor(now().getTime() / 1000) + ttl;
    const origin = publicUrl ?? new URL(c.req.url).origin;
    const url = `${origin}${basePath}/attachments/${encodeURIComponent(a.id)}/content?exp=${exp}&sig=${await sign(a.id, exp)}`;
    return { ...a, url };
  }

  async function caseOut(c: Ctx, kase: Case): Promise<Case> {
    const sign = (a: Attachment) => attachmentOut(c, a);
    return {
      ...kase,
      attachments: await Promise.all(kase.attachments.map(sign)),
      history: await Promise.all(
        kase.history.map(async (e) =>
          e.kind === 'attachment_added' ? { ...e, attachment: await sign(e.attachment) } : e,
        ),
      ),
    };
  }

  /** The language of the request (`Accept-Language`), for the texts the backend writes. */
  const languageOf = (c: Ctx): Locale => negotiateLocale(c.req.header('Accept-Language'));

  /** The taxonomy in `locale`: the English seed with that language's texts. */
  const taxonomyIn = (locale: Locale): Taxonomy =>
    locale === 'en'
      ? seed.taxonomy
      : translateTaxonomy(seed.taxonomy, seed.taxonomyTranslations[locale]);

  const publicUser = (u: StoredUser) => {
    const { token: _t, ...user } = u;
    return user;
  };

  /**
   * The request body as text, at most MAX_JSON_BODY_BYTES: refused with 413 by its declared
   * length without reading it, or while it streams in, without buffering the rest.
   */
  async function readBody(c: Ctx): Promise<string> {
    const tooLarge = () =>
      new ProblemError(
        413,
        'Request too large',
        `The body is larger than ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB.`,
        undefined,
        `${PROBLEM_BASE}body-too-large`,
      );
    const declared = Number(c.req.header('Content-Length') ?? 0);
    if (declared > MAX_JSON_BODY_BYTES) throw tooLarge();
    const body = await bodyStream(c.req.raw);
    if (!body) return '';
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_JSON_BODY_BYTES) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return new TextDecoder().decode(bytes);
  }

  /** Parses a JSON body against `schema`, turning every failure into a specific problem. */
  function parseJson<S extends z.ZodMiniType>(c: Ctx, raw: string, schema: S): z.infer<S> {
    const type = c.req.header('Content-Type') ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
      throw new ProblemError(415, 'Unsupported media type', 'Send the body as application/json.');
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch (error) {
      throw new ProblemError(
        400,
        'Malformed JSON',
        `The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        undefined,
        `${PROBLEM_BASE}malformed-json`,
      );
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw validationProblem(fieldErrorsOf(parsed.error.issues));
    const unstorable = unstorableText(parsed.data);
    if (unstorable !== null) {
      throw validationProblem([
        {
          field: unstorable,
          message: 'Remove the NUL character or the broken Unicode character',
          code: 'invalid_characters',
        },
      ]);
    }
    return parsed.data;
  }

  /**
   * Runs a state-changing handler under the IETF Idempotency-Key rules: same key and body →
   * the first answer again; same key, other body → 422; same key still in flight → 409.
   */
  async function idempotent(
    c: Ctx,
    required: boolean,
    handler: (raw: string) => Promise<Response>,
  ): Promise<Response> {
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
      ...idempotencyLimits,
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
  }

  async function requireCase(c: Ctx, id: string): Promise<StoredCase> {
    const stored = await store.getCase(c.get('viewer').organizationId, id);
    if (!stored) {
      throw new ProblemError(
        404,
        'Case not found',
        `There is no case ${id} in your organization.`,
        undefined,
        `${PROBLEM_BASE}case-not-found`,
      );
    }
    return stored;
  }

  const historyFull = (kase: Case) =>
    new ProblemError(
      409,
      'Case history full',
      `Case ${kase.number} has reached ${MAX_CASE_HISTORY} history entries and takes no more. File a new case and mention this one.`,
      undefined,
      `${PROBLEM_BASE}case-history-full`,
    );

  /** Applies a change to a case atomically; the change may throw a ProblemError. */
  async function changeCase(c: Ctx, id: string, change: (kase: Case) => Case): Promise<Response> {
    await requireCase(c, id);
    const updated = await store.updateCase(c.get('viewer').organizationId, id, (stored) => {
      const next = change(structuredClone(stored.case));
      if (next.history.length > MAX_CASE_HISTORY) throw historyFull(next);
      return { ...next, updatedAt: nowIso() };
    });
    if (!updated)
      throw new ProblemError(404, 'Case not found', `There is no case ${id} in your organization.`);
    return c.json(await caseOut(c, updated), 200);
  }

  const event = <K extends CaseEvent['kind']>(
    kind: K,
    fields: Omit<Extract<CaseEvent, { kind: K }>, 'id' | 'at' | 'kind'>,
  ) =>
    ({ id: randomId('ev'), at: nowIso(), kind, ...fields }) as unknown as Extract<
      CaseEvent,
      { kind: K }
    >;

  const statusChange = (kase: Case, to: CaseStatus, reason?: string): CaseEvent =>
    event('status_change', { from: kase.status, to, ...(reason ? { reason } : {}) });

  function requirePriorityChange(kase: Case, requested: Priority | undefined, field: string): void {
    if (requested && requested === kase.priority) {
      throw validationProblem(
        [{ field, message: 'Choose a priority other than the current one', code: 'same_priority' }],
        'The requested priority is the current one.',
      );
    }
  }

  /**
   * The request body as a stream. Firefox has no `Request.prototype.body` (the in-browser backend
   * gets Requests built in the page): there, the body is read as a blob, already in memory.
   */
  async function bodyStream(request: Request): Promise<ReadableStream<Uint8Array> | null> {
    const body = request.body as ReadableStream<Uint8Array> | null | undefined;
    if (body !== undefined) return body;
    const blob = await request.blob();
    return blob.size > 0 ? blob.stream() : null;
  }

  /** Reads an upload body into the blob store, enforcing size, type and completeness. */
  async function receiveUpload(c: Ctx, caseId: string | null): Promise<AttachmentRecord> {
    const viewer = c.get('viewer');
    const contentType = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
    // Without a name, the file is named after its type (`file.png`): an allowed type has an ending.
    const fallback = Object.keys(ATTACHMENT_EXTENSIONS).find((ext) =>
      ATTACHMENT_EXTENSIONS[ext]!.includes(contentType),
    );
    const name =
      fileNameFrom(c.req.header('Content-Disposition')) ?? `file${fallback ? `.${fallback}` : ''}`;
    if (!isAllowedAttachment(name, contentType, allowedTypes)) {
      throw new ProblemError(
        415,
        'File type not allowed',
        `${name} (${contentType || 'no type'}) cannot be attached. Allowed: ${ALLOWED_EXTENSIONS.join(' ')} files, sent with their own media type.`,
        [{ field: 'file', message: 'This file type is not allowed', code: 'type_not_allowed' }],
        `${PROBLEM_BASE}file-type-not-allowed`,
      );
    }
    const declared = c.req.header('Content-Length');
    const declaredSize = declared === undefined ? null : Number(declared);
    const tooLarge = () =>
      new ProblemError(
        413,
        'File too large',
        `${name} is larger than the ${Math.round(maxUpload / 1024 / 1024)} MB limit.`,
        [
          {
            field: 'file',
            message: `Files can be at most ${Math.round(maxUpload / 1024 / 1024)} MB`,
            code: 'too_large',
          },
        ],
        `${PROBLEM_BASE}file-too-large`,
      );
    if (declaredSize !== null && declaredSize > maxUpload) throw tooLarge();
    // The quotas: checked against what is stored, and the write is capped at the room left.
    const usage = await store.attachmentUsage(viewer.organizationId, viewer.userId);
    const room = Math.min(
      quotas.userBytes - usage.user.bytes,
      quotas.organizationBytes - usage.organization.bytes,
    );
    const overQuota = () => {
      const mine = usage.user.files >= quotas.userFiles || usage.user.bytes >= quotas.userBytes;
      const [bytes, files] = mine
        ? [quotas.userBytes, quotas.userFiles]
        : [quotas.organizationBytes, quotas.organizationFiles];
      return new ProblemError(
        413,
        'Upload quota reached',
        `${name} cannot be stored: ${mine ? 'your uploads' : "your organization's uploads"} may take at most ${formatMegabytes(bytes)} in ${files} files. Send fewer or smaller files, or ask support to raise the quota.`,
        [{ field: 'file', message: 'The upload quota is reached', code: 'quota_exceeded' }],
        `${PROBLEM_BASE}upload-quota-exceeded`,
      );
    };
    if (
      usage.user.files >= quotas.userFiles ||
      usage.organization.files >= quotas.organizationFiles ||
      room <= 0 ||
      (declaredSize !== null && declaredSize > room)
    ) {
      throw overQuota();
    }
    const writeLimit = Math.min(maxUpload, room);
    const body = await bodyStream(c.req.raw);
    if (!body || declaredSize === 0) {
      throw new ProblemError(400, 'Empty file', `${name} is empty.`, [
        { field: 'file', message: 'The file is empty', code: 'empty' },
      ]);
    }
    const id = randomId('att');
    let size: number;
    try {
      size = await blobs.write(id, body, writeLimit);
    } catch (error) {
      if (error instanceof BlobTooLargeError)
        throw writeLimit < maxUpload ? overQuota() : tooLarge();
      throw new ProblemError(
        400,
        'Upload incomplete',
        `${name} did not arrive completely. Try again.`,
        undefined,
        `${PROBLEM_BASE}upload-truncated`,
      );
    }
    if ((declaredSize !== null && size !== declaredSize) || size === 0) {
      await blobs.remove(id);
      throw new ProblemError(
        400,
        size === 0 ? 'Empty file' : 'Upload incomplete',
        size === 0
          ? `${name} is empty.`
          : `${name} did not arrive completely (${size} of ${declaredSize} bytes). Try again.`,
        size === 0 ? [{ field: 'file', message: 'The file is empty', code: 'empty' }] : undefined,
        `${PROBLEM_BASE}upload-truncated`,
      );
    }
    const record: AttachmentRecord = {
      id,
      organizationId: viewer.organizationId,
      uploadedBy: viewer.userId,
      name,
      size,
      contentType,
      createdAt: nowIso(),
      caseId,
    };
    try {
      await store.putAttachment(record);
    } catch (error) {
      await blobs.remove(id); // no file without its row
      throw error;
    }
    return record;
  }

  const toAttachment = (r: AttachmentRecord): Attachment => ({
    id: r.id,
    name: r.name,
    size: r.size,
    contentType: r.contentType,
    createdAt: r.createdAt,
    url: '',
  });

  async function claim(
    c: Ctx,
    ids: string[] | undefined,
    caseId: string,
    field: string,
  ): Promise<AttachmentRecord[]> {
    if (!ids || ids.length === 0) return [];
    const unique = [...new Set(ids)];
    const { ok, invalid } = await store.claimAttachments(c.get('viewer'), unique, caseId);
    if (invalid.length > 0) {
      // Each id's first position, found in one pass: `indexOf` per id was quadratic.
      const firstIndex = new Map<string, number>();
      ids.forEach((id, index) => {
        if (!firstIndex.has(id)) firstIndex.set(id, index);
      });
      throw validationProblem(
        invalid.map((id) => ({
          field: `${field}.${firstIndex.get(id)}`,
          message:
            'This upload is unknown, belongs to someone else, or is attached to another case. Upload the file again.',
          code: 'invalid_attachment',
        })),
      );
    }
    return ok;
  }

  const app = new Hono<Env>().basePath(basePath);

  app.use(
    '*',
    cors({
      origin: (origin) => {
        const allowed = options.corsOrigins ?? [];
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
    }),
  );

  // Every answer is data to be read as its declared type, never sniffed into something else.
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  });

  // PostgreSQL text cannot hold U+0000: a NUL in the path or the query is refused, not a 500,
  // with a field error per place it is in (the code of a NUL in a body's text).
  app.use('*', async (c, next) => {
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
  });

  /**
   * A method a path of the route table does not take: 405 with `Allow`, before any other check
   * (a wrong method is the caller's mistake whatever its token).
   */
  app.use('*', async (c, next) => {
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
  });

  /** The `{id}` of the request's route (checked by `on` to hold 1 to 128 characters). */
  const pathId = (c: Ctx): string => c.req.param('id') ?? '';

  const handled = new Set<OperationId>();
  type QueryOf<Id extends OperationId> = (typeof ROUTES)[Id] extends { query: infer Q }
    ? Q extends z.ZodMiniType
      ? z.infer<Q>
      : never
    : undefined;

  /**
   * Registers the handler of operation `id` at its route's method and path (src/api/routes.ts),
   * with its path id and query checked against the contract first (400 with one error per field).
   */
  function on<Id extends OperationId>(
    id: Id,
    handler: (c: Ctx, query: QueryOf<Id>) => Response | Promise<Response>,
  ): void {
    const route: RouteSpec = ROUTES[id];
    handled.add(id);
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
      return handler(c, query as QueryOf<Id>);
    });
  }

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

  on('downloadAttachment', async (c, query) => {
    const id = pathId(c);
    const exp = Number(query.exp);
    const sig = query.sig;
    if (
      !Number.isFinite(exp) ||
      exp < now().getTime() / 1000 ||
      !(await verifySignature(id, exp, sig))
    ) {
      throw new ProblemError(
        403,
        'Link expired',
        'This download link is invalid or has expired. Open the case again to get a fresh link.',
      );
    }
    const record = await store.getAttachment(id);
    const stream = record ? await blobs.read(id) : null;
    if (!record || !stream)
      throw new ProblemError(404, 'File not found', 'This file no longer exists.');
    return new Response(stream, {
      headers: {
        'Content-Type': record.contentType,
        'Content-Length': String(record.size),
        'Content-Disposition': `attachment; filename*=UTF-8''${rfc8187(record.name)}`,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
      },
    });
  });

  // Everything below needs a signed-in person.
  app.use('*', async (c, next) => {
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
  });

  // Each person's requests, counted in the store so every instance shares the count.
  if (rateLimits) {
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
    app.use('*', async (c, next) => {
      const userId = c.get('user').id;
      await limit(`requests:${userId}`, rateLimits.requests, 'requests');
      if (c.req.method === 'POST' && new URL(c.req.url).pathname.endsWith('/attachments'))
        await limit(`uploads:${userId}`, rateLimits.uploads, 'uploads');
      await next();
    });
  }

  on('getMe', (c) => c.json(publicUser(c.get('user'))));

  on('updateSettings', async (c) => {
    const patch = parseJson(c, await readBody(c), UserSettingsPatch);
    const user = c.get('user');
    const settings = {
      language: patch.language ?? user.settings.language,
      emailNotifications: { ...user.settings.emailNotifications, ...patch.emailNotifications },
    };
    return c.json(publicUser(await store.updateUserSettings(user.id, settings)));
  });

  on('getTaxonomy', (c) => {
    const locale = languageOf(c);
    c.header('Content-Language', locale);
    c.header('Vary', 'Accept-Language', { append: true });
    return c.json(taxonomyIn(locale));
  });
  on('listContacts', async (c) =>
    c.json({ items: await store.listContacts(c.get('viewer').organizationId) }),
  );
  on('getServiceStatus', (c) => c.json(seed.serviceStatus));
  on('listSupportCenters', (c) => c.json({ items: seed.supportCenters }));

  on('listArticles', (c, query) => {
    const section = query.section;
    const words = (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const items = seed.articles
      .filter((a) => !section || a.section === section)
      .filter((a) => {
        const haystack = `${a.title} ${a.summary} ${a.tags.join(' ')}`.toLowerCase();
        return words.every((w) => haystack.includes(w));
      })
      .map(({ body: _body, ...summary }) => summary);
    return c.json({ items });
  });

  on('getArticle', (c) => {
    const article = seed.articles.find((a) => a.id === pathId(c));
    if (!article)
      throw new ProblemError(404, 'Article not found', `There is no article ${pathId(c)}.`);
    return c.json(article);
  });

  on('uploadAttachment', async (c) => {
    const record = await receiveUpload(c, null);
    return c.json(await attachmentOut(c, toAttachment(record)), 201);
  });

  on('listCases', async (c, query) => {
    const errors: FieldError[] = [];
    let statuses: CaseStatus[] | undefined;
    if (query.status && query.status !== 'all') {
      statuses = [];
      for (const token of query.status.split(',').map((s) => s.trim())) {
        if (token === 'open') statuses.push(...OPEN_STATUSES);
        else if (token === 'closed') statuses.push('resolved', 'closed');
        else if ((CASE_STATUSES as readonly string[]).includes(token))
          statuses.push(token as CaseStatus);
        else
          errors.push({
            field: 'status',
            message: `Unknown status "${token}": use open, closed, all or ${CASE_STATUSES.join(', ')}`,
            code: 'invalid_value',
          });
      }
    }
    let priorities: Priority[] | undefined;
    if (query.priority) {
      priorities = [];
      for (const token of query.priority.split(',').map((s) => s.trim())) {
        if ((PRIORITIES as readonly string[]).includes(token)) priorities.push(token as Priority);
        else
          errors.push({
            field: 'priority',
            message: `Unknown priority "${token}": use ${PRIORITIES.join(', ')}`,
            code: 'invalid_value',
          });
      }
    }
    const limit = query.limit ? Number(query.limit) : 25;
    if (limit < 1 || limit > 100)
      errors.push({
        field: 'limit',
        message: 'Use a limit from 1 to 100',
        code: limit < 1 ? 'too_small' : 'too_big',
      });
    if (errors.length > 0) throw validationProblem(errors, 'Some query parameters are invalid.');
    const viewer = c.get('viewer');
    const sort = query.sort ?? '-updatedAt';
    if (query.cursor && !decodeCursor(query.cursor, sort)) {
      throw validationProblem([
        {
          field: 'cursor',
          message: 'This cursor is invalid or belongs to another sort order',
          code: 'invalid_cursor',
        },
      ]);
    }
    const result = await store.listCases({
      organizationId: viewer.organizationId,
      ...(query.scope === 'organization' ? {} : { mineOf: viewer }),
      ...(statuses ? { statuses } : {}),
      ...(priorities ? { priorities } : {}),
      ...(query.q ? { q: query.q } : {}),
      ...(query.cursor ? { cursor: query.cursor } : {}),
      sort,
      limit,
    });
    return c.json({ ...result, waitingForCustomer: await store.countWaiting(viewer) });
  });

  on('createCase', (c) =>
    idempotent(c, true, async (raw) => {
      const input = parseJson(c, raw, NewCase);
      const user = c.get('user');
      const viewer = c.get('viewer');
      const errors: FieldError[] = [];
      const type = seed.taxonomy.caseTypes.find((t) => t.id === input.typeId);
      if (!type)
        errors.push({
          field: 'typeId',
          message: 'Choose one of the available types',
          code: 'unknown_type',
        });
      else if (!type.categories.some((cat) => cat.id === input.categoryId)) {
        errors.push({
          field: 'categoryId',
          message: `Choose a category of the type "${type.label}"`,
          code: 'category_not_in_type',
        });
      }
      const contacts = new Map(
        (await store.listContacts(viewer.organizationId)).map((x) => [x.id, x]),
      );
      const collaboratorIds = [...new Set(input.collaboratorIds ?? [])];
      const collaborators = collaboratorIds.flatMap((id, index) => {
        const contact = contacts.get(id);
        if (!contact) {
          errors.push({
            field: `collaboratorIds.${index}`,
            message: 'This contact is not part of your organization',
            code: 'unknown_contact',
          });
          return [];
        }
        if (!contact.portalAccess) {
          errors.push({
            field: `collaboratorIds.${index}`,
            message: `${contact.name} has no access to the portal and cannot be added`,
            code: 'no_portal_access',
          });
          return [];
        }
        return [contact];
      });
      if (errors.length > 0) throw validationProblem(errors);
      const caseId = randomId('case');
      const attachments = await claim(c, input.attachmentIds, caseId, 'attachmentIds');
      const at = nowIso();
      // Empty strings are absent values.
      const optional = (value: string | undefined) => (value === '' ? undefined : value);
      const created = await store.insertCase(
        {
          organizationId: viewer.organizationId,
          createdByUserId: user.id,
          watcherContactIds: [user.contactId, ...collaborators.map((x) => x.id)],
        },
        caseId,
        (number: string) => {
          const kase: Case = {
            id: caseId,
            number,
            subject: input.subject,
            description: input.description,
            status: 'new',
            priority: input.priority,
            typeId: input.typeId,
            categoryId: input.categoryId,
            createdAt: at,
            updatedAt: at,
            contact: {
              name: user.name,
              email: user.email,
              ...(user.phone ? { phone: user.phone } : {}),
            },
            collaborators,
            attachments: attachments.map(toAttachment),
            concerns: [],
            history: [{ id: randomId('ev'), at, kind: 'status_change', from: null, to: 'new' }],
          };
          for (const [key, value] of [
            ['howToReproduce', optional(input.howToReproduce)],
            ['insertionId', optional(input.insertionId)],
            ['dealId', optional(input.dealId)],
            ['campaignId', optional(input.campaignId)],
            ['domainUrl', optional(input.domainUrl)],
          ] as const) {
            if (value) kase[key] = value;
          }
          if (input.technicalContact) kase.technicalContact = input.technicalContact;
          if (input.metadata) kase.metadata = input.metadata;
          return kase;
        },
      );
      c.header('Location', `${basePath}/cases/${created.id}`);
      return c.json(await caseOut(c, created), 201);
    }),
  );

  on('getCase', async (c) => c.json(await caseOut(c, (await requireCase(c, pathId(c))).case)));

  on('addMessage', (c) =>
    idempotent(c, false, async (raw) => {
      const id = pathId(c);
      const input = parseJson(c, raw, NewMessage);
      const stored = await requireCase(c, id);
      const requireOpen = (kase: Case) => {
        if (!allows(kase.status, 'message')) {
          throw new ProblemError(
            409,
            'Case not open',
            'This case is resolved or closed. Reopen it to add a message.',
            undefined,
            `${PROBLEM_BASE}case-not-open`,
          );
        }
      };
      requireOpen(stored.case);
      requirePriorityChange(
        stored.case,
        input.priorityChange?.requested,
        'priorityChange.requested',
      );
      const claimed = await claim(c, input.attachmentIds, id, 'attachmentIds');
      const user = c.get('user');
      return changeCase(c, id, (kase) => {
        // Again under the row lock: the case may have been closed since (another instance).
        requireOpen(kase);
        // An id sent twice, or one already on the case, is attached once (see NewMessage).
        const onCase = new Set(kase.attachments.map((a) => a.id));
        const added = claimed.filter((r) => !onCase.has(r.id)).map(toAttachment);
        kase.attachments.push(...added);
        kase.history.push(
          event('message', {
            author: { role: 'customer', name: user.name },
            body: input.body,
            ...(added.length ? { attachmentIds: added.map((a) => a.id) } : {}),
          }),
          ...added.map((attachment) => event('attachment_added', { attachment })),
        );
        if (input.priorityChange) {
          kase.history.push(
            event('priority_change_requested', { from: kase.priority, ...input.priorityChange }),
          );
        }
        if (kase.status === 'waiting_for_customer') {
          kase.history.push(
            statusChange(kase, 'in_progress', HISTORY_TEXTS[languageOf(c)].customerReplied),
          );
          kase.status = 'in_progress';
        }
        return kase;
      });
    }),
  );

  on('addCaseAttachment', async (c) => {
    const id = pathId(c);
    const stored = await requireCase(c, id);
    // The same rule as messages: a resolved or closed case takes nothing new until it is reopened.
    const requireRoom = (kase: Case) => {
      if (!allows(kase.status, 'attach')) {
        throw new ProblemError(
          409,
          'Case not open',
          'This case is resolved or closed. Reopen it to add files.',
          undefined,
          `${PROBLEM_BASE}case-not-open`,
        );
      }
      if (kase.history.length >= MAX_CASE_HISTORY) throw historyFull(kase);
    };
    // Checked before the file is received, so a refused case costs no upload…
    requireRoom(stored.case);
    const record = await receiveUpload(c, null);
    try {
      const response = await changeCase(c, id, (kase) => {
        // …and again under the row lock: the case may have been closed since (another instance).
        requireRoom(kase);
        const attachment = toAttachment(record);
        kase.attachments.push(attachment);
        kase.history.push(event('attachment_added', { attachment }));
        return kase;
      });
      await store.claimAttachments(c.get('viewer'), [record.id], id);
      return response;
    } catch (error) {
      // A refused change leaves neither the row nor the file behind.
      if (await store.deleteOrphanAttachment(record.id)) await blobs.remove(record.id);
      throw error;
    }
  });

  on('reopenCase', (c) =>
    idempotent(c, false, async (raw) => {
      const id = pathId(c);
      const input = parseJson(c, raw, ReopenCase);
      const user = c.get('user');
      return changeCase(c, id, (kase) => {
        if (!allows(kase.status, 'reopen')) {
          throw new ProblemError(
            409,
            'Case is open',
            'Only a resolved or closed case can be reopened. Add a message instead.',
            undefined,
            `${PROBLEM_BASE}case-open`,
          );
        }
        requirePriorityChange(kase, input.priorityChange?.requested, 'priorityChange.requested');
        kase.history.push(statusChange(kase, 'in_progress', HISTORY_TEXTS[languageOf(c)].reopened));
        kase.history.push(
          event('message', { author: { role: 'customer', name: user.name }, body: input.message }),
        );
        if (input.priorityChange) {
          kase.history.push(
            event('priority_change_requested', { from: kase.priority, ...input.priorityChange }),
          );
        }
        kase.status = 'in_progress';
        delete kase.closeReason;
        return kase;
      });
    }),
  );

  on('closeCase', (c) =>
    idempotent(c, false, async (raw) => {
      const id = pathId(c);
      const input = parseJson(c, raw, CloseCase);
      // Written into the history in the language of the person closing the case.
      const label =
        taxonomyIn(languageOf(c)).closeReasons.find((r) => r.id === input.reason)?.label ??
        input.reason;
      const user = c.get('user');
      return changeCase(c, id, (kase) => {
        if (!allows(kase.status, 'close')) {
          throw new ProblemError(
            409,
            'Case already closed',
            'This case is already closed.',
            undefined,
            `${PROBLEM_BASE}case-closed`,
          );
        }
        kase.history.push(statusChange(kase, 'closed', label));
        if (input.comment) {
          kase.history.push(
            event('message', {
              author: { role: 'customer', name: user.name },
              body: input.comment,
            }),
          );
        }
        kase.status = 'closed';
        kase.closeReason = input.reason;
        return kase;
      });
    }),
  );

  on('raiseConcern', (c) =>
    idempotent(c, false, async (raw) => {
      const id = pathId(c);
      const input = parseJson(c, raw, NewConcern);
      await requireCase(c, id);
      return changeCase(c, id, (kase) => {
        if (!allows(kase.status, 'concern'))
          throw new ProblemError(409, 'Concern not available', 'This case takes no concern.');
        const concern = { id: randomId('con'), ...input, createdAt: nowIso() };
        kase.concerns.push(concern);
        kase.history.push(event('concern_raised', { category: input.category }));
        return kase;
      });
    }),
  );

  on('answerSurvey', (c) =>
    idempotent(c, false, async (raw) => {
      const id = pathId(c);
      const input = parseJson(c, raw, NewSurveyAnswer);
      return changeCase(c, id, (kase) => {
        if (!allows(kase.status, 'survey')) {
          throw new ProblemError(
            409,
            'Survey not available',
            'The satisfaction survey opens once the case is resolved.',
            undefined,
            `${PROBLEM_BASE}survey-not-available`,
          );
        }
        if (kase.survey) {
          throw new ProblemError(
            409,
            'Survey already answered',
            'You already answered the survey for this case. Thank you!',
            undefined,
            `${PROBLEM_BASE}survey-answered`,
          );
        }
        kase.survey = {
          rating: input.rating,
          ...(input.comment ? { comment: input.comment } : {}),
          answeredAt: nowIso(),
        };
        kase.history.push(event('survey_answered', { rating: input.rating }));
        return kase;
      });
    }),
  );

  const unhandled = OPERATION_IDS.filter((id) => !handled.has(id));
  if (unhandled.length > 0) throw new Error(`No handler for ${unhandled.join(', ')}`);
  return app;
}
