/**
 * Makes sure dist/ is fresh: runs `npm run build` once per test run. `node --test` runs every file
 * in its own process, so a stamp named after the runner (the parent process) tells the files after
 * the first one that this run has already built; a file run on its own builds too.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const dist = join(root, 'dist');

/** Files the tests need; a build that leaves one missing (or a concurrent clean) rebuilds. */
const OUTPUTS = [
  'index.js',
  'api/index.js',
  'react/index.js',
  'react/index.d.ts',
  'cdn/eq-support.js',
  'custom-elements.json',
];
const STAMP_MAX_AGE_MS = 15 * 60 * 1000;

let building: Promise<void> | undefined;

const STAMP_PREFIX = 'eq-support-packaging-build-';

function stampPath(): string {
  return join(tmpdir(), `${STAMP_PREFIX}${process.ppid}.json`);
}

/** Writes this run's stamp and removes stale ones left by earlier runs. */
function writeStamp(): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(STAMP_PREFIX)) continue;
    const path = join(tmpdir(), name);
    try {
      if (Date.now() - statSync(path).mtimeMs > STAMP_MAX_AGE_MS) rmSync(path, { force: true });
    } catch {
      // another run removed it first
    }
  }
  writeFileSync(stampPath(), JSON.stringify({ builtAt: Date.now() }));
}

function builtInThisRun(): boolean {
  const stamp = stampPath();
  if (!existsSync(stamp)) return false;
  try {
    const { builtAt } = JSON.parse(readFileSync(stamp, 'utf8')) as { builtAt: number };
    if (Date.now() - builtAt > STAMP_MAX_AGE_MS) return false;
  } catch {
    return false;
  }
  return OUTPUTS.every((file) => existsSync(join(dist, file)));
}

function runBuild(): Promise<void> {
  return new Promise((done, fail) => {
    const started = Date.now();
    const child = spawn('npm', ['run', 'build'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', fail);
    child.once('exit', (code) => {
      if (code !== 0) {
        fail(new Error(`npm run build failed (exit code ${code}):\n${output}`));
        return;
      }
      const missing = OUTPUTS.filter((file) => !existsSync(join(dist, file)));
      if (missing.length > 0) {
        fail(new Error(`npm run build did not write ${missing.join(', ')}:\n${output}`));
        return;
      }
      writeStamp();
      console.log(`# npm run build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      done();
    });
  });
}

/** Builds dist/ unless this test run already did. */
export function ensureBuilt(): Promise<void> {
  building ??= builtInThisRun() ? Promise.resolve() : runBuild();
  return building;
}

/**
 * Options of a suite's `before`: the build, a Vite build and Chromium's start may be slow on a busy
 * machine, but a stuck step fails the suite instead of hanging it.
 */
export const SETUP = { timeout: 120_000 };
