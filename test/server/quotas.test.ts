/**
 * Uploads cannot fill the disk: per-person and per-organization quotas, a request rate limit
 * (429 with Retry-After) shared through the store, and housekeeping that removes uploads never
 * attached to a case and expired Idempotency-Key rows. Idempotency keys expire and recover from
 * a crashed instance; a replay carries the first answer's Location.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AppOptions } from '../../demo/server/app.js';
import { sweep } from '../../demo/server/maintenance.js';
import type { SupportStore } from '../../demo/server/store.js';
import { backend, client, seed } from './backend-app.js';
import { stores } from './stores.js';

const HOUR = 3_600_000;

const NEW_CASE = {
  priority: 'medium',
  subject: 'Report totals differ',
  description: 'The totals differ from the ad server.',
  typeId: 'accounts-user-management',
  categoryId: 'accounts-user-management-user-management',
};

/** A clock the test moves. */
function clock(start = Date.parse('2026-12-01T10:00:00Z')) {
  let t = start;
  return {
    now: () => new Date(t),
    advance: (ms: number) => (t += ms),
  };
}

type SeedUsage = Awaited<ReturnType<SupportStore['attachmentUsage']>>;

for (const [label, makeStore] of stores) {
  describe(`quotas, rate limits and housekeeping (${label})`, () => {
    /** A backend whose options may depend on what Acme and demo-user-1 already stored. */
    async function setup(
      options: Partial<AppOptions> | ((usage: SeedUsage) => Partial<AppOptions>) = {},
    ) {
      const store = await makeStore();
      await store.init(seed);
      const usage = await store.attachmentUsage('org-acme', 'user-1');
      const time = clock();
      const made = await backend(store, {
        now: time.now,
        rateLimit: false,
        ...(typeof options === 'function' ? options(usage) : options),
      });
      return { ...made, store, time, usage };
    }

    test('a person reaches their file quota (413 upload-quota-exceeded)', async (t) => {
      const { upload, store } = await setup((usage) => ({
        quotas: { userFiles: usage.user.files + 2 },
      }));
      t.after(() => store.close());
      assert.equal((await upload('a.txt')).status, 201);
      assert.equal((await upload('b.txt')).status, 201);
      const third = await upload('c.txt');
      assert.equal(third.status, 413, third.text);
      assert.equal(third.body.type, 'https://eq-support.dev/problems/upload-quota-exceeded');
      assert.match(String(third.body.detail), /your uploads may take at most .* in \d+ files/);
    });

    test('the organization reaches its file quota, whoever uploads', async (t) => {
      const { app, upload, store } = await setup((usage) => ({
        quotas: { organizationFiles: usage.organization.files + 3 },
      }));
      t.after(() => store.close());
      const colleague = client(app, 'demo-user-2'); // the same organization (Acme)
      const up = (name: string) =>
        colleague('POST', '/attachments', {
          body: 'hello',
          headers: {
            'Content-Type': 'text/plain',
            'Content-Disposition': `attachment; filename=${name}`,
          },
        });
      assert.equal((await upload('a.txt')).status, 201);
      assert.equal((await upload('b.txt')).status, 201);
      assert.equal((await up('c.txt')).status, 201);
      for (const refused of [await up('d.txt'), await upload('e.txt')]) {
        assert.equal(refused.status, 413, refused.text);
        assert.match(String(refused.body.detail), /your organization's uploads/);
      }
      const globex = client(app, 'demo-user-3');
      const other = await globex('POST', '/attachments', {
        body: 'hello',
        headers: {
          'Content-Type': 'text/plain',
          'Content-Disposition': 'attachment; filename=f.txt',
        },
      });
      assert.equal(other.status, 201, 'another organization is not affected');
    });

    test('the byte quota caps a streamed upload at the room left', async (t) => {
      const {
        upload,
        store,
        usage: before,
      } = await setup((usage) => ({
        quotas: { userBytes: usage.user.bytes + 8 },
      }));
      t.after(() => store.close());
      assert.equal((await upload('a.txt')).status, 201); // 5 of 8 bytes
      const second = await upload('b.txt'); // 5 more: over by 2
      assert.equal(second.status, 413, second.text);
      assert.equal(second.body.type, 'https://eq-support.dev/problems/upload-quota-exceeded');
      const usage = await store.attachmentUsage('org-acme', 'user-1');
      assert.deepEqual(
        usage.user,
        { bytes: before.user.bytes + 5, files: before.user.files + 1 },
        'the refused file left nothing',
      );
    });

    test('a person over the request rate gets 429 with Retry-After, until the window passes', async (t) => {
      const { call, store, time } = await setup({
        rateLimit: { requests: 5, uploads: 2, windowMs: 60_000 },
      });
      t.after(() => store.close());
      for (let i = 0; i < 5; i += 1) assert.equal((await call('GET', '/me')).status, 200);
      const limited = await call('GET', '/me');
      assert.equal(limited.status, 429, limited.text);
      assert.equal(limited.body.type, 'https://eq-support.dev/problems/rate-limited');
      const retryAfter = Number(limited.headers.get('Retry-After'));
      assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
      time.advance(retryAfter * 1000);
      assert.equal((await call('GET', '/me')).status, 200, 'a new window');
    });

    test('uploads have their own, lower rate', async (t) => {
      const { upload, call, store } = await setup({
        rateLimit: { requests: 100, uploads: 2, windowMs: 60_000 },
      });
      t.after(() => store.close());
      assert.equal((await upload('a.txt')).status, 201);
      assert.equal((await upload('b.txt')).status, 201);
      const third = await upload('c.txt');
      assert.equal(third.status, 429);
      assert.match(String(third.body.detail), /more than 2 uploads/);
      assert.equal((await call('GET', '/me')).status, 200, 'other requests go on');
    });

    test('housekeeping removes uploads never attached after their time to live, and only those', async (t) => {
      const { call, upload, store, blobs, time } = await setup();
      t.after(() => store.close());
      const kept = await upload('kept.txt');
      const orphan = await upload('orphan.txt');
      assert.equal(kept.status, 201);
      const filed = await call('POST', '/cases', {
        json: { ...NEW_CASE, attachmentIds: [kept.body.id] },
        headers: { 'Idempotency-Key': crypto.randomUUID() },
      });
      assert.equal(filed.status, 201, filed.text);
      time.advance(2 * HOUR);
      const young = await upload('young.txt');

      const early = await sweep({ store, blobs, now: time.now(), orphanTtlMs: 3 * HOUR });
      assert.equal(early.orphansRemoved, 0, 'nothing is old enough yet');

      time.advance(2 * HOUR); // the orphan is 4 h old, the young upload 2 h
      const result = await sweep({ store, blobs, now: time.now(), orphanTtlMs: 3 * HOUR });
      assert.equal(result.orphansRemoved, 1);
      assert.equal(await store.getAttachment(String(orphan.body.id)), null);
      assert.equal(await blobs.read(String(orphan.body.id)), null, 'its file is gone');
      assert.ok(await store.getAttachment(String(young.body.id)), 'a young upload stays');
      assert.ok(await blobs.read(String(kept.body.id)), 'an attached file stays');
      const late = await call('POST', `/cases/${String(filed.body.id)}/messages`, {
        json: { body: 'With the old file', attachmentIds: [orphan.body.id] },
      });
      assert.equal(late.status, 400, 'a removed upload must be uploaded again');
    });
  });

  describe(`Idempotency-Key lifetime (${label})`, () => {
    test('a replay carries the first answer’s Location', async (t) => {
      const store = await makeStore();
      t.after(() => store.close());
      const { call } = await backend(store, { rateLimit: false });
      const key = crypto.randomUUID();
      const first = await call('POST', '/cases', {
        json: NEW_CASE,
        headers: { 'Idempotency-Key': key },
      });
      const replay = await call('POST', '/cases', {
        json: NEW_CASE,
        headers: { 'Idempotency-Key': key },
      });
      assert.equal(first.status, 201);
      assert.equal(replay.status, 201);
      assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
      assert.equal(replay.headers.get('Location'), first.headers.get('Location'));
      assert.equal(replay.headers.get('Location'), `/api/cases/${String(first.body.id)}`);
    });

    test('a key left "processing" by a crashed instance is taken over after its lease', async (t) => {
      const store = await makeStore();
      t.after(() => store.close());
      const time = clock();
      const { call } = await backend(store, {
        now: time.now,
        rateLimit: false,
        idempotency: { leaseMs: 60_000 },
      });
      const key = crypto.randomUUID();
      // What an instance that died mid-request leaves behind: a reservation, never finished.
      const body = JSON.stringify(NEW_CASE);
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
      const fingerprint = [...new Uint8Array(digest)]
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('');
      const begun = await store.beginIdempotent('user-1 POST /api/cases', key, fingerprint, {
        now: time.now(),
        leaseMs: 60_000,
        retentionMs: 24 * HOUR,
      });
      assert.equal(begun.state, 'new');
      const send = () =>
        call('POST', '/cases', {
          body,
          headers: { 'Idempotency-Key': key, 'Content-Type': 'application/json' },
        });
      time.advance(30_000);
      const during = await send();
      assert.equal(during.status, 409, 'still within the lease: in progress');
      time.advance(31_000);
      const after = await send();
      assert.equal(after.status, 201, `after the lease the request runs again: ${after.text}`);
      const replay = await send();
      assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
      assert.equal(replay.body.id, after.body.id);
    });

    test('a finished key is forgotten after its retention, and swept', async (t) => {
      const store = await makeStore();
      t.after(() => store.close());
      const time = clock();
      const { call, blobs } = await backend(store, {
        now: time.now,
        rateLimit: false,
        idempotency: { retentionMs: 24 * HOUR },
      });
      const key = crypto.randomUUID();
      const first = await call('POST', '/cases', {
        json: NEW_CASE,
        headers: { 'Idempotency-Key': key },
      });
      assert.equal(first.status, 201);
      time.advance(23 * HOUR);
      const other = { ...NEW_CASE, subject: 'Another problem' };
      const reused = await call('POST', '/cases', {
        json: other,
        headers: { 'Idempotency-Key': key },
      });
      assert.equal(reused.status, 422, 'within retention: the key is taken');
      time.advance(2 * HOUR);
      const fresh = await call('POST', '/cases', {
        json: other,
        headers: { 'Idempotency-Key': key },
      });
      assert.equal(fresh.status, 201, fresh.text);
      assert.notEqual(fresh.body.id, first.body.id);
      time.advance(25 * HOUR);
      const swept = await sweep({ store, blobs, now: time.now() });
      assert.ok(swept.idempotencyRowsRemoved >= 1, `swept ${swept.idempotencyRowsRemoved}`);
    });
  });
}
