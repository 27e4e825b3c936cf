/**
 * End-to-end harness: starts `npm start`'s server on a free port with a fresh data directory, and
 * Chromium. The server's API calls go through Prism, which checks each of them against the OpenAPI
 * document (contract-proxy.ts); `dispose()` fails on any violation a test did not take with
 * `violations()`. E2E_PROXY=0 runs without it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { freePort } from '../../scripts/engines.mjs';
import {
  formatViolations,
  startContractProxy,
  type ContractProxy,
  type Violation,
} from './contract-proxy.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export { freePort, type ContractProxy, type Violation };

/** Whether the API calls go through the validating proxy (E2E_PROXY=0: straight to the API). */
export const PROXIED = process.env.E2E_PROXY !== '0';

export interface Demo {
  url: string;
  dataDir: string;
  /** Stops the server (the data directory stays until `dispose`). */
  stop(): Promise<void>;
  /** Starts the server again on the same port and data directory. */
  restart(): Promise<void>;
  /** Stops everything; fails when the API broke its document in a way no test took. */
  dispose(): Promise<void>;
  /** Calls the API as a demo user (through the validating proxy, as the page does). */
  api(path: string, init?: RequestInit & { token?: string }): Promise<Response>;
  /** The API itself, past the validating proxy: for requests that break the document on purpose. */
  directApi: string;
  /** What the validating proxy found since the last call (none with E2E_PROXY=0); forgotten then. */
  violations(): Violation[];
  /** The validating proxy; undefined with E2E_PROXY=0. */
  proxy: ContractProxy | undefined;
}

export async function startDemo(env: Record<string, string> = {}): Promise<Demo> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'eq-e2e-'));
  const url = `http://localhost:${port}/`;
  let child: ChildProcess | undefined;
  let proxy: ContractProxy | undefined;

  async function start(): Promise<void> {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'demo/server/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        DEMO_HMR: '0',
        ...env,
        PORT: String(port),
        DATA_DIR: dataDir,
        ...(proxy ? { API_PROXY: proxy.url } : {}),
      },
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

  if (PROXIED) {
    proxy = await startContractProxy({
      apiDirect: `${url}api-direct`,
      dir: dataDir,
      prismBin: join(root, 'node_modules/@stoplight/prism-cli/dist/index.js'),
    });
  }
  // Prism starts while the server does.
  const started = await Promise.allSettled([proxy?.ready, start()]);
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await stop();
    await proxy?.close();
    await rm(dataDir, { recursive: true, force: true });
    throw failed.reason;
  }
  return {
    url,
    dataDir,
    stop,
    restart: start,
    async dispose() {
      await stop();
      await proxy?.close();
      await rm(dataDir, { recursive: true, force: true });
      const left = proxy?.takeViolations() ?? [];
      if (left.length > 0) {
        throw new Error(
          `The API broke its OpenAPI document (Prism, E2E_PROXY=0 to run without it):\n${formatViolations(left)}`,
        );
      }
    },
    directApi: `${url}${PROXIED ? 'api-direct' : 'api'}`,
    violations: () => proxy?.takeViolations() ?? [],
    proxy,
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
