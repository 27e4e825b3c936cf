/**
 * The store methods behind the hardening of the reference backend, in every store (memory, PGlite,
 * PostgreSQL): idempotency keys that expire and recover from a crash, upload usage, orphan uploads
 * removed without racing a claim, and fixed-window rate-limit counters.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildSeed } from '../../demo/server/seed/index.js';
import type { AttachmentRecord, IdempotencyTimes, SupportStore } from '../../demo/server/store.js';
import { stores } from './stores.js';

const seed = buildSeed();
const MINUTE = 60_000;
const DAY = 24 * 3600_000;
const times = (now: Date): IdempotencyTimes => ({ now, leaseMs: MINUTE, retentionMs: DAY });
const later = (date: Date, ms: number) => new Date(date.getTime() + ms);

function upload(
  overrides: Partial<AttachmentRecord> & Pick<AttachmentRecord, 'id'>,
): AttachmentRecord {
  return {
    organizationId: 'org-quota',
    uploadedBy: 'user-quota-1',
    name: `${overrides.id}.txt`,
    size: 10,
    contentType: 'text/plain',
    createdAt: '2026-01-01T00:00:00.000Z',
    caseId: null,
    ...overrides,
  };
}

for (const [label, open] of stores) {
  describe(`store hardening (${label})`, () => {
    let store: SupportStore;

    before(async () => {
      store = await open();
      await store.init(seed);
    });
    after(() => store.close());

    test('idempotency: new, processing, mismatch, then done with its Location', async () => {
      const key = crypto.randomUUID();
      const now = new Date();
      assert.deepEqual(await store.beginIdempotent('s', key, 'fp', times(now)), { state: 'new' });
      assert.deepEqual(await store.beginIdempotent('s', key, 'fp', times(now)), {
        state: 'processing',
      });
      assert.deepEqual(await store.beginIdempotent('s', key, 'other', times(now)), {
        state: 'mismatch',
      });
      await store.finishIdempotent('s', key, 201, '{"id":"c-1"}', '/api/cases/c-1');
      assert.deepEqual(await store.beginIdempotent('s', key, 'fp', times(now)), {
        state: 'done',
        status: 201,
        body: '{"id":"c-1"}',
        location: '/api/cases/c-1',
      });
      const plain = crypto.randomUUID();
      await store.beginIdempotent('s', plain, 'fp', times(now));
      await store.finishIdempotent('s', plain, 200, '{}');
      assert.deepEqual(await store.beginIdempotent('s', plain, 'fp', times(now)), {
        state: 'done',
        status: 200,
        body: '{}',
      });
      await store.releaseIdempotent('s', key);
      assert.deepEqual(await store.beginIdempotent('s', key, 'new fp', times(now)), {
        state: 'new',
      });
    });

    test('idempotency: a row left "processing" past its lease is taken over once, same body only', async () => {
      const key = crypto.randomUUID();
      const crashed = new Date('2026-03-01T10:00:00.000Z');
      assert.equal((await store.beginIdempotent('s', key, 'fp', times(crashed))).state, 'new');
      const withinLease = later(crashed, MINUTE - 1000);
      assert.equal(
        (await store.beginIdempotent('s', key, 'fp', times(withinLease))).state,
        'processing',
      );
      const pastLease = later(crashed, MINUTE + 1000);
      assert.equal(
        (await store.beginIdempotent('s', key, 'other', times(pastLease))).state,
        'mismatch',
        'another body never takes a key over',
      );
      const racers = await Promise.all(
        Array.from({ length: 10 }, () => store.beginIdempotent('s', key, 'fp', times(pastLease))),
      );
      assert.deepEqual(
        racers.map((r) => r.state).sort(),
        ['new', ...Array<string>(9).fill('processing')],
        'exactly one retry runs the request again',
      );
      await store.finishIdempotent('s', key, 201, 'again');
      assert.equal((await store.beginIdempotent('s', key, 'fp', times(pastLease))).state, 'done');
    });

    test('idempotency: a finished row older than the retention is forgotten', async () => {
      const key = crypto.randomUUID();
      const now = new Date();
      await store.beginIdempotent('s', key, 'fp', times(now));
      await store.finishIdempotent('s', key, 201, 'first');
      assert.equal(
        (await store.beginIdempotent('s', key, 'fp', times(later(now, DAY - MINUTE)))).state,
        'done',
      );
      const expired = times(later(now, DAY + MINUTE));
      assert.deepEqual(await store.beginIdempotent('s', key, 'another body', expired), {
        state: 'new',
      });
      assert.equal(
        (await store.beginIdempotent('s', key, 'another body', expired)).state,
        'processing',
      );
    });

    test('idempotency: 20 concurrent first requests with one key, one of them runs', async () => {
      const key = crypto.randomUUID();
      const now = new Date();
      const states = await Promise.all(
        Array.from({ length: 20 }, () => store.beginIdempotent('s', key, 'fp', times(now))),
      );
      assert.equal(states.filter((s) => s.state === 'new').length, 1);
      assert.equal(states.filter((s) => s.state === 'processing').length, 19);
    });

    test('idempotency: the sweep removes old finished rows and stale processing rows only', async () => {
      const scope = `sweep-${crypto.randomUUID()}`;
      const now = new Date();
      const old = new Date(now.getTime() - 2 * DAY);
      await store.beginIdempotent(scope, 'finished', 'fp', times(now));
      await store.finishIdempotent(scope, 'finished', 201, 'x');
      await store.beginIdempotent(scope, 'stale', 'fp', times(old));
      await store.beginIdempotent(scope, 'running', 'fp', times(now));
      // Cut-offs before all three rows: they stay.
      await store.sweepIdempotency(later(now, -MINUTE), later(old, -MINUTE));
      assert.equal(
        (await store.beginIdempotent(scope, 'finished', 'fp', times(now))).state,
        'done',
      );
      assert.equal(
        (await store.beginIdempotent(scope, 'stale', 'x', times(now))).state,
        'mismatch',
      );
      const removed = await store.sweepIdempotency(later(now, MINUTE), later(now, -MINUTE));
      assert.ok(removed >= 2, `removed ${removed}`);
      // The finished and the stale rows are gone: their keys are new again, any body.
      assert.equal((await store.beginIdempotent(scope, 'finished', 'y', times(now))).state, 'new');
      assert.equal((await store.beginIdempotent(scope, 'stale', 'y', times(now))).state, 'new');
      assert.equal(
        (await store.beginIdempotent(scope, 'running', 'fp', times(now))).state,
        'processing',
      );
    });

    test('attachments: usage per person and per organization, attached or not', async () => {
      const org = `org-${crypto.randomUUID()}`;
      const big = 3_000_000_000; // more than a 32-bit integer holds
      await store.putAttachment(upload({ id: `a-${org}-1`, organizationId: org, size: big }));
      await store.putAttachment(upload({ id: `a-${org}-2`, organizationId: org, size: 5 }));
      await store.putAttachment(
        upload({ id: `a-${org}-3`, organizationId: org, size: 7, uploadedBy: 'user-quota-2' }),
      );
      await store.putAttachment(upload({ id: `a-${org}-4`, organizationId: 'elsewhere', size: 1 }));
      await store.claimAttachments(
        { userId: 'user-quota-1', contactId: 'x', organizationId: org },
        [`a-${org}-2`],
        'case-q',
      );
      assert.deepEqual(await store.attachmentUsage(org, 'user-quota-1'), {
        user: { bytes: big + 5, files: 2 },
        organization: { bytes: big + 12, files: 3 },
      });
      assert.deepEqual(await store.attachmentUsage(org, 'nobody'), {
        user: { bytes: 0, files: 0 },
        organization: { bytes: big + 12, files: 3 },
      });
      assert.deepEqual(await store.attachmentUsage('no-such-org', 'nobody'), {
        user: { bytes: 0, files: 0 },
        organization: { bytes: 0, files: 0 },
      });
    });

    test('attachments: orphans oldest first, before the cut-off, at most the limit', async () => {
      const org = `org-${crypto.randomUUID()}`;
      const at = (minute: number) => new Date(Date.UTC(2020, 0, 1, 0, minute)).toISOString();
      const ids = [3, 1, 2, 4].map((minute) => {
        const id = `o-${org}-${minute}`;
        return { id, minute };
      });
      for (const { id, minute } of ids) {
        await store.putAttachment(upload({ id, organizationId: org, createdAt: at(minute) }));
      }
      await store.claimAttachments(
        { userId: 'user-quota-1', contactId: 'x', organizationId: org },
        [`o-${org}-2`],
        'case-o',
      );
      const mine = (records: AttachmentRecord[]) =>
        records.filter((r) => r.organizationId === org).map((r) => r.id);
      assert.deepEqual(mine(await store.orphanAttachments(at(4), 100)), [
        `o-${org}-1`,
        `o-${org}-3`,
      ]);
      const limited = await store.orphanAttachments(at(4), 1);
      assert.equal(limited.length, 1);
      assert.ok((await store.orphanAttachments(at(4), 100)).every((r) => r.caseId === null));
      assert.equal(await store.deleteOrphanAttachment(`o-${org}-1`), true);
      assert.equal(await store.deleteOrphanAttachment(`o-${org}-1`), false, 'already gone');
      assert.equal(await store.deleteOrphanAttachment(`o-${org}-2`), false, 'attached: kept');
      assert.equal(await store.deleteOrphanAttachment('no-such-upload'), false);
      assert.equal(await store.getAttachment(`o-${org}-1`), null);
      assert.equal((await store.getAttachment(`o-${org}-2`))?.caseId, 'case-o');
    });

    test('attachments: a sweep racing a claim either deletes the upload or leaves it attached', async () => {
      const org = `org-${crypto.randomUUID()}`;
      const viewer = { userId: 'user-quota-1', contactId: 'x', organizationId: org };
      const outcomes = { deleted: 0, claimed: 0 };
      for (let i = 0; i < 10; i++) {
        const id = `r-${org}-${i}`;
        await store.putAttachment(upload({ id, organizationId: org }));
        const [claim, deleted] = await Promise.all([
          store.claimAttachments(viewer, [id], `case-${i}`),
          store.deleteOrphanAttachment(id),
        ]);
        const row = await store.getAttachment(id);
        if (deleted) {
          assert.deepEqual(claim.invalid, [id], 'a deleted upload cannot be claimed');
          assert.equal(row, null);
          outcomes.deleted++;
        } else {
          assert.deepEqual(claim.invalid, []);
          assert.equal(row?.caseId, `case-${i}`, 'a claimed upload is kept');
          outcomes.claimed++;
        }
      }
      console.log(`claim vs orphan delete, 10 races (${label}):`, outcomes);
    });

    test('rate limits: one count per hit, per bucket and fixed window, atomic', async () => {
      const bucket = `user:${crypto.randomUUID()}`;
      const windowMs = MINUTE;
      const start = new Date(Math.floor(Date.now() / windowMs) * windowMs);
      const resetAt = later(start, windowMs);
      for (let n = 1; n <= 3; n++) {
        assert.deepEqual(await store.hitRateLimit(bucket, windowMs, later(start, n * 1000)), {
          count: n,
          resetAt,
        });
      }
      const concurrent = await Promise.all(
        Array.from({ length: 30 }, () => store.hitRateLimit(bucket, windowMs, later(start, 5000))),
      );
      assert.deepEqual(
        concurrent.map((r) => r.count).sort((a, b) => a - b),
        Array.from({ length: 30 }, (_, i) => i + 4),
        'no two hits get the same count',
      );
      assert.equal((await store.hitRateLimit(`${bucket}-other`, windowMs, start)).count, 1);
      const next = await store.hitRateLimit(bucket, windowMs, resetAt);
      assert.deepEqual(next, { count: 1, resetAt: later(resetAt, windowMs) });
    });
  });
}
