/**
 * Attachments: receiving an upload into the blob store (allowlist of types, size limit, quotas
 * per person and organization, complete or refused), claiming uploads for a case, and the signed,
 * expiring addresses files are downloaded from.
 */
import {
  ALLOWED_EXTENSIONS,
  ATTACHMENT_EXTENSIONS,
  cleanFileName,
  isAllowedAttachment,
} from '../../src/api/attachments.js';
import type { Attachment } from '../../src/api/schemas.js';
import { type BlobStore, BlobTooLargeError } from './blobs.js';
import { type Ctx, randomId } from './operations.js';
import { PROBLEM_BASE, ProblemError, validationProblem } from './problems.js';
import { bodyStream } from './request-body.js';
import type { AttachmentRecord, SupportStore } from './store.js';

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

const formatMegabytes = (bytes: number) =>
  bytes >= GiB
    ? `${Math.round((bytes / GiB) * 10) / 10} GB`
    : `${Math.round(bytes / 1024 ** 2)} MB`;

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

export interface UploadOptions {
  store: SupportStore;
  blobs: BlobStore;
  /** Path prefix of the API, in download addresses. */
  basePath: string;
  /** Address clients reach the server at, without a trailing slash; else the request's origin. */
  publicUrl: string | undefined;
  maxUploadBytes: number;
  allowedContentTypes: readonly string[];
  quotas: UploadQuotas;
  signingSecret: string;
  /** Lifetime of a signed download address, in seconds. */
  downloadTtlSeconds: number;
  now: () => Date;
}

export interface Uploads {
  /** Reads an upload body into the blob store, enforcing size, type and completeness. */
  receive(c: Ctx, caseId: string | null): Promise<AttachmentRecord>;
  /** Attaches the person's uploads `ids` to `caseId`; 400 naming each one that cannot be. */
  claim(
    c: Ctx,
    ids: string[] | undefined,
    caseId: string,
    field: string,
  ): Promise<AttachmentRecord[]>;
  /** The attachment with its signed download address. */
  signed(c: Ctx, a: Omit<Attachment, 'url'>): Promise<Attachment>;
  /** Whether `sig` is the signature of `id` and `exp`. */
  verify(id: string, exp: number, sig: string): Promise<boolean>;
}

export function createUploads(options: UploadOptions): Uploads {
  const { store, blobs, basePath, publicUrl, quotas, now } = options;
  const maxUpload = options.maxUploadBytes;
  const keyPromise = crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(options.signingSecret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );

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
  async function verify(id: string, exp: number, sig: string): Promise<boolean> {
    if (!/^[0-9a-f]{64}$/.test(sig)) return false; // the length and alphabet are no secret
    const mac = Uint8Array.from(sig.match(/../g)!, (hex) => parseInt(hex, 16));
    return crypto.subtle.verify(
      'HMAC',
      await keyPromise,
      mac,
      new TextEncoder().encode(`${id}.${exp}`),
    );
  }

  async function signed(c: Ctx, a: Omit<Attachment, 'url'>): Promise<Attachment> {
    const exp = Math.floor(now().getTime() / 1000) + options.downloadTtlSeconds;
    const origin = publicUrl ?? new URL(c.req.url).origin;
    const url = `${origin}${basePath}/attachments/${encodeURIComponent(a.id)}/content?exp=${exp}&sig=${await sign(a.id, exp)}`;
    return { ...a, url };
  }

  async function receive(c: Ctx, caseId: string | null): Promise<AttachmentRecord> {
    const viewer = c.get('viewer');
    const contentType = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
    // Without a name, the file is named after its type (`file.png`): an allowed type has an ending.
    const fallback = Object.keys(ATTACHMENT_EXTENSIONS).find((ext) =>
      ATTACHMENT_EXTENSIONS[ext]!.includes(contentType),
    );
    const name =
      fileNameFrom(c.req.header('Content-Disposition')) ?? `file${fallback ? `.${fallback}` : ''}`;
    if (!isAllowedAttachment(name, contentType, options.allowedContentTypes)) {
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
      createdAt: now().toISOString(),
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

  return { receive, claim, signed, verify };
}
