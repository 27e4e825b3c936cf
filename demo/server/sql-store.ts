/**
 * SupportStore in PostgreSQL SQL, written once for two drivers: PGlite (embedded, `PgliteStore`)
 * and node-postgres (a PostgreSQL server, `PostgresStore`). Everything that must hold across
 * several backend instances lives in the database: case numbers come from a sequence, case updates
 * lock their row, idempotency keys and rate-limit windows are rows under unique constraints.
 */
import type { Case, Contact, UserSettings } from '../../src/api/schemas.js';
import type { Seed } from './seed/types.js';
import {
  type AttachmentRecord,
  type CaseFilter,
  type CaseListResult,
  type IdempotencyBegin,
  type IdempotencyTimes,
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

/** What a query or a transaction can do. */
export interface SqlClient {
  /** One statement with `$n` parameters. */
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Several statements, no parameters (schema migrations). */
  exec(sql: string): Promise<void>;
}

/** A database connection (or pool) the SQL store runs on. */
export interface SqlDriver extends SqlClient {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Schema changes in order. Never edit a released one: add the next. */
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'initial schema',
    // IF NOT EXISTS: data directories created before migrations were numbered already hold it.
    sql: `
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
`,
  },
  {
    version: 2,
    name: 'idempotency expiry, upload sizes and ages, rate-limit windows',
    sql: `
ALTER TABLE idempotency ADD COLUMN location text;
ALTER TABLE idempotency ADD COLUMN finished_at timestamptz;
UPDATE idempotency SET finished_at = created_at WHERE status IS NOT NULL;
CREATE INDEX idempotency_finished ON idempotency (finished_at) WHERE status IS NOT NULL;
CREATE INDEX idempotency_started ON idempotency (created_at) WHERE status IS NULL;
ALTER TABLE attachments ADD COLUMN size bigint;
ALTER TABLE attachments ADD COLUMN created_at timestamptz;
UPDATE attachments SET size = (doc->>'size')::bigint, created_at = (doc->>'createdAt')::timestamptz;
ALTER TABLE attachments ALTER COLUMN size SET NOT NULL;
ALTER TABLE attachments ALTER COLUMN created_at SET NOT NULL;
CREATE INDEX attachments_org_user ON attachments (organization_id, uploaded_by);
CREATE INDEX attachments_orphans ON attachments (created_at, id) WHERE case_id IS NULL;
CREATE TABLE rate_limits (
  bucket text NOT NULL,
  window_start timestamptz NOT NULL,
  reset_at timestamptz NOT NULL,
  count int NOT NULL,
  PRIMARY KEY (bucket, window_start)
);
CREATE INDEX rate_limits_reset ON rate_limits (reset_at);
`,
  },
];

/** The advisory lock that serializes migrations and seeding across instances ("eq-s"). */
const SCHEMA_LOCK = 0x65712d73;

/** Old rate-limit windows are swept at most this often per store. */
const RATE_SWEEP_MS = 60_000;

const iso = (value: string | Date) => new Date(value).toISOString();
const likeEscape = (value: string) => value.replace(/[\\%_]/g, (ch) => `\\${ch}`);

export class SqlStore implements SupportStore {
  private lastRateSweep = 0;

  protected constructor(protected readonly db: SqlDriver) {}

  /**
   * Applies the migrations this database lacks, in one transaction under an advisory lock, so
   * two instances starting at once neither race nor apply one twice. Returns the versions applied.
   */
  static async migrate(db: SqlDriver): Promise<number[]> {
    return db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [SCHEMA_LOCK]);
      await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version int PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const { rows } = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
      const done = new Set(rows.map((r) => r.version));
      const applied: number[] = [];
      for (const migration of MIGRATIONS) {
        if (done.has(migration.version)) continue;
        await tx.exec(migration.sql);
        await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
          migration.version,
          migration.name,
        ]);
        applied.push(migration.version);
      }
      return applied;
    });
  }

  async init(
    seed: Seed,
    onCase?: (done: number, total: number) => void,
  ): Promise<{ seeded: boolean }> {
    return this.db.transaction(async (tx) => {
      // The same lock as the migrations: a second instance waits, then finds the seed in place.
      await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [SCHEMA_LOCK]);
      const { rows } = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
      if ((rows[0]?.n ?? 0) > 0) return { seeded: false };
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
      for (const [i, seedCase] of seed.cases.entries()) {
        const { stored, attachments } = materializeSeedCase(seedCase, seed.contacts);
        await this.writeCase(tx, stored, 'insert');
        for (const record of attachments) await this.writeAttachment(tx, record);
        max = Math.max(max, Number(stored.case.number));
        onCase?.(i + 1, seed.cases.length);
      }
      await tx.query('SELECT setval($1, $2)', ['case_number_seq', max]);
      return { seeded: true };
    });
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  private async writeCase(
    db: SqlClient,
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
         VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8, $9, $10, $11, $12::jsonb)`,
        params,
      );
    } else {
      await db.query(
        `UPDATE cases SET status = $6, priority = $7, priority_rank = $8, subject = $9, updated_at = $11, doc = $12::jsonb, watchers = $5::text[]
         WHERE id = $1 AND organization_id = $2 AND number = $3 AND created_by = $4 AND created_at = $10`,
        params,
      );
    }
  }

  private async writeAttachment(db: SqlClient, record: AttachmentRecord): Promise<void> {
    await db.query(
      `INSERT INTO attachments (id, organization_id, uploaded_by, case_id, size, created_at, doc)
       VALUES ($1, $2, $3, $4, $5, $6::timestamptz, $7::jsonb)
       ON CONFLICT (id) DO UPDATE SET case_id = EXCLUDED.case_id, doc = EXCLUDED.doc`,
      [
        record.id,
        record.organizationId,
        record.uploadedBy,
        record.caseId,
        record.size,
        iso(record.createdAt),
        JSON.stringify(record),
      ],
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
    db: SqlClient,
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
    // The row lock (FOR UPDATE) makes concurrent actions on one case, from any instance, apply
    // one after the other, each to the state the previous one left.
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
          ? ['created_at', 'number']
          : ['updated_at', 'id'];
    const dir = desc ? 'DESC' : 'ASC';
    let keyset = '';
    const after = filter.cursor ? decodeCursor(filter.cursor, filter.sort) : null;
    if (after?.length === columns.length) {
      const placeholders = after.map((value, i) => {
        params.push(value);
        // Typed placeholders: node-postgres sends every value as text.
        return `$${params.length}::${columns[i] === 'priority_rank' ? 'int' : 'text'}`;
      });
      keyset = ` AND (${columns.join(', ')}) ${desc ? '<' : '>'} (${placeholders.join(', ')})`;
    }
    params.push(filter.limit + 1);
    const { rows } = await this.db.query<{ doc: Case }>(
      `SELECT doc FROM cases WHERE ${where}${keyset} ORDER BY ${columns.map((c) => `${c} ${dir}`).join(', ')} LIMIT $${params.length}::int`,
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
      // Rows locked in id order: two claims over overlapping ids cannot deadlock.
      const { rows } = await tx.query<{
        id: string;
        doc: AttachmentRecord;
        case_id: string | null;
      }>(
        'SELECT id, doc, case_id FROM attachments WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE',
        [ids],
      );
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

  async attachmentUsage(
    organizationId: string,
    userId: string,
  ): Promise<{
    user: { bytes: number; files: number };
    organization: { bytes: number; files: number };
  }> {
    // float8, not the numeric sum(bigint) gives: node-postgres reads numeric as a string.
    const { rows } = await this.db.query<{
      org_bytes: number;
      org_files: number;
      user_bytes: number;
      user_files: number;
    }>(
      `SELECT coalesce(sum(size), 0)::float8 AS org_bytes, count(*)::int AS org_files,
              coalesce(sum(size) FILTER (WHERE uploaded_by = $2), 0)::float8 AS user_bytes,
              (count(*) FILTER (WHERE uploaded_by = $2))::int AS user_files
       FROM attachments WHERE organization_id = $1`,
      [organizationId, userId],
    );
    const row = rows[0];
    return {
      user: { bytes: Number(row?.user_bytes ?? 0), files: row?.user_files ?? 0 },
      organization: { bytes: Number(row?.org_bytes ?? 0), files: row?.org_files ?? 0 },
    };
  }

  async orphanAttachments(before: string, limit: number): Promise<AttachmentRecord[]> {
    const { rows } = await this.db.query<{ doc: AttachmentRecord }>(
      `SELECT doc FROM attachments WHERE case_id IS NULL AND created_at < $1::timestamptz
       ORDER BY created_at, id LIMIT $2::int`,
      [iso(before), limit],
    );
    return rows.map((r) => ({ ...r.doc, caseId: null }));
  }

  async deleteOrphanAttachment(id: string): Promise<boolean> {
    // The condition is checked on the row as it is once any claim holding its lock has committed.
    const { rows } = await this.db.query<{ id: string }>(
      'DELETE FROM attachments WHERE id = $1 AND case_id IS NULL RETURNING id',
      [id],
    );
    return rows.length > 0;
  }

  async beginIdempotent(
    scope: string,
    key: string,
    fingerprint: string,
    times: IdempotencyTimes,
  ): Promise<IdempotencyBegin> {
    const now = times.now.getTime();
    for (let attempt = 0; ; attempt++) {
      // One statement inserts the key, or takes over a row left "processing" past its lease (same
      // body) or finished before the retention: the row lock makes one caller win a takeover.
      const taken = await this.db.query<{ key: string }>(
        `INSERT INTO idempotency AS i (scope, key, fingerprint, created_at) VALUES ($1, $2, $3, $4::timestamptz)
         ON CONFLICT (scope, key) DO UPDATE
           SET fingerprint = EXCLUDED.fingerprint, created_at = EXCLUDED.created_at,
               status = NULL, body = NULL, location = NULL, finished_at = NULL
           WHERE (i.status IS NULL AND i.created_at < $5::timestamptz AND i.fingerprint = EXCLUDED.fingerprint)
              OR (i.status IS NOT NULL AND i.finished_at < $6::timestamptz)
         RETURNING key`,
        [
          scope,
          key,
          fingerprint,
          iso(times.now),
          iso(new Date(now - times.leaseMs)),
          iso(new Date(now - times.retentionMs)),
        ],
      );
      if (taken.rows.length > 0) return { state: 'new' };
      const { rows } = await this.db.query<{
        fingerprint: string;
        status: number | null;
        body: string | null;
        location: string | null;
      }>(
        'SELECT fingerprint, status, body, location FROM idempotency WHERE scope = $1 AND key = $2',
        [scope, key],
      );
      const row = rows[0];
      // Released or swept between the two statements: try again.
      if (!row) {
        if (attempt < 5) continue;
        return { state: 'processing' };
      }
      if (row.fingerprint !== fingerprint) return { state: 'mismatch' };
      if (row.status === null) return { state: 'processing' };
      return {
        state: 'done',
        status: row.status,
        body: row.body ?? '',
        ...(row.location !== null ? { location: row.location } : {}),
      };
    }
  }

  async finishIdempotent(
    scope: string,
    key: string,
    status: number,
    body: string,
    location?: string,
    at = new Date(),
  ): Promise<void> {
    await this.db.query(
      `UPDATE idempotency SET status = $3, body = $4, location = $5, finished_at = $6::timestamptz
       WHERE scope = $1 AND key = $2`,
      [scope, key, status, body, location ?? null, iso(at)],
    );
  }

  async releaseIdempotent(scope: string, key: string): Promise<void> {
    await this.db.query('DELETE FROM idempotency WHERE scope = $1 AND key = $2', [scope, key]);
  }

  async sweepIdempotency(before: Date, staleBefore: Date): Promise<number> {
    const { rows } = await this.db.query<{ n: number }>(
      `WITH gone AS (
         DELETE FROM idempotency
         WHERE (status IS NOT NULL AND finished_at < $1::timestamptz)
            OR (status IS NULL AND created_at < $2::timestamptz)
         RETURNING 1
       ) SELECT count(*)::int AS n FROM gone`,
      [iso(before), iso(staleBefore)],
    );
    return rows[0]?.n ?? 0;
  }

  async hitRateLimit(
    bucket: string,
    windowMs: number,
    now: Date,
  ): Promise<{ count: number; resetAt: Date }> {
    const start = Math.floor(now.getTime() / windowMs) * windowMs;
    const resetAt = new Date(start + windowMs);
    const { rows } = await this.db.query<{ count: number }>(
      `INSERT INTO rate_limits AS r (bucket, window_start, reset_at, count)
       VALUES ($1, $2::timestamptz, $3::timestamptz, 1)
       ON CONFLICT (bucket, window_start) DO UPDATE SET count = r.count + 1
       RETURNING count`,
      [bucket, iso(new Date(start)), iso(resetAt)],
    );
    const count = rows[0]?.count ?? 1;
    if (count === 1 && now.getTime() - this.lastRateSweep >= RATE_SWEEP_MS) {
      this.lastRateSweep = now.getTime();
      await this.db.query('DELETE FROM rate_limits WHERE reset_at <= $1::timestamptz', [iso(now)]);
    }
    return { count, resetAt };
  }
}
