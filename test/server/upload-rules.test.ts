/**
 * What may be attached: an allowlist of file name endings, each with its media types; names are
 * cleaned of invisible format characters first; a resolved or closed case takes no new file.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MemoryStore } from '../../demo/server/memory-store.js';
import { cleanFileName, isAllowedAttachment } from '../../src/api/attachments.js';
import { backend } from './backend-app.js';

describe('upload allowlist', () => {
  test('endings a blocklist missed are refused, whatever type they claim', async () => {
    const { upload } = await backend(new MemoryStore());
    for (const [name, type] of [
      ['shortcut.lnk', 'application/octet-stream'],
      ['shortcut.lnk', 'text/plain'],
      ['script.vbe', 'text/plain'],
      ['job.wsf', 'text/plain'],
      ['app.pif', 'application/octet-stream'],
      ['settings.reg', 'text/plain'],
      ['budget.xlsm', 'application/vnd.ms-excel'],
      ['report.pdf;', 'application/pdf'],
      ['report.exe;.pdf;', 'application/pdf'],
      ['noending', 'text/plain'],
      ['photo.png', 'application/pdf'],
    ] as const) {
      const reply = await upload(name, { 'Content-Type': type });
      assert.equal(reply.status, 415, `${name} (${type}): ${reply.text}`);
      assert.deepEqual(
        (reply.body.errors as { field: string }[]).map((e) => e.field),
        ['file'],
      );
    }
  });

  test('zero-width and bidi characters cannot hide or reverse an ending', async () => {
    const { upload } = await backend(new MemoryStore());
    for (const name of [
      'invoice.ex\u200Be', // zero-width space inside the ending
      'invoice.exe\u200D', // zero-width joiner after it
      'invoice\u202Efdp.exe', // right-to-left override: shows as "invoiceexe.pdf"
      'invoice.exe\uFEFF', // byte order mark
      'invoice.e\u00ADxe', // soft hyphen
    ]) {
      const reply = await upload(name, { 'Content-Type': 'application/pdf' });
      assert.equal(reply.status, 415, `${JSON.stringify(name)}: ${reply.text}`);
    }
    const kept = await upload('re\u202Eport\u200B.pdf', { 'Content-Type': 'application/pdf' });
    assert.equal(kept.status, 201, kept.text);
    assert.equal(kept.body.name, 'report.pdf', 'format characters are stripped from the name');
  });

  test('every allowed ending is accepted with its own types, and CSV as Excel reports it', async () => {
    const { upload } = await backend(new MemoryStore());
    for (const [name, type] of [
      ['screen.PNG', 'image/png'],
      ['photo.jpeg', 'image/jpeg'],
      ['export.csv', 'text/csv'],
      ['export.csv', 'application/vnd.ms-excel'],
      ['trace.har', 'application/json'],
      ['app.log', 'text/plain'],
      ['logs.zip', 'application/x-zip-compressed'],
      ['logs.gz', 'application/gzip'],
    ] as const) {
      const reply = await upload(name, { 'Content-Type': type });
      assert.equal(reply.status, 201, `${name} (${type}): ${reply.text}`);
    }
  });

  test('a file sent without a name is named after its type', async () => {
    const { call } = await backend(new MemoryStore());
    const reply = await call('POST', '/attachments', {
      body: 'hello',
      headers: { 'Content-Type': 'text/plain' },
    });
    assert.equal(reply.status, 201, reply.text);
    assert.equal(reply.body.name, 'file.txt');
  });

  test('the client applies the same rule before uploading', () => {
    assert.equal(isAllowedAttachment(cleanFileName('tool.lnk'), 'application/octet-stream'), false);
    assert.equal(isAllowedAttachment(cleanFileName('a\u202Efdp.exe'), 'application/pdf'), false);
    assert.equal(isAllowedAttachment(cleanFileName('report.pdf. '), 'application/pdf'), true);
  });

  test('a long name is cut in its stem: the ending stays', () => {
    const name = cleanFileName(`${'a'.repeat(300)}.pdf`);
    assert.equal(Array.from(name).length, 255);
    assert.ok(name.endsWith('.pdf'));
  });
});

describe('resolved and closed cases', () => {
  test('take neither a message nor a file until reopened', async () => {
    const { call, upload } = await backend(new MemoryStore());
    for (const status of ['resolved', 'closed']) {
      const list = await call('GET', `/cases?status=${status}&limit=1`);
      const [kase] = list.body.items as { id: string }[];
      assert.ok(kase, `a seed case is ${status}`);
      const message = await call('POST', `/cases/${kase.id}/messages`, { json: { body: 'Hi' } });
      const file = await upload('notes.txt', {}, `/cases/${kase.id}/attachments`);
      assert.equal(message.status, 409, message.text);
      assert.equal(file.status, 409, `${status}: ${file.text}`);
      assert.equal(file.body.type, message.body.type, 'the same problem for both');
      const reopened = await call('POST', `/cases/${kase.id}/reopen`, {
        json: { message: 'One more file' },
      });
      assert.equal(reopened.status, 200, reopened.text);
      const after = await upload('notes.txt', {}, `/cases/${kase.id}/attachments`);
      assert.equal(after.status, 200, after.text);
    }
  });
});

describe('a file racing a close', () => {
  test('is refused under the case lock, and leaves neither row nor file behind', async () => {
    const store = new MemoryStore();
    const { call, upload, blobs } = await backend(store);
    const caseId = 'case-00010010'; // in progress, filed by demo-user-1
    const stale = structuredClone((await store.getCase('org-acme', caseId))!);
    const closed = await call('POST', `/cases/${caseId}/close`, {
      json: { reason: 'no_longer_an_issue' },
    });
    assert.equal(closed.status, 200, closed.text);
    // The first read still sees the case open, as another instance would have a moment ago.
    const getCase = store.getCase.bind(store);
    store.getCase = async (org, id) => (id === caseId ? stale : getCase(org, id));
    const before = await store.attachmentUsage('org-acme', 'user-1');
    const written: string[] = [];
    const write = blobs.write.bind(blobs);
    blobs.write = (id, body, limit) => {
      written.push(id);
      return write(id, body, limit);
    };
    const reply = await upload('notes.txt', {}, `/cases/${caseId}/attachments`);
    assert.equal(reply.status, 409, reply.text);
    assert.equal(reply.body.type, 'https://eq-support.dev/problems/case-not-open');
    assert.deepEqual(await store.attachmentUsage('org-acme', 'user-1'), before);
    assert.equal(written.length, 1, 'the file was received');
    assert.equal(await blobs.read(written[0]!), null, 'and removed');
  });
});
