/**
 * Issue 7, backend side — the reference backend and hostile input, against every store:
 *
 * - every string of the XSS corpus is stored and answered unchanged (trimmed, as the contract
 *   says) as JSON data, in cases, messages, searches and problem details;
 * - text a PostgreSQL store cannot hold (U+0000, unpaired surrogates) is refused with a field
 *   error, never a 500;
 * - HTML and SVG uploads are refused whatever their name, dangerous names whatever their type;
 * - downloads are attachments with their stored type, `nosniff` and a sandbox CSP, and a hostile
 *   file name cannot inject a header or a second file name.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Case, Problem } from '../../src/api/schemas.js';
import { type NewCase } from '../../src/api/request-schemas.js';
import { createApp } from '../../demo/server/app.js';
import { MemoryBlobStore } from '../../demo/server/blobs.js';
import { buildSeed } from '../../demo/server/seed/index.js';
import type { SupportStore } from '../../demo/server/store.js';
import { XSS_CORPUS, type XssPayload } from '../fixtures/xss-corpus.js';
import { client, type Reply } from './backend-app.js';
import { stores } from './stores.js';

const seed = buildSeed();
const type = seed.taxonomy.caseTypes[0]!;

/** U+0000 or an unpaired surrogate: what a PostgreSQL text column cannot hold. */
// eslint-disable-next-line no-control-regex -- U+0000 is exactly what is looked for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const storable = XSS_CORPUS.filter((p) => !UNSTORABLE.test(p.payload));
const unstorable = XSS_CORPUS.filter((p) => UNSTORABLE.test(p.payload));

// Limits count the text as sent, white space around it included (the documented maxLength).
const fits = (p: XssPayload, max: number) => p.payload.length <= max;
/** `text` with unpaired surrogates replaced, so that it can be put in an address. */
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

function newCase(overrides: Partial<NewCase> = {}): NewCase {
  return {
    priority: 'medium',
    subject: 'Deal ID 12333 — no delivery',
    description: 'Delivery stopped yesterday.',
    typeId: type.id,
    categoryId: type.categories[0]!.id,
    ...overrides,
  };
}

const fieldsOf = (reply: Reply) =>
  ((reply.body.errors as { field: string }[] | undefined) ?? []).map((e) => e.field);

function assertJson(reply: Reply, status: number): void {
  assert.equal(reply.status, status, reply.text.slice(0, 500));
  assert.match(reply.headers.get('Content-Type') ?? '', /^application\/json/);
}

function assertProblem(reply: Reply, status: number): void {
  assert.equal(reply.status, status, reply.text.slice(0, 500));
  assert.match(reply.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
  assert.ok(Problem.safeParse(reply.body).success, reply.text.slice(0, 500));
}

for (const [label, makeStore] of stores) {
  describe(`reference backend with hostile input (${label})`, () => {
    let store: SupportStore;
    let app: ReturnType<typeof createApp>;
    let acme: ReturnType<typeof client>;

    before(async () => {
      store = await makeStore();
      await store.init(seed);
      // Hundreds of requests from one person: the rate limit has its own suite (quotas.test.ts).
      app = createApp({
        store,
        blobs: new MemoryBlobStore(),
        seed,
        signingSecret: 'hostile',
        rateLimit: false,
      });
      acme = client(app);
    });
    after(() => store.close());

    const post = (path: string, json: unknown) =>
      acme('POST', path, { json, headers: { 'Idempotency-Key': crypto.randomUUID() } });

    test('stores every corpus string and answers it unchanged, as JSON data', async () => {
      for (const p of storable) {
        const subject = fits(p, 255) ? p.payload : `Hostile ${p.id}`;
        const technical = fits(p, 120) ? p.payload : `Engineer ${p.id}`;
        const created = await post(
          '/cases',
          newCase({
            priority: 'blocker',
            subject,
            description: p.payload,
            howToReproduce: p.payload,
            technicalContact: { name: technical, phone: '+33 1 23 45 67 89' },
          }),
        );
        assertJson(created, 201);
        const kase = Case.parse(created.body);
        assert.equal(kase.subject, subject.trim(), `subject of payload ${p.id}`);
        assert.equal(kase.description, p.payload.trim(), `description of payload ${p.id}`);
        assert.equal(kase.howToReproduce, p.payload.trim());
        assert.equal(kase.technicalContact?.name, technical.trim());

        const message = await acme('POST', `/cases/${kase.id}/messages`, {
          json: { body: p.payload.slice(-10_000) },
        });
        assertJson(message, 200);
        const read = await acme('GET', `/cases/${encodeURIComponent(kase.id)}`);
        assertJson(read, 200);
        const again = Case.parse(read.body);
        assert.deepEqual(
          { ...again, updatedAt: '', attachments: [] },
          { ...Case.parse(message.body), updatedAt: '', attachments: [] },
        );
        const last = again.history.at(-1)!;
        assert.equal(last.kind === 'message' && last.body, p.payload.slice(-10_000).trim());
        assert.equal(again.subject, subject.trim());
      }
      // The list answers the hostile subjects as data too.
      const list = await acme('GET', '/cases?status=all&limit=100');
      assertJson(list, 200);
      const subjects = (list.body.items as { subject: string }[]).map((c) => c.subject);
      const expected = storable.filter((p) => fits(p, 255)).slice(-50);
      for (const p of expected) assert.ok(subjects.includes(p.payload.trim()), `${p.id} listed`);
    });

    test('refuses text the store cannot hold (NUL, unpaired surrogates) with a field error, never a 500', async () => {
      assert.ok(unstorable.length >= 5);
      const kase = Case.parse((await post('/cases', newCase())).body);
      for (const p of unstorable) {
        const refused = await post('/cases', newCase({ description: p.payload }));
        assertProblem(refused, 400);
        assert.deepEqual(fieldsOf(refused), ['description'], `payload ${p.id}`);
        const message = await acme('POST', `/cases/${kase.id}/messages`, {
          json: { body: p.payload },
        });
        assertProblem(message, 400);
        assert.deepEqual(fieldsOf(message), ['body']);
      }
      for (const path of [
        '/cases/%00',
        '/cases?q=%00',
        '/cases?q=a%00b',
        '/articles/x%00',
        '/articles?q=%00',
      ]) {
        const refused = await acme('GET', path);
        assertProblem(refused, 400);
        assert.deepEqual(fieldsOf(refused), [path.includes('?') ? 'q' : 'path'], path);
      }
      const concern = await post(`/cases/${kase.id}/concerns`, {
        phone: '+33 1 23 45 67 89',
        category: 'other',
        description: 'a\u0000b',
      });
      assertProblem(concern, 400);
      assert.deepEqual(fieldsOf(concern), ['description']);
    });

    test('searches and look-ups with hostile text answer JSON — results or problems — never a 500', async () => {
      for (const p of XSS_CORPUS) {
        const q = encodeURIComponent(wellFormed(p.payload.slice(0, 200)));
        const cases = await acme('GET', `/cases?status=all&q=${q}`);
        if (p.payload.includes('\u0000')) assertProblem(cases, 400);
        else assertJson(cases, 200);
        const articles = await acme('GET', `/articles?q=${q}`);
        if (p.payload.includes('\u0000')) assertProblem(articles, 400);
        else assertJson(articles, 200);
        const id = encodeURIComponent(wellFormed(p.payload));
        const missing = await acme('GET', `/articles/${id}`);
        assert.ok([400, 404].includes(missing.status), `${p.id}: ${missing.status}`);
        assertProblem(missing, missing.status);
        const missingCase = await acme('GET', `/cases/${id}`);
        assert.ok([400, 404].includes(missingCase.status), `${p.id}: ${missingCase.status}`);
        assertProblem(missingCase, missingCase.status);
      }
      // A problem echoes the hostile id as a JSON string, never as markup.
      const echoed = await acme(
        'GET',
        `/articles/${encodeURIComponent('<img src=x onerror=x()>')}`,
      );
      assertProblem(echoed, 404);
      assert.equal(echoed.body.detail, 'There is no article <img src=x onerror=x()>.');
    });

    const upload = (name: string | null, contentType: string, content: string) =>
      acme('POST', '/attachments', {
        body: content,
        headers: {
          'Content-Type': contentType,
          ...(name === null
            ? {}
            : {
                'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
              }),
        },
      });

    test('refuses HTML and SVG uploads whatever their name, and page or program names whatever their type', async () => {
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="parent.__xss(1)"/>';
      const page = '<!doctype html><script>parent.__xss(1)</script>';
      for (const [name, contentType, content] of [
        ['screenshot.png', 'image/svg+xml', svg],
        [null, 'image/svg+xml', svg],
        ['screenshot.png', 'text/html', page],
        ['report.csv', 'text/html; charset=utf-8', page],
        ['notes.txt', 'TEXT/HTML', page],
        ['notes.txt', 'application/xhtml+xml', page],
        ['notes.txt', 'text/xml', page],
        ['data.json', 'application/javascript', 'parent.__xss(1)'],
        ['image.png', 'image/svg+xml; charset=utf-8', svg],
        ['icon.svg', 'image/png', svg],
        ['page.html', 'text/plain', page],
        ['page.HTM', 'text/plain', page],
        ['page.xhtml', 'application/zip', page],
        ['run.js', 'text/plain', 'parent.__xss(1)'],
        ['page.html.', 'text/plain', page],
        ['page.html. . ', 'text/plain', page],
        ['icon.svg.', 'image/png', svg],
        ['../../page.html', 'text/plain', page],
        ['page.html\u0000', 'text/plain', page],
      ] as const) {
        const refused = await upload(name, contentType, content);
        assertProblem(refused, 415);
        assert.deepEqual(fieldsOf(refused), ['file'], `${name} (${contentType})`);
      }
    });

    test('serves an uploaded text file with HTML content as an attachment, with its stored type, nosniff and a sandbox CSP', async () => {
      const page =
        '<!doctype html><title>x</title><script>parent.__xss(1)</script><img src=x onerror=parent.__xss(2)>';
      for (const [name, contentType, served] of [
        ['notes.txt', 'text/plain; charset=utf-8', 'text/plain'],
        ['report.csv', 'text/csv', 'text/csv'],
        ['export.json', 'application/json', 'application/json'],
        ['screen.png', 'image/png', 'image/png'],
      ] as const) {
        const up = await upload(name, contentType, page);
        assertJson(up, 201);
        assert.equal(up.body.contentType, served);
        const download = await app.request(String(up.body.url));
        assert.equal(download.status, 200);
        assert.equal(await download.text(), page, 'the bytes are served unchanged');
        assert.equal(download.headers.get('Content-Type'), served);
        assert.equal(download.headers.get('X-Content-Type-Options'), 'nosniff');
        assert.equal(
          download.headers.get('Content-Security-Policy'),
          "default-src 'none'; sandbox",
        );
        assert.equal(
          download.headers.get('Content-Disposition'),
          `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
        );
      }
    });

    test('a hostile file name cannot inject a header or a second file name', async () => {
      for (const name of [
        'evil\r\nX-Injected: 1\r\n\r\n<script>parent.__xss(1)</script>.txt',
        'x"; filename="evil.html".txt',
        "x'; filename*=UTF-8''evil.html.txt",
        '<img src=x onerror=parent.__xss(1)>.txt',
        '..\\..\\windows\\evil.txt',
      ]) {
        const up = await upload(name, 'text/plain', 'hello');
        assertJson(up, 201);
        const stored = String(up.body.name);
        // eslint-disable-next-line no-control-regex -- control characters must be gone
        assert.doesNotMatch(stored, /[\u0000-\u001f\\/]/);
        const download = await app.request(String(up.body.url));
        assert.equal(download.status, 200);
        assert.equal(download.headers.get('X-Injected'), null);
        const disposition = download.headers.get('Content-Disposition') ?? '';
        assert.match(disposition, /^attachment; filename\*=UTF-8''[^\s;"\\]+$/, disposition);
        const encoded = disposition.slice("attachment; filename*=UTF-8''".length);
        assert.equal(decodeURIComponent(encoded), stored);
      }
    });
  });
}
