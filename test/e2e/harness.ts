/** End-to-end harness: starts `npm start`'s server on a free port with a fresh data directory, and Chromium. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { freePort } from '../../scripts/engines.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export { freePort };

export interface Demo {
  url: string;
  dataDir: string;
  /** Stops the server (the data directory stays until `dispose`). */
  stop(): Promise<void>;
  /** Starts the server again on the same port and data directory. */
  restart(): Promise<void>;
  dispose(): Promise<void>;
  /** Calls the API as a demo user. */
  api(path: string, init?: RequestInit & { token?: string }): Promise<Response>;
}

export async function startDemo(env: Record<string, string> = {}): Promise<Demo> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'eq-e2e-'));
  const url = `http://localhost:${port}/`;
  let child: ChildProcess | undefined;

  async function start(): Promise<void> {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'demo/server/main.ts'], {
      cwd: root,
      env: { ...process.env, DEMO_HMR: '0', ...env, PORT: String(port), DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    let output = '';
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`demo server did not start in 60 s:\n${output}`)),
        60_000,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Demo:')) {
          clearTimeout(timer);
          ready();
        }
      };
      proc.stdout.on('data', onData);
      proc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      proc.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`demo server exited with ${code}:\n${output}`));
      });
    });
  }

  async function stop(): Promise<void> {
    const proc = child;
    child = undefined;
    if (proc?.exitCode !== null) return;
    await new Promise<void>((done) => {
      proc.once('exit', () => done());
      proc.kill('SIGTERM');
      setTimeout(() => proc.kill('SIGKILL'), 10_000).unref();
    });
  }

  await start();
  return {
    url,
    dataDir,
    stop,
    restart: start,
    async dispose() {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
    api(path, init = {}) {
      const { token = 'demo-user-1', ...rest } = init;
      const headers = new Headers(rest.headers);
      headers.set('Authorization', `Bearer ${token}`);
      return fetch(new URL(`api${path}`, url), { ...rest, headers });
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS],
    headless: true,
  });
}
