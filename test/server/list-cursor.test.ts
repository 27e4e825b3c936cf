/** A tampered list cursor is a 400 with a field error, never a 500, in every store. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeCursor } from '../../demo/server/store.js';
import { backend } from './backend-app.js';
import { stores } from './stores.js';

const tampered: [string, string][] = [
  ['-updatedAt', encodeCursor('-updatedAt', ['not a date', 'c-1'])],
  ['-updatedAt', encodeCursor('-updatedAt', [42, 'c-1'])],
  ['-updatedAt', encodeCursor('-updatedAt', ['2024-01-01T00:00:00.000Z', 7])],
  ['-updatedAt', encodeCursor('-updatedAt', ['2024-01-01T00:00:00.000Z'])],
  ['-updatedAt', encodeCursor('-updatedAt', ['2024-01-01T00:00:00.000Z', 'c-1\u0000'])],
  ['-priority', encodeCursor('-priority', ['high', '2024-01-01T00:00:00.000Z', 'c-1'])],
  ['-priority', encodeCursor('-priority', [2.5, '2024-01-01T00:00:00.000Z', 'c-1'])],
  ['createdAt', encodeCursor('createdAt', ['2024-13-45T99:00:00.000Z', 'c-1'])],
  ['createdAt', encodeCursor('createdAt', ['2024-01-01T00:00:00.000Z', 'c-1'])], // an id, not a number
];

for (const [label, open] of stores) {
  test(`a tampered cursor gets 400, a real one still pages (${label})`, async () => {
    const store = await open();
    try {
      const { call } = await backend(store);
      for (const [sort, cursor] of tampered) {
        const reply = await call('GET', `/cases?scope=organization&sort=${sort}&cursor=${cursor}`);
        assert.equal(
          reply.status,
          400,
          `${sort} ${atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))}: ${reply.text}`,
        );
        assert.deepEqual(
          (reply.body.errors as { field: string }[]).map((e) => e.field),
          ['cursor'],
        );
      }
      for (const sort of ['-updatedAt', 'createdAt', '-priority']) {
        const first = await call('GET', `/cases?scope=organization&limit=2&sort=${sort}`);
        assert.equal(first.status, 200);
        const next = await call(
          'GET',
          `/cases?scope=organization&limit=2&sort=${sort}&cursor=${first.body.nextCursor as string}`,
        );
        assert.equal(next.status, 200, next.text);
      }
    } finally {
      await store.close();
    }
  });
}
