/**
 * The stores every server suite runs against: in memory, PGlite, and a real PostgreSQL server.
 *
 * PostgreSQL is the server of TEST_DATABASE_URL (`npm run test:server` starts one throwaway server
 * for the whole suite, scripts/postgres.mjs), else DATABASE_URL, else a throwaway server this
 * test file starts for itself. Every store opened gets a fresh database, dropped when it closes,
 * so files and suites never see each other's data.
 */
import pg from 'pg';
import { MemoryStore } from '../../demo/server/memory-store.js';
import { PgliteStore } from '../../demo/server/pglite-store.js';
import { PostgresStore } from '../../demo/server/postgres-store.js';
import type { SupportStore } from '../../demo/server/store.js';
import { givenDatabaseUrl, startPostgres } from '../../scripts/postgres.mjs';

let server: Promise<string> | undefined;

/** The admin URL of the test server (started on first use when none is given). */
export function postgresServerUrl(): Promise<string> {
  server ??= (async () => {
    const given = givenDatabaseUrl();
    if (given) return given;
    // Stopped when this process exits (scripts/postgres.mjs).
    return (await startPostgres()).url;
  })();
  return server;
}

let counter = 0;

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: await postgresServerUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export interface FreshDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A new, empty database on the test server. */
export async function freshDatabase(): Promise<FreshDatabase> {
  const name = `eq_test_${process.pid}_${++counter}_${crypto.randomUUID().slice(0, 8)}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(await postgresServerUrl());
  url.pathname = `/${name}`;
  return {
    url: url.href,
    name,
    drop: async () => {
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** A PostgresStore on a fresh database, dropped on `close()`. */
export async function openPostgresStore(): Promise<PostgresStore> {
  const db = await freshDatabase();
  const store = await PostgresStore.connect(db.url);
  const close = store.close.bind(store);
  store.close = async () => {
    await close();
    await db.drop();
  };
  return store;
}

export const stores: [label: string, open: () => Promise<SupportStore>][] = [
  ['memory store', () => Promise.resolve(new MemoryStore())],
  ['PGlite store', () => PgliteStore.open()],
  ['PostgreSQL store', openPostgresStore],
];
