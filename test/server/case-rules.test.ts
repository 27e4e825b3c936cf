/**
 * The backend applies the one table of which action each status allows (src/api/case-rules.ts):
 * for every status and every action, it acts exactly when the table allows, and answers 409
 * otherwise. The case view is held to the same table in test/components/case-view.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CASE_RULES, allows, type CaseAction } from '../../src/api/case-rules.js';
import { CASE_STATUSES, type CaseStatus } from '../../src/api/schemas.js';
import { MemoryStore } from '../../demo/server/memory-store.js';
import { backend, seed } from './backend-app.js';

const ORG = seed.users.find((u) => u.token === 'demo-user-1')!.organization.id;

const ACTIONS: Record<CaseAction, { path: string; json?: unknown; upload?: true }> = {
  message: { path: 'messages', json: { body: 'A message' } },
  attach: { path: 'attachments', upload: true },
  reopen: { path: 'reopen', json: { message: 'Still happening' } },
  close: { path: 'close', json: { reason: 'no_longer_an_issue' } },
  concern: {
    path: 'concerns',
    json: { phone: '+33 1 23 45 67 89', category: 'other', description: 'Slow' },
  },
  survey: { path: 'survey', json: { rating: 4 } },
};

test('every status allows exactly the actions of the rule table', async () => {
  const store = new MemoryStore();
  const { call, upload } = await backend(store);
  assert.deepEqual(Object.keys(ACTIONS).sort(), Object.keys(CASE_RULES).sort());
  const filed = await call('POST', '/cases', {
    headers: { 'Idempotency-Key': 'rules' },
    json: {
      priority: 'low',
      subject: 'Rules',
      description: 'Which action each status allows',
      typeId: seed.taxonomy.caseTypes[0]!.id,
      categoryId: seed.taxonomy.caseTypes[0]!.categories[0]!.id,
    },
  });
  assert.equal(filed.status, 201);
  const id = filed.body.id as string;
  const setStatus = (status: CaseStatus) =>
    store.updateCase(ORG, id, ({ case: kase }) => ({
      ...kase,
      status,
      survey: undefined,
    }));

  for (const status of CASE_STATUSES) {
    for (const [action, request] of Object.entries(ACTIONS) as [
      CaseAction,
      (typeof ACTIONS)[CaseAction],
    ][]) {
      await setStatus(status);
      const reply = request.upload
        ? await upload('notes.txt', {}, `/cases/${id}/attachments`)
        : await call('POST', `/cases/${id}/${request.path}`, { json: request.json });
      const expected = allows(status, action) ? 200 : 409;
      assert.equal(reply.status, expected, `${action} on a ${status} case: ${reply.text}`);
    }
  }
});

test('the table says what the guide says', () => {
  const allowed = (action: CaseAction) => CASE_STATUSES.filter((s) => allows(s, action));
  // Messages and files go to open cases; a resolved or closed case is reopened first.
  assert.deepEqual(allowed('message'), ['new', 'in_progress', 'waiting_for_customer']);
  assert.deepEqual(allowed('attach'), allowed('message'));
  assert.deepEqual(allowed('reopen'), ['resolved', 'closed']);
  // Closed once a resolution is agreed: a resolved case can be closed, a closed one not again.
  assert.deepEqual(allowed('close'), ['new', 'in_progress', 'waiting_for_customer', 'resolved']);
  assert.deepEqual(allowed('concern'), [...CASE_STATUSES]);
  assert.deepEqual(allowed('survey'), ['resolved', 'closed']);
});
