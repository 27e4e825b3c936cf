/**
 * The SQL store (sql-store.ts) on PGlite: PostgreSQL compiled to WASM, no server and no native
 * build, persisted in a data directory. The embedded default of `npm start` and the end-to-end tests.
 *
 * A new data directory costs PostgreSQL's initdb, 4-5 s of WASM that holds the process. With a
 * `template` file it costs that once: the first new database is kept there blank (as initdb left
 * it, before any migration; 40 MB), and every later one starts from that copy in about 1.5 s.
 */
import { existsSync, openAsBlob, readFileSync } from 'node:fs';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** How the database came to be: an existing one opened, a new one from the template, or initdb. */
export type PgliteOrigin = 'opened' | 'template' | 'initdb';

export interface PgliteOpenOptions {
  /**
   * The file keeping a blank database (PGlite's `dumpDataDir` tarball; see `blankTemplateFile`).
   * A new data directory starts from it; without it, initdb runs and the new database is kept
   * there for the next one.
   */
  template?: string;
}

/** The installed PGlite's version; a template is kept per version. */
function pgliteVersion(): string | undefined {
  try {
    const entry = fileURLToPath(import.meta.resolve('@electric-sql/pglite'));
    const pkg = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
      name?: string;
      version?: string;
    };
    return pkg.name === '@electric-sql/pglite' ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where the blank database of the installed PGlite is kept in `cacheDir`; undefined when its
 * version cannot be told (then every new data directory runs initdb).
 */
export function blankTemplateFile(cacheDir: string): string | undefined {
  const version = pgliteVersion();
  return version ? join(cacheDir, `pglite-${version}-blank.tar`) : undefined;
}

/**
 * Whether `file` is a whole tarball: a first header whose checksum holds, and the two empty
 * blocks that end an archive. A file cut short or written over is not used (nor kept).
 */
async function wholeTarball(file: string): Promise<boolean> {
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const { size } = await handle.stat();
    if (size < 2048 || size % 512 !== 0) return false;
    const first = Buffer.alloc(512);
    const end = Buffer.alloc(1024);
    await handle.read(first, 0, 512, 0);
    await handle.read(end, 0, 1024, size - 1024);
    // The header's sum of bytes, its own checksum field counted as spaces (POSIX ustar).
    let sum = 8 * 0x20;
    for (const [i, byte] of first.entries()) if (i < 148 || i >= 156) sum += byte;
    const recorded = parseInt(first.toString('latin1', 148, 156).replace(/\0.*$/, '').trim(), 8);
    return sum === recorded && first.toString('latin1', 257, 262) === 'ustar' && !end.some(Boolean);
  } finally {
    await handle.close();
  }
}

/** Keeps `dump` as the template: whole or not at all (written aside, then renamed). */
async function saveTemplate(file: string, dump: Blob): Promise<void> {
  const aside = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(aside, new Uint8Array(await dump.arrayBuffer()));
    await rename(aside, file);
  } catch (error) {
    await rm(aside, { force: true });
    console.error(`PGlite: could not keep the blank database in ${file}:`, error);
  }
}

async function createDatabase(
  dataDir: string | undefined,
  template: string | undefined,
): Promise<{ db: PGlite; origin: PgliteOrigin; keep?: () => Promise<void> }> {
  if (!dataDir) return { db: await PGlite.create(), origin: 'initdb' };
  if (existsSync(join(dataDir, 'PG_VERSION'))) {
    return { db: await PGlite.create(dataDir), origin: 'opened' };
  }
  if (!template) return { db: await PGlite.create(dataDir), origin: 'initdb' };
  if (await wholeTarball(template)) {
    try {
      // A Blob backed by the file: PGlite reads it once, nothing is copied on the way.
      const db = await PGlite.create(dataDir, { loadDataDir: await openAsBlob(template) });
      return { db, origin: 'template' };
    } catch (error) {
      throw new Error(
        `PGlite could not start from ${template}: delete it and ${dataDir}, then start again.`,
        { cause: error },
      );
    }
  }
  await rm(template, { force: true });
  const db = await PGlite.create(dataDir);
  // Taken before any migration: what initdb made, right for every version of the schema. Written
  // later (`keepTemplate`), when it no longer delays the start.
  const dump = await db.dumpDataDir('none');
  return { db, origin: 'initdb', keep: () => saveTemplate(template, dump) };
}

export class PgliteStore extends SqlStore {
  private keeping: Promise<void> | undefined;

  private constructor(
    driver: SqlDriver,
    /** How the database came to be (`npm start` says it). */
    readonly origin: PgliteOrigin,
    /** Writes the template, when this start made the blank database for it. */
    private readonly keep: (() => Promise<void>) | undefined,
  ) {
    super(driver);
  }

  /** Opens (or creates) the database in `dataDir`; `undefined` keeps it in memory. */
  static async open(dataDir?: string, options: PgliteOpenOptions = {}): Promise<PgliteStore> {
    const { db, origin, keep } = await createDatabase(dataDir, options.template);
    const driver = pgliteDriver(db);
    await SqlStore.migrate(driver);
    return new PgliteStore(driver, origin, keep);
  }

  /**
   * Writes the blank database this start made (initdb's, before any migration) to the template
   * file, once; nothing when it made none. `npm start` calls it once it serves; `close()` waits
   * for it, or does it.
   */
  keepTemplate(): Promise<void> {
    return (this.keeping ??= this.keep?.() ?? Promise.resolve());
  }

  override async close(): Promise<void> {
    await this.keepTemplate();
    await super.close();
  }
}
