/**
 * The SQL store (sql-store.ts) on a PostgreSQL server through node-postgres (`pg`): what several
 * backend instances share (`DATABASE_URL`). Same schema and SQL as PGlite.
 */
import pg from 'pg';
import { type SqlClient, type SqlDriver, SqlStore } from './sql-store.js';

function client(db: pg.Pool | pg.PoolClient): SqlClient {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      const { rows } = await db.query(sql, params);
      return { rows: rows as T[] };
    },
    async exec(sql: string) {
      // No parameters: the simple query protocol, which runs several statements.
      await db.query(sql);
    },
  };
}

function poolDriver(pool: pg.Pool): SqlDriver {
  return {
    ...client(pool),
    async transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
      const connection = await pool.connect();
      let broken: Error | undefined;
      try {
        await connection.query('BEGIN');
        const result = await fn(client(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await connection.query('ROLLBACK');
        } catch (rollback) {
          // The connection is gone: do not hand it out again.
          broken = rollback instanceof Error ? rollback : new Error(String(rollback));
        }
        throw error;
      } finally {
        connection.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

export interface PostgresOptions {
  /** Connections this instance may hold (default 10). */
  maxConnections?: number;
  /** Called when an idle connection fails (the server restarted); default: logged. */
  onError?: (error: Error) => void;
}

export class PostgresStore extends SqlStore {
  /** Connects to the server at `url` (postgres://user:password@host:port/database) and migrates. */
  static async connect(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections ?? 10,
      application_name: 'eq-support',
    });
    // Without a listener, an idle connection dropped by the server would end the process.
    pool.on(
      'error',
      options.onError ?? ((error) => console.error('PostgreSQL connection error:', error.message)),
    );
    const driver = poolDriver(pool);
    try {
      await SqlStore.migrate(driver);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStore(driver);
  }
}
