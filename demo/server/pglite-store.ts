/**
 * SupportStore on PostgreSQL semantics through PGlite (WASM, no native build), persisted in a
 * data directory. Used by `npm start` and the end-to-end tests.
 */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Case, Contact, UserSettings } from '../../src/api/schemas.js';
import type { Seed } from './seed/types.js';
import {
  type AttachmentRecord,
  type CaseFilter,
  type CaseListResult,
  type IdempotencyBegin,
  type StoredCase,
  type StoredUser,
  type SupportStore,
  type Viewer,
  PRIORITY_RANK,
  decodeCursor,
  encodeCursor,
  materializeSeedCase,
  searchTerms,
  sortKey,
  summarize,
} from './store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  id text PRIMARY KEY,
  token text UNIQUE NOT NULL,
  doc jsonb NOT NULL
);
CREATE TABLE IF NOT EXISTS contacts (
  id text PRIMARY KEY,
  organization_id text NOT NULL,
  doc jsonb NOT NULL
);
CREATE SEQUENCE IF NOT EXISTS case_number_seq START 10001;
CREATE TABLE IF NOT EXISTS cases (
  id text PRIMARY KEY,
  organization_id text NOT NULL,
  number text UNIQUE NOT NULL CHECK (number ~ '^[0-9]{8}$'),
  created_by text NOT NULL,
  watchers text[] NOT NULL,
  status text NOT NULL,
  priority text NOT NULL,
  priority_rank int NOT NULL,
  subject text NOT NULL,
  created_at text NOT NULL,
  updated_at text NOT NULL,
  doc jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS cases_org_updated ON cases (organization_id, updated_at DESC, id DESC);
CREATE TABLE IF NOT EXISTS attachments (
  id text PRIMARY KEY,
  organization_id text NOT NULL,
  uploaded_by text NOT NULL,
  case_id text,
  doc jsonb NOT NULL
);
CREATE TABLE IF NOT EXISTS idempotency (
  scope text NOT NULL,
  key text NOT NULL,
  fingerprint text NOT NULL,
  status int,
  body text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);
`;

type Queryable = Pick<PGlite, 'query'> | Transaction;

const iso = (value: string) => new Date(value).toISOString();
const likeEscape = (value: string) => value.replace(/[\\%_]/g, (ch) => `\\${ch}`);

export class PgliteStore implements SupportStore {
  private constructor(private readonly db: PGlite) {}

  /** Opens (or creates) the database in `dataDir`; `undefined` keeps it in memory. */
  static async open(dataDir?: string): Promise<PgliteStore> {
    const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
    await db.exec(SCHEMA);
    return new PgliteStore(db);
  }

  async init(seed: Seed): Promise<{ seeded: boolean }> {
    const { rows } = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
    if ((rows[0]?.n ?? 0) > 0) return { seeded: false };
    await this.db.transaction(async (tx) => {
      for (const user of seed.users) {
        await tx.query('INSERT INTO users (id, token, doc) VALUES ($1, $2, $3::jsonb)', [
          user.id,
          user.token,
          JSON.stringify(user),
        ]);
      }
      for (const contact of seed.contacts) {
        const { organizationId, ...doc } = contact;
        await tx.query(
          'INSERT INTO contacts (id, organization_id, doc) VALUES ($1, $2, $3::jsonb)',
          [contact.id, organizationId, JSON.stringify(doc)],
        );
      }
      let max = 10_000;
      for (const seedCase of seed.cases) {
        const { stored, attachments } = materializeSeedCase(seedCase, seed.contacts);
        await this.writeCase(tx, stored, 'insert');
        for (const record of attachments) await this.writeAttachment(tx, record);
        max = Math.max(max, Number(stored.case.number));
      }
      await tx.query('SELECT setval($1, $2)', ['case_number_seq', max]);
    });
    return { seeded: true };
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  private async writeCase(
    db: Queryable,
    stored: StoredCase,
    mode: 'insert' | 'update',
  ): Promise<void> {
    const c = stored.case;
    const params = [
      c.id,
      stored.organizationId,
      c.number,
      stored.createdByUserId,
      stored.watcherContactIds,
      c.status,
      c.priority,
      PRIORITY_RANK[c.priority],
      c.subject,
      iso(c.createdAt),
      iso(c.updatedAt),
      JSON.stringify(c),
    ];
    if (mode === 'insert') {
      await db.query(
        `INSERT INTO cases (id, organization_id, number, created_by, watchers, status, priority, priority_rank, subject, created_at, updated_at, doc)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb)`,
        params,
      );
    } else {
      await db.query(
        `UPDATE cases SET status = $6, priority = $7, priority_rank = $8, subject = $9, updated_at = $11, doc = $12::jsonb, watchers = $5
         WHERE id = $1 AND organization_id = $2 AND number = $3 AND created_by = $4 AND created_at = $10`,
        params,
      );
    }
  }

  private async writeAttachment(db: Queryable, record: AttachmentRecord): Promise<void> {
    await db.query(
      `INSERT INTO attachments (id, organization_id, uploaded_by, case_id, doc) VALUES ($1, $2, $3, $4, $5::jsonb)
       ON CONFLICT (id) DO UPDATE SET case_id = EXCLUDED.case_id, doc = EXCLUDED.doc`,
      [record.id, record.organizationId, record.uploadedBy, record.caseId, JSON.stringify(record)],
    );
  }

  async findUserByToken(token: string): Promise<StoredUser | null> {
    const { rows } = await this.db.query<{ doc: StoredUser }>(
      'SELECT doc FROM users WHERE token = $1',
      [token],
    );
    return rows[0]?.doc ?? null;
  }

  async updateUserSettings(userId: string, settings: UserSettings): Promise<StoredUser> {
    const { rows } = await this.db.query<{ doc: StoredUser }>(
      `UPDATE users SET doc = jsonb_set(doc, '{settings}', $2::jsonb) WHERE id = $1 RETURNING doc`,
      [userId, JSON.stringify(settings)],
    );
    if (!rows[0]) throw new Error(`Unknown user ${userId}`);
    return rows[0].doc;
  }

  async listContacts(organizationId: string): Promise<Contact[]> {
    const { rows } = await this.db.query<{ doc: Contact }>(
      'SELECT doc FROM contacts WHERE organization_id = $1 ORDER BY id',
      [organizationId],
    );
    return rows.map((r) => r.doc);
  }

  async insertCase(
    meta: Omit<StoredCase, 'case'>,
    id: string,
    build: (number: string) => Case,
  ): Promise<Case> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ number: string }>(
        `SELECT lpad(nextval('case_number_seq')::text, 8, '0') AS number`,
      );
      const created = build(rows[0]!.number);
      if (created.id !== id) throw new Error('insertCase: the built case must keep its id');
      await this.writeCase(tx, { ...meta, case: created }, 'insert');
      return created;
    });
  }

  async getCase(organizationId: string, id: string): Promise<StoredCase | null> {
    return this.readCase(this.db, organizationId, id, false);
  }

  private async readCase(
    db: Queryable,
    organizationId: string,
    id: string,
    lock: boolean,
  ): Promise<StoredCase | null> {
    const { rows } = await db.query<{
      organization_id: string;
      created_by: string;
      watchers: string[];
      doc: Case;
    }>(
      `SELECT organization_id, created_by, watchers, doc FROM cases WHERE id = $1 AND organization_id = $2${lock ? ' FOR UPDATE' : ''}`,
      [id, organizationId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      organizationId: row.organization_id,
      createdByUserId: row.created_by,
      watcherContactIds: row.watchers,
      case: row.doc,
    };
  }

  async updateCase(
    organizationId: string,
    id: string,
    update: (stored: StoredCase) => Case,
  ): Promise<Case | null> {
    return this.db.transaction(async (tx) => {
      const stored = await this.readCase(tx, organizationId, id, true);
      if (!stored) return null;
      const next = update(structuredClone(stored));
      await this.writeCase(tx, { ...stored, case: next }, 'update');
      return next;
    });
  }

  private where(
    filter: Pick<CaseFilter, 'organizationId' | 'mineOf' | 'statuses' | 'priorities' | 'q'>,
    params: unknown[],
  ): string {
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const clauses = [`organization_id = ${add(filter.organizationId)}`];
    if (filter.mineOf) {
      clauses.push(
        `(created_by = ${add(filter.mineOf.userId)} OR ${add(filter.mineOf.contactId)} = ANY(watchers))`,
      );
    }
    if (filter.statuses) clauses.push(`status = ANY(${add(filter.statuses)}::text[])`);
    if (filter.priorities) clauses.push(`priority = ANY(${add(filter.priorities)}::text[])`);
    if (filter.q) {
      const { words, numberPrefix } = searchTerms(filter.q);
      const text =
        words
          .map((w) => `lower(subject) LIKE ${add(`%${likeEscape(w)}%`)} ESCAPE '\\'`)
          .join(' AND ') || 'TRUE';
      clauses.push(
        numberPrefix !== null
          ? `(number LIKE ${add(`${numberPrefix}%`)} OR (${text}))`
          : `(${text})`,
      );
    }
    return clauses.join(' AND ');
  }

  async listCases(filter: CaseFilter): Promise<CaseListResult> {
    const params: unknown[] = [];
    const where = this.where(filter, params);
    const { rows: count } = await this.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases WHERE ${where}`,
      params,
    );
    const desc = filter.sort.startsWith('-');
    const field = filter.sort.replace('-', '');
    const columns =
      field === 'priority'
        ? ['priority_rank', 'updated_at', 'id']
        : field === 'createdAt'
          ? ['created_at', 'id']
          : ['updated_at', 'id'];
    const dir = desc ? 'DESC' : 'ASC';
    let keyset = '';
    const after = filter.cursor ? decodeCursor(filter.cursor, filter.sort) : null;
    if (after?.length === columns.length) {
      const placeholders = after.map((value) => {
        params.push(value);
        return `$${params.length}`;
      });
      keyset = ` AND (${columns.join(', ')}) ${desc ? '<' : '>'} (${placeholders.join(', ')})`;
    }
    params.push(filter.limit + 1);
    const { rows } = await this.db.query<{ doc: Case }>(
      `SELECT doc FROM cases WHERE ${where}${keyset} ORDER BY ${columns.map((c) => `${c} ${dir}`).join(', ')} LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, filter.limit).map((r) => summarize(r.doc));
    const last = page.at(-1);
    return {
      items: page,
      nextCursor:
        rows.length > filter.limit && last
          ? encodeCursor(filter.sort, sortKey(filter.sort, last).values)
          : null,
      total: count[0]?.n ?? 0,
    };
  }

  async countWaiting(viewer: Viewer): Promise<number> {
    const params: unknown[] = [];
    const where = this.where(
      { organizationId: viewer.organizationId, mineOf: viewer, statuses: ['waiting_for_customer'] },
      params,
    );
    const { rows } = await this.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases WHERE ${where}`,
      params,
    );
    return rows[0]?.n ?? 0;
  }

  async countCases(organizationId: string): Promise<number> {
    const { rows } = await this.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM cases WHERE organization_id = $1',
      [organizationId],
    );
    return rows[0]?.n ?? 0;
  }

  async putAttachment(record: AttachmentRecord): Promise<void> {
    await this.writeAttachment(this.db, record);
  }

  async getAttachment(id: string): Promise<AttachmentRecord | null> {
    const { rows } = await this.db.query<{ doc: AttachmentRecord; case_id: string | null }>(
      'SELECT doc, case_id FROM attachments WHERE id = $1',
      [id],
    );
    return rows[0] ? { ...rows[0].doc, caseId: rows[0].case_id } : null;
  }

  async claimAttachments(
    viewer: Viewer,
    ids: string[],
    caseId: string,
  ): Promise<{ ok: AttachmentRecord[]; invalid: string[] }> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{
        id: string;
        doc: AttachmentRecord;
        case_id: string | null;
      }>('SELECT id, doc, case_id FROM attachments WHERE id = ANY($1::text[]) FOR UPDATE', [ids]);
      const byId = new Map(rows.map((r) => [r.id, { ...r.doc, caseId: r.case_id }]));
      const invalid = ids.filter((id) => {
        const r = byId.get(id);
        return (
          r?.organizationId !== viewer.organizationId ||
          r.uploadedBy !== viewer.userId ||
          (r.caseId !== null && r.caseId !== caseId)
        );
      });
      if (invalid.length > 0) return { ok: [], invalid };
      await tx.query(
        "UPDATE attachments SET case_id = $2, doc = jsonb_set(doc, '{caseId}', to_jsonb($2::text)) WHERE id = ANY($1::text[])",
        [ids, caseId],
      );
      return { ok: ids.map((id) => ({ ...byId.get(id)!, caseId })), invalid: [] };
    });
  }

  async beginIdempotent(
    scope: string,
    key: string,
    fingerprint: string,
  ): Promise<IdempotencyBegin> {
    const inserted = await this.db.query(
      'INSERT INTO idempotency (scope, key, fingerprint) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key',
      [scope, key, fingerprint],
    );
    if (inserted.rows.length > 0) return { state: 'new' };
    const { rows } = await this.db.query<{
      fingerprint: string;
      status: number | null;
      body: string | null;
    }>('SELECT fingerprint, status, body FROM idempotency WHERE scope = $1 AND key = $2', [
      scope,
      key,
    ]);
    const row = rows[0];
    if (!row) return this.beginIdempotent(scope, key, fingerprint);
    if (row.fingerprint !== fingerprint) return { state: 'mismatch' };
    if (row.status === null) return { state: 'processing' };
    return { state: 'done', status: row.status, body: row.body ?? '' };
  }

  async finishIdempotent(scope: string, key: string, status: number, body: string): Promise<void> {
    await this.db.query(
      'UPDATE idempotency SET status = $3, body = $4 WHERE scope = $1 AND key = $2',
      [scope, key, status, body],
    );
  }

  async releaseIdempotent(scope: string, key: string): Promise<void> {
    await this.db.query('DELETE FROM idempotency WHERE scope = $1 AND key = $2', [scope, key]);
  }
}
