/** A long file name is cut on a code point, and a failed upload leaves no file behind. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryBlobStore } from '../../demo/server/blobs.js';
import { MemoryStore } from '../../demo/server/memory-store.js';
import { backend } from './backend-app.js';
import { stores } from './stores.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

for (const [label, open] of stores) {
  test(`an emoji where a long name is cut is kept whole, never cut in half (${label})`, async () => {
    const store = await open();
    try {
      const { upload } = await backend(store);
      // 255 code points in all: the stem is cut after the emoji, the ending kept.
      const name = `${'a'.repeat(250)}😀${'b'.repeat(10)}.txt`;
      const reply = await upload(name);
      assert.equal(reply.status, 201, reply.text);
      assert.doesNotMatch(reply.body.name as string, LONE_SURROGATE);
      assert.equal(reply.body.name, `${'a'.repeat(250)}😀.txt`);
    } finally {
      await store.close();
    }
  });
}

test('when the attachment row cannot be stored, the uploaded file is removed', async () => {
  const store = new MemoryStore();
  store.putAttachment = () => Promise.reject(new Error('disk full'));
  const kept = new Set<string>();
  class TrackingBlobStore extends MemoryBlobStore {
    override write(id: string, body: ReadableStream<Uint8Array>, limit: number) {
      kept.add(id);
      return super.write(id, body, limit);
    }
    override remove(id: string) {
      kept.delete(id);
      return super.remove(id);
    }
  }
  const { upload } = await backend(store, { blobs: new TrackingBlobStore() });
  const reply = await upload('notes.txt');
  assert.equal(reply.status, 500);
  assert.deepEqual([...kept], [], 'no orphan file');
});
