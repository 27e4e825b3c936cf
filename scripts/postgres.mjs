/**
 * A throwaway PostgreSQL server for the tests, from Debian's `postgresql` package: `initdb` in a
 * temporary directory, `pg_ctl start` on a free port of 127.0.0.1 (trust authentication, socket in
 * the same directory), stopped and removed afterwards. As root the server runs as `postgres`.
 *
 *   node scripts/postgres.mjs [command args…]   starts a server, runs the command with
 *                                               TEST_DATABASE_URL set, stops the server
 *
 * When TEST_DATABASE_URL (or DATABASE_URL) is already set, no server is started: the command runs
 * against that one (its user must be allowed to create databases).
 *
 * From code: `const pg = await startPostgres(); … await pg.stop();`
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './engines.mjs';

export const INSTALL_HINT =
  'PostgreSQL server binaries not found. Install them with `apt-get install -y postgresql` ' +
  '(as root; `bash .ci/run` does it), set PG_BIN to their directory, or point TEST_DATABASE_URL ' +
  'at a server you have.';

/** The directory of initdb/pg_ctl/postgres: PG_BIN, else the newest /usr/lib/postgresql/N/bin. */
export function findPostgresBin() {
  const candidates = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    for (const version of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) {
      candidates.push(join(debian, version, 'bin'));
    }
  }
  const found = candidates.find((dir) => existsSync(join(dir, 'pg_ctl')));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

/** `postgres --version` of the binaries found, e.g. "postgres (PostgreSQL) 15.18 (Debian …)". */
export function postgresVersion(bin = findPostgresBin()) {
  return execFileSync(join(bin, 'postgres'), ['--version'], { encoding: 'utf8' }).trim();
}

/** As root, PostgreSQL refuses to run: the `postgres` system user runs it instead. */
function runAs() {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

function command(user, file, args) {
  return user ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
}

function run(user, file, args) {
  const [cmd, argv] = command(user, file, args);
  const result = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${file} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  }
  return result.stdout;
}

/**
 * Starts a server. Returns its admin URL (database `postgres`, user `postgres`, no password),
 * how long it took, and `stop()`, which stops it and removes its directory.
 */
export async function startPostgres() {
  const bin = findPostgresBin();
  const started = Date.now();
  const user = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'eq-postgres-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  run(user, join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    // A test server: nothing here must survive a power cut.
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');
  run(user, join(bin, 'pg_ctl'), [
    'start',
    '-w',
    '-t',
    '60',
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-o',
    options,
  ]);
  let stopped = false;
  const stopSync = () => {
    if (stopped) return;
    stopped = true;
    const [cmd, argv] = command(user, join(bin, 'pg_ctl'), [
      'stop',
      '-D',
      data,
      '-m',
      'immediate',
      '-w',
    ]);
    spawnSync(cmd, argv, { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  // Whatever ends this process, the server does not outlive it.
  process.once('exit', stopSync);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    version: postgresVersion(bin),
    startMs: Date.now() - started,
    stop: () => {
      process.removeListener('exit', stopSync);
      stopSync();
      return Promise.resolve();
    },
  };
}

/** The server the tests were given, if any. */
export const givenDatabaseUrl = () =>
  process.env.TEST_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim() || undefined;

/** Runs `file args…` with TEST_DATABASE_URL = `url`; resolves with its exit code. */
async function runWith(url, file, args) {
  const child = spawn(file, args, {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: url },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) =>
    child.once('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0))),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, ...args] = process.argv.slice(2);
  const given = givenDatabaseUrl();
  if (given && file) {
    console.log('PostgreSQL: the server of TEST_DATABASE_URL / DATABASE_URL');
    process.exit(await runWith(given, file, args));
  }
  const server = await startPostgres();
  console.log(
    `PostgreSQL: ${server.version}, throwaway server on port ${server.port} started in ${server.startMs} ms`,
  );
  if (!file) {
    console.log(`TEST_DATABASE_URL=${server.url} (Ctrl-C stops it)`);
    await new Promise((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.stop();
  } else {
    const code = await runWith(server.url, file, args);
    await server.stop();
    process.exit(code);
  }
}
