/**
 * `npm start` reads its limits from the environment: a wrong value stops the start with a message
 * naming the variable; a set rate limit is applied to the API.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { root, startDemoProcess } from './demo-process.js';

describe('npm start limits from the environment', () => {
  let work: string;
  before(async () => {
    await mkdir(join(root, '.tmp'), { recursive: true });
    work = await mkdtemp(join(root, '.tmp', 'demo-env-'));
    await mkdir(join(work, 'dist'));
  });
  after(() => rm(work, { recursive: true, force: true }));

  test('a limit that is not a whole number stops the start, naming the variable', async () => {
    await assert.rejects(
      startDemoProcess({
        DEMO_DIST: join(work, 'dist'),
        DATA_DIR: join(work, 'bad'),
        QUOTA_USER_FILES: 'lots',
      }),
      /QUOTA_USER_FILES must be a whole number \(got "lots"\)/,
    );
  });

  test('RATE_LIMIT_PER_MINUTE limits each person’s requests', async (t) => {
    const demo = await startDemoProcess({
      DEMO_DIST: join(work, 'dist'),
      DATA_DIR: join(work, 'data'),
      RATE_LIMIT_PER_MINUTE: '3',
    });
    t.after(() => demo.stop());
    const me = (token: string) =>
      fetch(`${demo.base}/api/me`, { headers: { Authorization: `Bearer ${token}` } });
    // The window is the clock's minute: four requests that straddle a minute's end are counted in
    // two windows. Such a run says nothing; the next person's run falls in one minute.
    const minute = () => Math.floor(Date.now() / 60_000);
    let replies: Response[] = [];
    for (const token of ['demo-user-1', 'demo-user-3']) {
      const started = minute();
      replies = [];
      for (let i = 0; i < 4; i += 1) replies.push(await me(token));
      if (minute() === started) break;
    }
    assert.deepEqual(
      replies.map((r) => r.status),
      [200, 200, 200, 429],
    );
    assert.ok(Number(replies[3]!.headers.get('Retry-After')) >= 1);
    assert.equal((await me('demo-user-2')).status, 200, 'each person has their own count');
  });

  test('the start says what it is doing: a first start creates and seeds, the next opens', async () => {
    const env = { DEMO_DIST: join(work, 'dist'), DATA_DIR: join(work, 'steps') };
    const first = await startDemoProcess(env);
    const firstOutput = first.output();
    await first.stop();
    assert.match(
      firstOutput,
      /creating the embedded PostgreSQL database in .* \(first start only\)…/,
    );
    // Counts on the way when it takes over 500 ms (a busy machine), then the whole count and time.
    assert.match(
      firstOutput,
      /checking the demo data…\n(?: {2}.*\n)*? {2}done in [\d.]+ m?s \(\d+ cases, \d+ files\)/,
    );
    assert.match(firstOutput, /ready in [\d.]+ m?s: http:\/\/127\.0\.0\.1:\d+\//);
    // Not a terminal: whole lines, never a carriage return.
    assert.doesNotMatch(firstOutput, /\r/);
    const second = await startDemoProcess(env);
    const secondOutput = second.output();
    await second.stop();
    assert.match(secondOutput, /opening the embedded PostgreSQL database in /);
    assert.doesNotMatch(secondOutput, /first start only|cases|new, seeded/);
  });
});
