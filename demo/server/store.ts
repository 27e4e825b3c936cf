/**
 * The reference backend's storage interface. The implementations keep the same semantics:
 * `MemoryStore` (component tests, Storybook, the in-browser backend) and the SQL store
 * (sql-store.ts) on two drivers: `PgliteStore` (`npm start` and end-to-end tests: PostgreSQL
 * through PGlite, persisted in a data directory) and `PostgresStore` (a PostgreSQL server through
 * node-postgres, `DATABASE_URL`: what several instances share). The server suites run against all
 * three (test/server/stores.ts).
 */
import type {
  Attachment,
  Case,
  CaseSort,
  CaseStatus,
  CaseSummary,
  Contact,
  Priority,
  User,
  UserSettings,
} from '../../src/api/schemas.js';
import type { Seed } from './seed/types.js';

/** Who is asking: every read and write is scoped to the viewer's organization. */
export interface Viewer {
  userId: string;
  contactId: string;
  organizationId: string;
}

export interface StoredUser extends User {
  token: string;
}

export interface AttachmentRecord {
  id: string;
  organizationId: string;
  uploadedBy: string;
  name: string;
  size: number;
  contentType: string;
  createdAt: string;
  /** The case it is attached to; null while it waits for the case it will be filed with. */
  caseId: string | null;
}

/** An attachment as the API shows it, its address not yet signed. */
export const toAttachment = (r: AttachmentRecord): Attachment => ({
  id: r.id,
  name: r.name,
  size: r.size,
  contentType: r.contentType,
  createdAt: r.createdAt,
  url: '',
});

/** A case as stored: the public shape plus who may see it. Attachment URLs are signed on the way out. */
export interface StoredCase {
  organizationId: string;
  createdByUserId: string;
  /** Contacts (the filer and the collaborators) who follow the case: they see it under "mine". */
  watcherContactIds: string[];
  case: Case;
}

export interface CaseFilter {
  organizationId: string;
  /** When set, only cases the viewer filed or follows. */
  mineOf?: Viewer;
  statuses?: CaseStatus[];
  priorities?: Priority[];
  q?: string;
  sort: CaseSort;
  limit: number;
  cursor?: string;
}

export interface CaseListResult {
  items: CaseSummary[];
  nextCursor: string | null;
  total: number;
}

export type IdempotencyBegin =
  | { state: 'new' }
  | { state: 'processing' }
  | { state: 'mismatch' }
  | { state: 'done'; status: number; body: string; location?: string };

export interface IdempotencyTimes {
  now: Date;
  /** a "processing" row older than this is taken over (crash recovery) */
  leaseMs: number;
  /** a finished row older than this is forgotten */
  retentionMs: number;
}

export interface StorageUsage {
  bytes: number;
  files: number;
}

export interface SupportStore {
  /**
   * Creates the tables when needed and loads the seed into an empty store (`seeded` tells);
   * `onCase` hears how many of the seed's cases are written so far.
   */
  init(seed: Seed, onCase?: (done: number, total: number) => void): Promise<{ seeded: boolean }>;
  close(): Promise<void>;

  findUserByToken(token: string): Promise<StoredUser | null>;
  updateUserSettings(userId: string, settings: UserSettings): Promise<StoredUser>;
  listContacts(organizationId: string): Promise<Contact[]>;

  /** Inserts case `id`, giving it the next unique 8-digit number, which `build` receives. */
  insertCase(
    meta: Omit<StoredCase, 'case'>,
    id: string,
    build: (number: string) => Case,
  ): Promise<Case>;
  getCase(organizationId: string, id: string): Promise<StoredCase | null>;
  /** Applies `update` atomically (no lost update between concurrent actions); null when not found. */
  updateCase(
    organizationId: string,
    id: string,
    update: (stored: StoredCase) => Case,
  ): Promise<Case | null>;
  listCases(filter: CaseFilter): Promise<CaseListResult>;
  /** The viewer's open cases that wait for their reply. */
  countWaiting(viewer: Viewer): Promise<number>;
  countCases(organizationId: string): Promise<number>;

  putAttachment(record: AttachmentRecord): Promise<void>;
  getAttachment(id: string): Promise<AttachmentRecord | null>;
  /**
   * Links unclaimed uploads of this user to a case. Returns the records, or the ids that
   * cannot be used (unknown, another user's, or already attached elsewhere).
   */
  claimAttachments(
    viewer: Viewer,
    ids: string[],
    caseId: string,
  ): Promise<{ ok: AttachmentRecord[]; invalid: string[] }>;

  /** Bytes and files uploaded (attached or not) by the person, and by the whole organization. */
  attachmentUsage(
    organizationId: string,
    userId: string,
  ): Promise<{ user: StorageUsage; organization: StorageUsage }>;
  /** Uploads never attached to a case, created before `before`, oldest first, at most `limit`. */
  orphanAttachments(before: string, limit: number): Promise<AttachmentRecord[]>;
  /** Deletes the row of upload `id` only while it is still unattached (race-safe against claimAttachments); true when deleted. */
  deleteOrphanAttachment(id: string): Promise<boolean>;

  /**
   * IETF Idempotency-Key: reserve `key` in `scope` for a request with `fingerprint`. A row left
   * "processing" longer than `times.leaseMs` (its instance crashed) with the same fingerprint is
   * taken over (`new`: run the request again); with another fingerprint it stays `mismatch`. A
   * finished row older than `times.retentionMs` counts as absent. Atomic across instances.
   */
  beginIdempotent(
    scope: string,
    key: string,
    fingerprint: string,
    times: IdempotencyTimes,
  ): Promise<IdempotencyBegin>;
  /**
   * Records the answer (and its `Location`, replayed with it); its age counts from `at` (the
   * app's clock, the one `beginIdempotent` compares with; default: now).
   */
  finishIdempotent(
    scope: string,
    key: string,
    status: number,
    body: string,
    location?: string,
    at?: Date,
  ): Promise<void>;
  /** Forgets a reservation whose request failed, so a retry runs it again. */
  releaseIdempotent(scope: string, key: string): Promise<void>;
  /** Deletes idempotency rows finished before `before` and processing rows started before `staleBefore`; returns how many. */
  sweepIdempotency(before: Date, staleBefore: Date): Promise<number>;

  /** Counts one request in `bucket` for the fixed window containing `now`; atomic across instances. */
  hitRateLimit(
    bucket: string,
    windowMs: number,
    now: Date,
  ): Promise<{ count: number; resetAt: Date }>;
}

export const PRIORITY_RANK: Record<Priority, number> = {
  blocker: 4,
  critical: 3,
  medium: 2,
  low: 1,
};

/** The values a case is ordered by for `sort`, most significant first, and the direction. */
export function sortKey(
  sort: CaseSort,
  c: CaseSummary,
): { values: (string | number)[]; desc: boolean } {
  const desc = sort.startsWith('-');
  const iso = (value: string) => new Date(value).toISOString();
  switch (sort.replace('-', '')) {
    case 'priority':
      return { values: [PRIORITY_RANK[c.priority], iso(c.updatedAt), c.id], desc };
    case 'createdAt':
      // Cases filed in the same millisecond keep their filing order: numbers are sequential.
      return { values: [iso(c.createdAt), c.number], desc };
    default:
      return { values: [iso(c.updatedAt), c.id], desc };
  }
}

/** Opaque cursor: the sort and the key of the last item of the page. */
export function encodeCursor(sort: CaseSort, values: (string | number)[]): string {
  const json = JSON.stringify({ s: sort, v: values });
  return btoa(String.fromCharCode(...new TextEncoder().encode(json)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** A timestamp exactly as `sortKey` writes it (`Date#toISOString`). */
const isIsoTimestamp = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) &&
  !Number.isNaN(Date.parse(value)) &&
  new Date(value).toISOString() === value;

/** A case id a store can hold: short, no U+0000, no lone surrogate. */
const isCaseId = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length > 0 &&
  value.length <= 128 &&
  // eslint-disable-next-line no-control-regex -- U+0000 is exactly what is refused
  !/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);

const isCaseNumber = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9]{8}$/.test(value);

const isPriorityRank = (value: unknown): value is number =>
  typeof value === 'number' && Object.values(PRIORITY_RANK).includes(value);

/** What each value of a cursor must be, per sort field, in `sortKey`'s order. */
const CURSOR_COLUMNS: Record<string, ((value: unknown) => boolean)[]> = {
  priority: [isPriorityRank, isIsoTimestamp, isCaseId],
  createdAt: [isIsoTimestamp, isCaseNumber],
  updatedAt: [isIsoTimestamp, isCaseId],
};

/**
 * The key a cursor carries, or null when it is not one `encodeCursor` wrote for `sort`: each value
 * is checked against its column, so a tampered cursor is a 400, never a failed query.
 */
export function decodeCursor(cursor: string, sort: CaseSort): (string | number)[] | null {
  try {
    const b64 = cursor.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    const columns = CURSOR_COLUMNS[sort.replace('-', '')] ?? CURSOR_COLUMNS.updatedAt!;
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { s, v } = parsed as { s?: unknown; v?: unknown };
    if (
      s === sort &&
      Array.isArray(v) &&
      v.length === columns.length &&
      v.every((value, i) => columns[i]!(value))
    ) {
      return v as (string | number)[];
    }
  } catch {
    // fall through
  }
  return null;
}

/** Words of a search query, lower-cased; a query of digits also matches case numbers by prefix. */
export function searchTerms(q: string): { words: string[]; numberPrefix: string | null } {
  const trimmed = q.trim().toLowerCase();
  const digits = trimmed.replace(/^#/, '');
  return {
    words: trimmed.split(/\s+/).filter(Boolean),
    numberPrefix: /^\d{1,8}$/.test(digits) ? digits : null,
  };
}

export function summarize(c: Case): CaseSummary {
  return {
    id: c.id,
    number: c.number,
    subject: c.subject,
    status: c.status,
    priority: c.priority,
    typeId: c.typeId,
    categoryId: c.categoryId,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export const formatCaseNumber = (n: number) => String(n).padStart(8, '0');

/** A seed case as stored, with its collaborators resolved, and its attachments' records. */
export function materializeSeedCase(
  seedCase: Seed['cases'][number],
  contacts: Seed['contacts'],
): { stored: StoredCase; attachments: AttachmentRecord[] } {
  const collaborators = seedCase.collaboratorIds.map((id) => {
    const contact = contacts.find((c) => c.id === id);
    if (!contact) throw new Error(`Seed case ${seedCase.case.number}: unknown collaborator ${id}`);
    const { organizationId: _org, ...rest } = contact;
    return rest;
  });
  const records: AttachmentRecord[] = seedCase.attachments.map((a) => ({
    id: a.id,
    organizationId: seedCase.organizationId,
    uploadedBy: seedCase.createdByUserId,
    name: a.name,
    size: new TextEncoder().encode(a.content).byteLength,
    contentType: a.contentType,
    createdAt: a.createdAt,
    caseId: seedCase.case.id,
  }));
  const filer = contacts.find((c) => c.email === seedCase.case.contact.email);
  return {
    stored: {
      organizationId: seedCase.organizationId,
      createdByUserId: seedCase.createdByUserId,
      watcherContactIds: [...(filer ? [filer.id] : []), ...seedCase.collaboratorIds],
      case: {
        ...seedCase.case,
        collaborators,
        attachments: records.map(toAttachment),
      },
    },
    attachments: records,
  };
}
