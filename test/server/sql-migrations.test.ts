/**
 * Schema migrations of the SQL store: instances starting together over one PostgreSQL database
 * apply each migration once and seed once; a PGlite data directory from before migrations were
 * numbered is adopted and upgraded in place.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { PgliteStore } from '../../demo/server/pglite-store.js';
import { PostgresStore } from '../../demo/server/postgres-store.js';
import { buildSeed } from '../../demo/server/seed/index.js';
import { MIGRATIONS } from '../../demo/server/sql-store.js';
import { freshDatabase } from './stores.js';

const seed = buildSeed();
const versions = MIGRATIONS.map((m) => m.version);

test('four instances starting at once over one PostgreSQL database migrate and seed once', async () => {
  const db = await freshDatabase();
  const started = Date.now();
  const instances = await Promise.all(
    Array.from({ length: 4 }, () => PostgresStore.connect(db.url, { maxConnections: 2 })),
  );
  try {
    const seeded = await Promise.all(instances.map((store) => store.init(seed)));
    const ms = Date.now() - started;
    assert.equal(seeded.filter((s) => s.seeded).length, 1, 'exactly one instance seeds');
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const applied = await client.query<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      assert.deepEqual(
        applied.rows.map((r) => r.version),
        versions,
      );
      const users = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
      assert.equal(users.rows[0]?.n, seed.users.length, 'the seed is in once');
      const cases = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
      assert.equal(cases.rows[0]?.n, seed.cases.length);
    } finally {
      await client.end();
    }
    console.log(`4 instances connected, migrated and seeded in ${ms} ms`);
  } finally {
    await Promise.all(instances.map((store) => store.close()));
    await db.drop();
  }
});

test('a PGlite data directory from before numbered migrations is upgraded in place', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'eq-pg-old-'));
  try {
    const old = await PGlite.create(dir);
    await old.exec(MIGRATIONS[0]!.sql);
    await old.query(
      'INSERT INTO attachments (id, organization_id, uploaded_by, case_id, doc) VALUES ($1, $2, $3, NULL, $4::jsonb)',
      [
        'att-old',
        'org-old',
        'user-old',
        JSON.stringify({
          id: 'att-old',
          organizationId: 'org-old',
          uploadedBy: 'user-old',
          name: 'old.txt',
          size: 42,
          contentType: 'text/plain',
          createdAt: '2025-01-01T00:00:00.000Z',
          caseId: null,
        }),
      ],
    );
    await old.query("INSERT INTO idempotency (scope, key, fingerprint) VALUES ('s', 'k', 'fp')");
    await old.close();

    const store = await PgliteStore.open(dir);
    try {
      assert.deepEqual(await store.attachmentUsage('org-old', 'user-old'), {
        user: { bytes: 42, files: 1 },
        organization: { bytes: 42, files: 1 },
      });
      assert.deepEqual(
        (await store.orphanAttachments('2026-01-01T00:00:00.000Z', 10)).map((r) => r.id),
        ['att-old'],
      );
      const now = new Date();
      assert.equal(
        (await store.beginIdempotent('s', 'k', 'fp', { now, leaseMs: 1, retentionMs: 1 })).state,
        'new',
        'the old processing row is past any lease',
      );
    } finally {
      await store.close();
    }
    const again = await PgliteStore.open(dir);
    await again.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
