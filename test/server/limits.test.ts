/**
 * Bounded work: every request body, array and query string has a maximum, a body over the limit
 * is refused (413) without being read, validation errors grow linearly with the input, and a
 * case's history has a cap.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_JSON_BODY_BYTES } from '../../demo/server/request-body.js';
import { MemoryStore } from '../../demo/server/memory-store.js';
import { MAX_CASE_HISTORY } from '../../src/api/schemas.js';
import { backend } from './backend-app.js';

const OPEN_CASE = 'case-00010010'; // in progress, filed by demo-user-1

const NEW_CASE = {
  priority: 'medium',
  subject: 'Report totals differ',
  description: 'The totals differ from the ad server.',
  typeId: 'reporting',
  categoryId: 'discrepancy',
};

/** A body that never ends, counting what the server pulled from it. */
function endlessBody(chunkBytes = 64 * 1024) {
  const chunk = new Uint8Array(chunkBytes).fill(0x20); // spaces: valid JSON whitespace
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      counter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const counter = { pulled: 0, stream };
  return counter;
}

describe('request limits', () => {
  test('an endless JSON body is refused with 413 once it passes the limit, not read to the end', async (t) => {
    const { app } = await backend(new MemoryStore());
    for (const [method, path] of [
      ['POST', `/cases/${OPEN_CASE}/messages`],
      ['POST', '/cases'],
      ['PATCH', '/me/settings'],
    ]) {
      const body = endlessBody();
      const started = performance.now();
      const res = await app.request(`http://localhost/api${path}`, {
        method,
        headers: {
          Authorization: 'Bearer demo-user-1',
          'Content-Type': 'application/json',
          'Idempotency-Key': crypto.randomUUID(),
        },
        body: body.stream,
        // @ts-expect-error -- Node's fetch needs it for a stream body; lib.dom does not know it
        duplex: 'half',
      });
      assert.equal(res.status, 413, `${method} ${path}: ${await res.clone().text()}`);
      const problem = (await res.json()) as { type: string };
      assert.equal(problem.type, 'https://eq-support.dev/problems/body-too-large');
      assert.ok(
        body.pulled <= MAX_JSON_BODY_BYTES + 2 * 64 * 1024,
        `read ${body.pulled} bytes of an endless body`,
      );
      t.diagnostic(
        `${method} ${path}: endless body refused after ${body.pulled} bytes in ${Math.round(performance.now() - started)} ms`,
      );
    }
  });

  test('a body declared larger than the limit is refused before any of it is read', async () => {
    const { app } = await backend(new MemoryStore());
    const body = endlessBody();
    const res = await app.request(`http://localhost/api/cases`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer demo-user-1',
        'Content-Type': 'application/json',
        'Content-Length': String(200 * 1024 * 1024),
        'Idempotency-Key': crypto.randomUUID(),
      },
      body: body.stream,
      // @ts-expect-error -- see above
      duplex: 'half',
    });
    assert.equal(res.status, 413);
    assert.ok(body.pulled <= 2 * 64 * 1024, `read ${body.pulled} bytes`);
  });

  test('80,000 attachment ids get one error about the list, at once', async (t) => {
    const { call } = await backend(new MemoryStore());
    const ids = Array.from({ length: 80_000 }, (_, i) => `att-${i}`);
    const started = performance.now();
    const reply = await call('POST', `/cases/${OPEN_CASE}/messages`, {
      json: { body: 'Files', attachmentIds: ids },
    });
    const ms = Math.round(performance.now() - started);
    assert.equal(reply.status, 400, reply.text);
    const errors = reply.body.errors as { field: string; code?: string }[];
    assert.equal(errors.length, 1, 'one error for the list, not one per id');
    assert.equal(errors[0]!.field, 'attachmentIds');
    t.diagnostic(`80,000 attachment ids refused in ${ms} ms (${reply.text.length} bytes)`);

    const filed = await call('POST', '/cases', {
      json: { ...NEW_CASE, attachmentIds: ids.slice(0, 21) },
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    assert.equal(filed.status, 400);
    assert.deepEqual(
      (filed.body.errors as { field: string }[]).map((e) => e.field),
      ['attachmentIds'],
    );
  });

  test('unknown attachment ids are reported at their first position, duplicates once', async () => {
    const { call } = await backend(new MemoryStore());
    const reply = await call('POST', `/cases/${OPEN_CASE}/messages`, {
      json: { body: 'Files', attachmentIds: ['att-x', 'att-y', 'att-x'] },
    });
    assert.equal(reply.status, 400, reply.text);
    assert.deepEqual(
      (reply.body.errors as { field: string }[]).map((e) => e.field),
      ['attachmentIds.0', 'attachmentIds.1'],
    );
  });

  test('query strings and identifiers have a maximum', async () => {
    const { call } = await backend(new MemoryStore());
    for (const query of [
      `status=${'open,'.repeat(20_000)}open`,
      `priority=${'low,'.repeat(20_000)}low`,
      `cursor=${'a'.repeat(5_000)}`,
      `q=${'a'.repeat(201)}`,
    ]) {
      const reply = await call('GET', `/cases?${query}`);
      assert.equal(reply.status, 400, `${query.slice(0, 20)}…: ${reply.text.slice(0, 200)}`);
      assert.equal((reply.body.errors as unknown[]).length, 1);
    }
    const filed = await call('POST', '/cases', {
      json: { ...NEW_CASE, typeId: 'x'.repeat(129) },
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    assert.equal(filed.status, 400);
    assert.deepEqual(
      (filed.body.errors as { field: string }[]).map((e) => e.field),
      ['typeId'],
    );
  });
});

describe('case history cap', () => {
  test(`a case with ${MAX_CASE_HISTORY} history entries takes no more, with a specific problem`, async () => {
    const store = new MemoryStore();
    const { call, upload } = await backend(store);
    const stored = (await store.getCase('org-acme', OPEN_CASE))!;
    assert.ok(stored, 'the seed case exists');
    const template = stored.case.history.at(-1)!;
    await store.updateCase('org-acme', OPEN_CASE, ({ case: kase }) => {
      while (kase.history.length < MAX_CASE_HISTORY - 1)
        kase.history.push({ ...template, id: `ev-fill-${kase.history.length}` });
      return kase;
    });
    const last = await call('POST', `/cases/${OPEN_CASE}/messages`, { json: { body: 'The last' } });
    assert.equal(last.status, 200, last.text);
    assert.equal((last.body.history as unknown[]).length, MAX_CASE_HISTORY);

    const refused = await call('POST', `/cases/${OPEN_CASE}/messages`, {
      json: { body: 'One more' },
    });
    assert.equal(refused.status, 409, refused.text);
    assert.equal(refused.body.type, 'https://eq-support.dev/problems/case-history-full');
    assert.match(String(refused.body.detail), /File a new case/);
    const file = await upload('notes.txt', {}, `/cases/${OPEN_CASE}/attachments`);
    assert.equal(file.status, 409, file.text);
    const after = await call('GET', `/cases/${OPEN_CASE}`);
    assert.equal((after.body.history as unknown[]).length, MAX_CASE_HISTORY, 'nothing was added');
  });
});
