/** An attachment id sent twice is attached once, within one request and across requests. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backend, seed } from './backend-app.js';
import { stores } from './stores.js';

const type = seed.taxonomy.caseTypes[0]!;

for (const [label, open] of stores) {
  test(`the same attachment id twice is attached once (${label})`, async () => {
    const store = await open();
    try {
      const { call, upload } = await backend(store);
      const a = (await upload('a.txt')).body.id as string;
      const b = (await upload('b.txt')).body.id as string;
      const created = await call('POST', '/cases', {
        headers: { 'Idempotency-Key': crypto.randomUUID() },
        json: {
          priority: 'medium',
          subject: 'Twice the same file',
          description: 'The same upload id sent twice.',
          typeId: type.id,
          categoryId: type.categories[0]!.id,
          attachmentIds: [a, a],
        },
      });
      assert.equal(created.status, 201, created.text);
      const caseId = created.body.id as string;
      const ids = (reply: { body: Record<string, unknown> }) =>
        (reply.body.attachments as { id: string }[]).map((x) => x.id);
      assert.deepEqual(ids(created), [a]);

      const message = await call('POST', `/cases/${caseId}/messages`, {
        headers: { 'Idempotency-Key': crypto.randomUUID() },
        json: { body: 'Here it is again, and another one.', attachmentIds: [b, a, b] },
      });
      assert.ok(message.status < 300, message.text);
      const kase = await call('GET', `/cases/${caseId}`);
      assert.deepEqual(ids(kase).sort(), [a, b].sort(), 'each file once on the case');
      const added = (kase.body.history as { kind: string; attachment?: { id: string } }[])
        .filter((e) => e.kind === 'attachment_added')
        .map((e) => e.attachment!.id);
      assert.deepEqual(added, [...new Set(added)], 'no file added twice in the history');
      assert.ok(added.includes(b));
      const last = (kase.body.history as { kind: string; attachmentIds?: string[] }[])
        .filter((e) => e.kind === 'message')
        .at(-1);
      assert.deepEqual(last?.attachmentIds, [b]);
    } finally {
      await store.close();
    }
  });
}
