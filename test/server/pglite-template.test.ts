/**
 * A new PGlite data directory starts from a blank database kept once (demo/server/pglite-store.ts,
 * what `npm start` does with node_modules/.cache/eq-support/): the first new one runs initdb and
 * keeps it, a damaged copy is replaced, and a database made from the copy holds, once seeded,
 * exactly what one made by initdb holds.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { PgliteStore, blankTemplateFile } from '../../demo/server/pglite-store.js';
import { buildSeed } from '../../demo/server/seed/index.js';

/** Everything the seed wrote, table by table, in a fixed order. */
async function contents(dataDir: string): Promise<unknown> {
  const db = await PGlite.create(dataDir);
  try {
    const rows = async (sql: string) => (await db.query(sql)).rows;
    return {
      users: await rows('SELECT * FROM users ORDER BY id'),
      contacts: await rows('SELECT * FROM contacts ORDER BY id'),
      cases: await rows('SELECT * FROM cases ORDER BY id'),
      attachments: await rows('SELECT * FROM attachments ORDER BY id'),
      sequence: await rows('SELECT last_value FROM case_number_seq'),
      migrations: await rows('SELECT version, name FROM schema_migrations ORDER BY version'),
    };
  } finally {
    await db.close();
  }
}

describe('PGlite blank database template', () => {
  let work: string;
  let template: string;
  const seed = buildSeed(new Date('2026-12-01T12:00:00Z'));

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'eq-pg-template-'));
    template = blankTemplateFile(join(work, 'cache'))!;
    await mkdir(join(work, 'cache'));
  });
  after(() => rm(work, { recursive: true, force: true }));

  test('is named after the installed PGlite version', () => {
    assert.match(template, /pglite-\d+\.\d+\.\d+[^/]*-blank\.tar$/);
  });

  test('a damaged copy is not used: initdb runs and keeps a good one', async () => {
    await writeFile(template, 'not a tarball');
    const store = await PgliteStore.open(join(work, 'by-initdb'), { template });
    assert.equal(store.origin, 'initdb');
    assert.deepEqual(await store.init(seed), { seeded: true });
    await store.close();
    const tarball = await readFile(template);
    assert.equal(tarball.toString('latin1', 257, 262), 'ustar', 'the copy is a tarball');
    assert.ok(tarball.includes('PG_VERSION'), 'of a data directory');
    assert.ok(!existsSync(`${template}.${process.pid}.tmp`), 'nothing left aside');
  });

  test('a new data directory starts from the copy and holds the same data once seeded', async () => {
    const started = performance.now();
    const store = await PgliteStore.open(join(work, 'by-template'), { template });
    const ms = performance.now() - started;
    assert.equal(store.origin, 'template');
    assert.deepEqual(await store.init(seed), { seeded: true });
    await store.close();
    console.log(`[template] a new data directory from the copy in ${Math.round(ms)} ms`);
    assert.deepEqual(
      await contents(join(work, 'by-template')),
      await contents(join(work, 'by-initdb')),
    );
  });

  test('an existing data directory is opened, the copy left alone', async () => {
    const before = await readFile(template);
    const store = await PgliteStore.open(join(work, 'by-template'), { template });
    assert.equal(store.origin, 'opened');
    assert.deepEqual(await store.init(seed), { seeded: false });
    await store.close();
    assert.deepEqual(await readFile(template), before);
  });
});
