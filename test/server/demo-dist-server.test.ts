/**
 * `npm start` with DEMO_DIST (the prebuilt demo): no request ends the process, and nothing outside
 * the dist directory is served, not even a sibling whose name starts with the same letters.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { root, startDemoProcess, type DemoProcess } from './demo-process.js';
import { rawGet } from './raw-get.js';

describe('npm start with DEMO_DIST', () => {
  let work: string;
  let dist: string;
  let demo: DemoProcess;

  before(async () => {
    // .tmp/ is gitignored: a fresh clone (CI) does not have it yet.
    await mkdir(join(root, '.tmp'), { recursive: true });
    work = await mkdtemp(join(root, '.tmp', 'eq-dist-'));
    dist = join(work, 'demo-dist');
    await mkdir(dist);
    await writeFile(
      join(dist, 'index.html'),
      '<!doctype html><title>demo</title><eq-support-button>',
    );
    await mkdir(join(work, 'demo-dist-evil'));
    await writeFile(join(work, 'demo-dist-evil', 'secret.txt'), 'SECRET');
    demo = await startDemoProcess({ DEMO_DIST: dist, DATA_DIR: join(work, 'data') });
  });

  after(async () => {
    await demo?.stop();
    await rm(work, { recursive: true, force: true });
  });

  test('a malformed URL gets 400 and the server keeps serving', async () => {
    const reply = await rawGet(demo.base, '/%E0%A4%A');
    assert.equal(reply.status, 400);
    // The next request is answered: the process lived through the bad one.
    const page = await fetch(`${demo.base}/`);
    assert.equal(page.status, 200);
    assert.ok(demo.alive(), `the process ended:\n${demo.output()}`);
  });

  test('a sibling directory of the dist directory is not served', async () => {
    for (const path of [
      `/..%2F${basename(dist)}-evil%2Fsecret.txt`,
      `/%2E%2E%2F${basename(dist)}-evil%2Fsecret.txt`,
      `/../${basename(dist)}-evil/secret.txt`,
    ]) {
      const reply = await rawGet(demo.base, path);
      assert.ok([403, 404].includes(reply.status), `${path} answered ${reply.status}`);
      assert.doesNotMatch(reply.text, /SECRET/);
    }
    assert.ok(demo.alive());
  });
});
