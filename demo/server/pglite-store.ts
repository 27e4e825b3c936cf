/**
 * The SQL store (sql-store.ts) on PGlite: PostgreSQL compiled to WASM, no server and no native
 * build, persisted in a data directory. The embedded default of `npm start` and the end-to-end tests.
 */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { type SqlClient, type SqlDriver, SqlStore } from './sql-store.js';

function client(db: PGlite | Transaction): SqlClient {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      const { rows } = await db.query<T>(sql, params);
      return { rows };
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

function pgliteDriver(db: PGlite): SqlDriver {
  return {
    ...client(db),
    transaction: (fn) => db.transaction((tx) => fn(client(tx))),
    close: () => db.close(),
  };
}

export class PgliteStore extends SqlStore {
  /** Opens (or creates) the database in `dataDir`; `undefined` keeps it in memory. */
  static async open(dataDir?: string): Promise<PgliteStore> {
    const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
    const driver = pgliteDriver(db);
    await SqlStore.migrate(driver);
    return new PgliteStore(driver);
  }
}
