/**
 * One route table (src/api/routes.ts) drives the client, the server and the OpenAPI document:
 * - the document has exactly the table's operations, with its methods, paths and operationIds;
 * - the server answers a method a path does not take with 405 and `Allow`, an unknown path 404;
 * - every query and path id is checked against the contract (400), as the document says;
 * - the HTTP client sends each operation with its route's method and path.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createHttpBackend } from '../../src/api/http-backend.js';
import { buildOpenApiDocument } from '../../src/api/openapi.js';
import { OPERATION_IDS, ROUTES, allowedMethods } from '../../src/api/routes.js';
import { MemoryStore } from '../../demo/server/memory-store.js';
import { backend } from './backend-app.js';

interface Doc {
  paths: Record<string, Record<string, { operationId: string }>>;
}

describe('the route table', () => {
  test('the OpenAPI document holds exactly its operations', () => {
    const doc = buildOpenApiDocument('/api') as unknown as Doc;
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => `${op.operationId} ${method} ${path}`),
    );
    assert.deepEqual(
      documented.sort(),
      OPERATION_IDS.map((id) => `${id} ${ROUTES[id].method} ${ROUTES[id].path}`).sort(),
    );
  });

  test('allowedMethods knows each path, with HEAD beside GET', () => {
    assert.deepEqual(allowedMethods('/cases')?.sort(), ['GET', 'HEAD', 'POST']);
    assert.deepEqual(allowedMethods('/cases/abc/close'), ['POST']);
    assert.deepEqual(allowedMethods('/me/settings'), ['PATCH']);
    assert.equal(allowedMethods('/cases/abc/delete'), null);
    assert.equal(allowedMethods('/nope'), null);
  });

  test('a wrong method is 405 with Allow, before the token is asked for', async () => {
    const { app, call } = await backend(new MemoryStore());
    const put = await call('PUT', '/cases');
    assert.equal(put.status, 405);
    assert.equal(put.headers.get('Allow'), 'GET, HEAD, POST');
    assert.equal(put.body.type, 'https://eq-support.dev/problems/method-not-allowed');
    const patch = await call('PATCH', '/cases/case-1', { json: { priority: 'low' } });
    assert.equal(patch.status, 405);
    assert.equal(patch.body.title, 'Case fields are fixed');
    assert.equal(patch.headers.get('Allow'), 'GET, HEAD');
    const anonymous = await app.request('http://localhost/api/me', { method: 'DELETE' });
    assert.equal(anonymous.status, 405);
    assert.equal((await call('GET', '/cases/abc/delete')).status, 404);
    assert.equal((await call('POST', '/openapi')).status, 404);
  });

  test('queries and path ids are checked against the contract', async () => {
    const { call, upload } = await backend(new MemoryStore());
    const section = await call('GET', '/articles?section=marketing');
    assert.equal(section.status, 400);
    assert.deepEqual(
      (section.body.errors as { field: string }[]).map((e) => e.field),
      ['section'],
    );
    assert.equal((await call('GET', '/articles?section=api')).status, 200);
    for (const limit of ['0', '101', '007', '1e2', ''])
      assert.equal((await call('GET', `/cases?limit=${limit}`)).status, 400, `limit=${limit}`);
    for (const limit of ['1', '25', '100'])
      assert.equal((await call('GET', `/cases?limit=${limit}`)).status, 200, `limit=${limit}`);
    assert.equal((await call('GET', '/cases?cursor=')).status, 400);
    assert.equal((await call('GET', '/cases?status=open, closed')).status, 200);
    assert.equal((await call('GET', '/cases?status=all,open')).status, 400);
    assert.equal((await call('GET', `/cases/${'x'.repeat(129)}`)).status, 400);
    assert.equal((await call('GET', `/cases/${'x'.repeat(128)}`)).status, 404);

    const url = new URL((await upload('notes.txt')).body.url as string);
    for (const drop of ['exp', 'sig']) {
      const bare = new URL(url);
      bare.searchParams.delete(drop);
      assert.equal((await call('GET', '', { url: bare.href })).status, 400, `without ${drop}`);
    }
    assert.equal((await call('GET', '', { url: url.href })).status, 200);
  });

  test('the client sends each operation with its route', async () => {
    const sent: string[] = [];
    const client = createHttpBackend({
      baseUrl: 'https://support.test/api',
      retry: { limit: 0 },
      fetch: (input, init) => {
        const request = new Request(input, init);
        sent.push(`${request.method} ${new URL(request.url).pathname}`);
        return Promise.resolve(new Response('{}', { status: 418 }));
      },
    });
    const file = new Blob(['x'], { type: 'text/plain' });
    const key = { idempotencyKey: 'k' };
    const calls: Record<string, () => Promise<unknown>> = {
      getMe: () => client.getMe(),
      updateSettings: () => client.updateSettings({ language: 'fr' }),
      getTaxonomy: () => client.getTaxonomy(),
      listContacts: () => client.listContacts(),
      listArticles: () => client.listArticles(),
      getArticle: () => client.getArticle('a'),
      getServiceStatus: () => client.getServiceStatus(),
      listSupportCenters: () => client.listSupportCenters(),
      uploadAttachment: () => client.uploadAttachment(file, 'a.txt'),
      listCases: () => client.listCases(),
      createCase: () =>
        client.createCase(
          {
            priority: 'low',
            subject: 's',
            description: 'd',
            typeId: 't',
            categoryId: 'c',
          },
          key,
        ),
      getCase: () => client.getCase('a'),
      addMessage: () => client.addMessage('a', { body: 'b' }, key),
      addCaseAttachment: () => client.addCaseAttachment('a', file, 'a.txt'),
      reopenCase: () => client.reopenCase('a', { message: 'm' }, key),
      closeCase: () => client.closeCase('a', { reason: 'no_longer_an_issue' }, key),
      raiseConcern: () =>
        client.raiseConcern('a', {
          phone: '+33 1 23 45 67 89',
          category: 'other',
          description: 'd',
        }),
      answerSurvey: () => client.answerSurvey('a', { rating: 5 }),
    };
    for (const id of OPERATION_IDS) {
      if (id === 'downloadAttachment') continue; // a signed address the client only links to
      sent.length = 0;
      await assert.rejects(calls[id]!(), Error, id);
      const expected = `${ROUTES[id].method.toUpperCase()} /api${ROUTES[id].path.replace('{id}', 'a')}`;
      assert.deepEqual(sent, [expected], id);
    }
  });
});
