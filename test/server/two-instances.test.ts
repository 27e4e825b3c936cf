/**
 * Two backend instances over one PostgreSQL database keep every promise of one:
 *
 * - 20 concurrent POST /cases with one Idempotency-Key, split across both, file exactly one case;
 *   each answer is that case (201) or 409 with Retry-After, and a retry of a 409 replays the case;
 * - concurrent creates on both get distinct 8-digit numbers, without gaps;
 * - concurrent closes, reopens and messages on one case from both keep its state machine.
 *
 * Once with two apps in this process (two connection pools), once with two `npm start` servers
 * (demo/server/main.ts) sharing DATABASE_URL, SIGNING_SECRET and the files directory.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Case, CasePage } from '../../src/api/schemas.js';
import { type NewCase } from '../../src/api/request-schemas.js';
import { createApp } from '../../demo/server/app.js';
import { MemoryBlobStore } from '../../demo/server/blobs.js';
import { PostgresStore } from '../../demo/server/postgres-store.js';
import { client, seed, type Reply } from './backend-app.js';
import { startDemoProcess, type DemoProcess } from './demo-process.js';
import { freshDatabase, type FreshDatabase } from './stores.js';
import { heldInserts } from './held-inserts.js';

type Call = (
  method: string,
  path: string,
  init?: { json?: unknown; headers?: Record<string, string>; body?: BodyInit },
) => Promise<Reply>;

const type = seed.taxonomy.caseTypes[0]!;
const newCase = (subject: string): NewCase => ({
  priority: 'medium',
  subject,
  description: 'Filed while two instances share one database.',
  typeId: type.id,
  categoryId: type.categories[0]!.id,
});

/** Calls an instance over HTTP as demo-user-1, answers read as JSON like backend-app's client. */
function httpClient(base: string, token = 'demo-user-1'): Call {
  return async (method, path, init = {}) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, ...init.headers };
    let body = init.body;
    if (init.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(init.json);
    }
    const res = await fetch(`${base}/api${path}`, { method, headers, body: body ?? null });
    const text = await res.text();
    let parsed: Record<string, unknown> = {};
    try {
      parsed = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // not JSON
    }
    return { status: res.status, headers: res.headers, text, body: parsed };
  };
}

async function oneKeyTwentyRequests(
  a: Call,
  b: Call,
  label: string,
  held?: ReturnType<typeof heldInserts>,
): Promise<void> {
  const key = crypto.randomUUID();
  const body = newCase(`One key ${key}`);
  const started = performance.now();
  const hold = held?.hold(20);
  const replies = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      (i % 2 === 0 ? a : b)('POST', '/cases', {
        json: body,
        headers: { 'Idempotency-Key': key },
      }).finally(() => hold?.answered()),
    ),
  ).finally(() => hold?.done());
  const ms = Math.round(performance.now() - started);
  const created = replies.filter((r) => r.status === 201);
  const conflicts = replies.filter((r) => r.status === 409);
  assert.equal(created.length + conflicts.length, 20, replies.map((r) => r.status).join(','));
  assert.ok(created.length >= 1);
  const ids = new Set(created.map((r) => r.body.id));
  assert.equal(ids.size, 1, 'every 201 is the same case');
  const id = String(created[0]!.body.id);
  for (const conflict of conflicts) assert.equal(conflict.headers.get('Retry-After'), '1');
  if (held) assert.ok(conflicts.length > 0, 'duplicates in flight get 409');
  // Every request has answered, so the first one is done: a retry of each 409 replays the case.
  const retries = await Promise.all(
    replies.map((r, i) =>
      r.status === 409
        ? (i % 2 === 0 ? a : b)('POST', '/cases', {
            json: body,
            headers: { 'Idempotency-Key': key },
          })
        : Promise.resolve(null),
    ),
  );
  for (const retry of retries.filter((r) => r !== null)) {
    assert.equal(retry.status, 201, retry.text);
    assert.equal(retry.body.id, id);
    assert.equal(retry.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(retry.headers.get('Location'), `/api/cases/${id}`, 'a replay keeps Location');
  }
  for (const call of [a, b]) {
    const list = CasePage.parse(
      (await call('GET', `/cases?q=${encodeURIComponent(key)}&status=all`)).body,
    );
    assert.equal(list.total, 1, 'exactly one case exists');
  }
  const replayed = created.filter((r) => r.headers.get('Idempotent-Replayed') === 'true').length;
  console.log(
    `[${label}] 20 concurrent POSTs, one key, split across 2 instances: ` +
      `${created.length - replayed} created, ${replayed} replayed, ${conflicts.length} × 409 ` +
      `(retried: all 201 replays of the same case), 1 case in the database, ${ms} ms`,
  );
}

async function distinctCreates(a: Call, b: Call, label: string, count: number): Promise<void> {
  const tag = crypto.randomUUID().slice(0, 8);
  const started = performance.now();
  const replies = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      (i % 2 === 0 ? a : b)('POST', '/cases', {
        json: newCase(`Distinct ${tag} ${i}`),
        headers: { 'Idempotency-Key': crypto.randomUUID() },
      }),
    ),
  );
  const ms = Math.round(performance.now() - started);
  assert.deepEqual([...new Set(replies.map((r) => r.status))], [201]);
  const numbers = replies.map((r) => Case.parse(r.body).number);
  for (const n of numbers) assert.match(n, /^\d{8}$/);
  assert.equal(new Set(numbers).size, count, 'no number given twice');
  const sorted = numbers.map(Number).sort((x, y) => x - y);
  const span = sorted.at(-1)! - sorted[0]! + 1;
  assert.equal(span, count, `numbers ${sorted[0]}–${sorted.at(-1)} have no gap`);
  console.log(
    `[${label}] ${count} concurrent creates on 2 instances: ${count} distinct numbers ` +
      `${String(sorted[0]).padStart(8, '0')}–${String(sorted.at(-1)).padStart(8, '0')}, no gap, ${ms} ms`,
  );
}

async function racingActions(a: Call, b: Call, label: string, rounds: number): Promise<void> {
  const created = await a('POST', '/cases', {
    json: newCase(`State machine ${crypto.randomUUID()}`),
    headers: { 'Idempotency-Key': crypto.randomUUID() },
  });
  assert.equal(created.status, 201, created.text);
  const id = String(created.body.id);
  const actions: { kind: 'close' | 'reopen' | 'message'; call: Call; body: unknown }[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const [n, call] of [a, b].entries()) {
      actions.push({ kind: 'close', call, body: { reason: 'no_longer_an_issue' } });
      actions.push({ kind: 'reopen', call, body: { message: `reopen ${i}.${n}` } });
      actions.push({ kind: 'message', call, body: { body: `note ${i}.${n}` } });
    }
  }
  const started = performance.now();
  const replies = await Promise.all(
    actions.map(({ kind, call, body }) =>
      call('POST', `/cases/${id}/${kind === 'message' ? 'messages' : kind}`, {
        json: body,
        headers: { 'Idempotency-Key': crypto.randomUUID() },
      }),
    ),
  );
  const ms = Math.round(performance.now() - started);
  const ok = (kind: string) =>
    replies.filter((r, i) => actions[i]!.kind === kind && r.status === 200).length;
  for (const reply of replies) assert.ok([200, 409].includes(reply.status), reply.text);
  const kase = Case.parse((await b('GET', `/cases/${id}`)).body);
  const changes = kase.history.filter((e) => e.kind === 'status_change');
  for (const [i, change] of changes.entries()) {
    const previous = i === 0 ? null : changes[i - 1]!.to;
    assert.equal(change.from, previous, `status change ${i}: from ${change.from}, was ${previous}`);
  }
  assert.equal(kase.status, changes.at(-1)!.to, 'the status is where the last change led');
  assert.equal(changes.length - 1, ok('close') + ok('reopen'), 'every accepted change, once');
  // Replaying the history: every note was added while the case was open.
  let status: string | null = null;
  let notes = 0;
  for (const e of kase.history) {
    if (e.kind === 'status_change') status = e.to;
    if (e.kind === 'message' && e.body.startsWith('note ')) {
      notes++;
      assert.ok(status !== 'closed' && status !== 'resolved', `"${e.body}" added to a closed case`);
    }
  }
  assert.equal(notes, ok('message'), 'every accepted message, once');
  console.log(
    `[${label}] ${actions.length} concurrent actions on one case from 2 instances: ` +
      `${ok('close')} closes, ${ok('reopen')} reopens, ${ok('message')} messages accepted, ` +
      `${replies.filter((r) => r.status === 409).length} × 409; ${changes.length} status changes ` +
      `chain from → to, final status ${kase.status}; ${ms} ms`,
  );
}

describe('two backend instances over one PostgreSQL database, in one process', () => {
  let db: FreshDatabase;
  let stores: PostgresStore[];
  let a: Call;
  let b: Call;
  const held = heldInserts();

  before(async () => {
    db = await freshDatabase();
    stores = await Promise.all([PostgresStore.connect(db.url), PostgresStore.connect(db.url)]);
    await Promise.all(stores.map((store) => store.init(seed)));
    [a, b] = stores.map((store) =>
      client(
        createApp({
          store: held.wrap(store),
          blobs: new MemoryBlobStore(),
          seed,
          signingSecret: 'shared',
        }),
      ),
    ) as [Call, Call];
  });
  after(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await db.drop();
  });

  test('20 concurrent keyed POSTs split across both make exactly one case', () =>
    oneKeyTwentyRequests(a, b, 'in process, first insert held until the rest answered', held));
  test('concurrent creates on both get distinct, gap-free numbers', () =>
    distinctCreates(a, b, 'in process', 50));
  test('concurrent actions on one case from both keep its state machine', () =>
    racingActions(a, b, 'in process', 8));
});

describe('two `npm start` servers with one DATABASE_URL and one files directory', () => {
  let db: FreshDatabase;
  let dir: string;
  let servers: DemoProcess[] = [];
  let a: Call;
  let b: Call;

  before(async () => {
    db = await freshDatabase();
    dir = await mkdtemp(join(tmpdir(), 'eq-two-'));
    const env = {
      DATABASE_URL: db.url,
      DATA_DIR: join(dir, 'data'),
      SIGNING_SECRET: 'shared-between-instances',
      // The API alone: a prebuilt demo that is not there spares starting Vite twice.
      DEMO_DIST: join(dir, 'no-demo'),
    };
    const started = performance.now();
    // Both start at once over an empty database: migrations and seed must not race.
    servers = await Promise.all([startDemoProcess(env), startDemoProcess(env)]);
    const ms = Math.round(performance.now() - started);
    const seeded = servers.filter((s) => s.output().includes('(new, seeded)')).length;
    assert.equal(seeded, 1, servers.map((s) => s.output()).join('\n---\n'));
    for (const server of servers) assert.match(server.output(), /Store: +PostgreSQL 127\.0\.0\.1/);
    console.log(`[2 processes] both servers started together in ${ms} ms; ${seeded} seeded`);
    [a, b] = servers.map((s) => httpClient(s.base)) as [Call, Call];
  });
  after(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  });

  test('20 concurrent keyed POSTs split across both make exactly one case', () =>
    oneKeyTwentyRequests(a, b, '2 processes'));
  test('concurrent creates on both get distinct, gap-free numbers', () =>
    distinctCreates(a, b, '2 processes', 20));
  test('concurrent actions on one case from both keep its state machine', () =>
    racingActions(a, b, '2 processes', 4));

  test('a file uploaded through one is attached and downloaded through the other', async () => {
    const up = await a('POST', '/attachments', {
      body: 'shared storage',
      headers: {
        'Content-Type': 'text/plain',
        'Content-Disposition': 'attachment; filename="shared.txt"',
      },
    });
    assert.equal(up.status, 201, up.text);
    const created = await b('POST', '/cases', {
      json: { ...newCase('Shared file'), attachmentIds: [up.body.id] },
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    assert.equal(created.status, 201, created.text);
    const link = new URL(Case.parse(created.body).attachments[0]!.url);
    const viaB = await fetch(link);
    assert.equal(await viaB.text(), 'shared storage');
    // A link signed by one instance is valid at the other (one SIGNING_SECRET).
    const fromA = new URL(up.body.url as string);
    const viaOther = await fetch(`${servers[1]!.base}${fromA.pathname}${fromA.search}`);
    assert.equal(viaOther.status, 200);
    assert.ok(servers.every((s) => s.alive()));
  });
});
