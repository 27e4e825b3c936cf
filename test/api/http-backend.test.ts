/**
 * The HTTP client in Chromium: validation of every response, typed errors, retries with backoff,
 * jitter and Retry-After, token refresh, abort and timeouts, uploads with progress.
 */
import { expect } from '@open-wc/testing';
import { createHttpBackend, type HttpBackendOptions } from '../../src/api/http-backend.js';
import {
  AbortedError,
  HttpError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
} from '../../src/api/errors.js';
import type { NewCase } from '../../src/api/request-schemas.js';
import { createInBrowserBackend } from '../../demo/server/in-browser.js';
import { user } from './fixtures.js';

interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: string | null;
  at: number;
}

type Responder = (call: Call, index: number) => Response | Promise<Response>;

/** A fetch that records every call and answers with the responders in turn (the last one repeats). */
function scriptedFetch(...responders: Responder[]) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const call: Call = {
      url: request.url,
      method: request.method,
      headers: request.headers,
      body: request.body ? await request.text() : null,
      at: performance.now(),
    };
    calls.push(call);
    const responder = responders[Math.min(calls.length - 1, responders.length - 1)]!;
    if (request.signal.aborted) throw request.signal.reason;
    return responder(call, calls.length - 1);
  };
  return { fetch, calls };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

const problem = (
  status: number,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) =>
  new Response(JSON.stringify({ title: 'Problem', status, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });

function backend(fetch: typeof globalThis.fetch, options: Partial<HttpBackendOptions> = {}) {
  return createHttpBackend({
    baseUrl: 'https://support.test/api',
    fetch,
    getToken: () => 'token-1',
    retry: { baseDelay: 20, random: () => 0.5, ...options.retry },
    ...options,
  });
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

const validCase: NewCase = {
  priority: 'medium',
  subject: 'Report Task ID 1254332 failed to load',
  description: 'The scheduled report fails since Monday.',
  typeId: 'reporting',
  categoryId: 'reporting-scheduled-reports',
};

describe('createHttpBackend', () => {
  it('sends the bearer token and the language, and returns the validated body', async () => {
    const { fetch, calls } = scriptedFetch(() => json(user));
    const me = await backend(fetch, { locale: () => 'pt-BR' }).getMe();
    expect(me.name).to.equal('Camille Laurent');
    expect(calls[0]!.url).to.equal('https://support.test/api/me');
    expect(calls[0]!.headers.get('Authorization')).to.equal('Bearer token-1');
    expect(calls[0]!.headers.get('Accept-Language')).to.equal('pt-BR');
  });

  it('asks for the taxonomy in the language of the element that wants it', async () => {
    const reference = await createInBrowserBackend();
    const { fetch, calls } = scriptedFetch((call) =>
      reference.fetch(call.url, { headers: call.headers }),
    );
    const client = backend(fetch, {
      baseUrl: `${location.origin}/api`,
      getToken: () => 'demo-user-1',
      locale: () => 'fr',
    });
    const polish = await client.getTaxonomy({ locale: 'pl' });
    expect(calls[0]!.headers.get('Accept-Language')).to.equal('pl');
    expect(polish.priorities.map((p) => p.label)).to.deep.equal([
      'Blokujący',
      'Krytyczny',
      'Średni',
      'Niski',
    ]);
    // Without one, the backend's own language.
    const french = await client.getTaxonomy();
    expect(calls[1]!.headers.get('Accept-Language')).to.equal('fr');
    expect(french.priorities[0]!.label).to.equal('Bloquante');
  });

  it('turns a response that breaks the contract into an InvalidResponseError', async () => {
    const { fetch } = scriptedFetch(() => json({ ...user, organization: 'acme', settings: null }));
    const error = await rejection(backend(fetch).getMe());
    expect(error).to.be.instanceOf(InvalidResponseError);
    const invalid = error as InvalidResponseError;
    expect(invalid.kind).to.equal('invalid-response');
    expect(invalid.endpoint).to.equal('GET /me');
    expect(invalid.details.join('\n')).to.contain('organization');
    expect(invalid.details.join('\n')).to.contain('settings');
  });

  it('turns a body that is not JSON into an InvalidResponseError', async () => {
    const { fetch } = scriptedFetch(
      () => new Response('<html>proxy error</html>', { status: 200 }),
    );
    const error = await rejection(backend(fetch).getTaxonomy());
    expect(error).to.be.instanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).details).to.deep.equal(['The body is not JSON']);
  });

  it('maps problem+json to an HttpError with field errors', async () => {
    const { fetch } = scriptedFetch(() =>
      problem(400, {
        detail: 'Some fields need attention.',
        errors: [{ field: 'subject', message: 'Enter a subject' }],
      }),
    );
    const error = await rejection(backend(fetch).createCase(validCase, { idempotencyKey: 'k' }));
    expect(error).to.be.instanceOf(HttpError);
    const http = error as HttpError;
    expect(http.status).to.equal(400);
    expect(http.message).to.equal('Some fields need attention.');
    expect(http.fieldErrors).to.deep.equal([{ field: 'subject', message: 'Enter a subject' }]);
    expect(http.retryable).to.equal(false);
  });

  it('retries idempotent requests with exponential backoff and full jitter', async () => {
    const { fetch, calls } = scriptedFetch(
      () => problem(503),
      () => problem(502),
      () => json({ items: [] }),
    );
    const random: number[] = [];
    const api = backend(fetch, { retry: { baseDelay: 100, random: () => (random.push(1), 0.5) } });
    expect(await api.listContacts()).to.deep.equal([]);
    expect(calls).to.have.length(3);
    expect(random).to.have.length(2, 'one jitter draw per retry');
    // Full jitter with random() = 0.5: 50 ms, then 100 ms (half of 100 and 200).
    expect(calls[1]!.at - calls[0]!.at).to.be.within(40, 95);
    expect(calls[2]!.at - calls[1]!.at).to.be.within(90, 190);
  });

  it('caps the backoff at backoffLimit', async () => {
    const { fetch, calls } = scriptedFetch(
      () => problem(500),
      () => problem(500),
      () => problem(500),
      () => json({ items: [] }),
    );
    await backend(fetch, {
      retry: { baseDelay: 1000, backoffLimit: 30, random: () => 0.99 },
    }).listContacts();
    expect(calls).to.have.length(4);
    for (let i = 1; i < calls.length; i++) expect(calls[i]!.at - calls[i - 1]!.at).to.be.below(150);
  });

  it('honours Retry-After instead of its own backoff', async () => {
    const { fetch, calls } = scriptedFetch(
      () => problem(429, {}, { 'Retry-After': '1' }),
      () => json({ items: [] }),
    );
    await backend(fetch, { retry: { baseDelay: 5 } }).listContacts();
    expect(calls).to.have.length(2);
    expect(calls[1]!.at - calls[0]!.at).to.be.at.least(950);
  });

  it('gives up after the retry limit with the last error', async () => {
    const { fetch, calls } = scriptedFetch(() => problem(503, { detail: 'Maintenance' }));
    const error = await rejection(
      backend(fetch, { retry: { limit: 2, baseDelay: 5 } }).listContacts(),
    );
    expect(calls).to.have.length(3);
    expect(error).to.be.instanceOf(HttpError);
    expect((error as HttpError).message).to.equal('Maintenance');
    expect((error as HttpError).retryable).to.equal(true);
  });

  it('does not retry a non-idempotent request without a key', async () => {
    const { fetch, calls } = scriptedFetch(() => problem(503));
    await rejection(backend(fetch).updateSettings({ language: 'fr' }));
    expect(calls).to.have.length(1);
  });

  it('retries POST /cases only with its idempotency key, the same on every attempt, through 409 and 5xx', async () => {
    const created = { error: 'not a case' };
    const { fetch, calls } = scriptedFetch(
      () => problem(500),
      () => problem(409, { detail: 'in progress' }),
      () => json(created, 201),
    );
    const error = await rejection(
      backend(fetch).createCase(validCase, { idempotencyKey: 'draft-key-1' }),
    );
    // The third answer breaks the contract, but it proves the two retries happened.
    expect(error).to.be.instanceOf(InvalidResponseError);
    expect(calls).to.have.length(3);
    expect(calls.map((c) => c.headers.get('Idempotency-Key'))).to.deep.equal([
      'draft-key-1',
      'draft-key-1',
      'draft-key-1',
    ]);
    expect(new Set(calls.map((c) => c.body)).size).to.equal(1);
  });

  it('refuses to file a case without an idempotency key', async () => {
    const { fetch, calls } = scriptedFetch(() => json({}));
    const error = await rejection(backend(fetch).createCase(validCase, { idempotencyKey: '' }));
    expect(error).to.be.instanceOf(TypeError);
    expect(calls).to.have.length(0);
  });

  it('checks request bodies against the contract before sending', async () => {
    const { fetch, calls } = scriptedFetch(() => json({}));
    const error = await rejection(
      backend(fetch).createCase(
        { ...validCase, subject: ' ', priority: 'blocker' },
        { idempotencyKey: 'k' },
      ),
    );
    expect(error).to.be.instanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).fieldErrors.map((e) => e.field)).to.have.members([
      'subject',
      'technicalContact',
    ]);
    expect(calls).to.have.length(0);
  });

  it('asks for a fresh token once after a 401', async () => {
    const tokens: boolean[] = [];
    const { fetch, calls } = scriptedFetch(
      () => problem(401),
      () => json(user),
    );
    const api = backend(fetch, {
      getToken: ({ forceRefresh }) => {
        tokens.push(forceRefresh);
        return Promise.resolve(forceRefresh ? 'fresh' : 'stale');
      },
    });
    await api.getMe();
    expect(tokens).to.deep.equal([false, true]);
    expect(calls.map((c) => c.headers.get('Authorization'))).to.deep.equal([
      'Bearer stale',
      'Bearer fresh',
    ]);
  });

  it('gives up after a second 401 with an HttpError', async () => {
    const { fetch, calls } = scriptedFetch(() => problem(401, { detail: 'Token expired' }));
    const error = await rejection(backend(fetch).getMe());
    expect(calls).to.have.length(2);
    expect((error as HttpError).status).to.equal(401);
  });

  it('cancels with an AbortSignal, also during a backoff wait', async () => {
    const { fetch } = scriptedFetch(() => problem(503));
    const controller = new AbortController();
    const pending = backend(fetch, { retry: { baseDelay: 5000 } }).listContacts({
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const error = await rejection(pending);
    expect(error).to.be.instanceOf(AbortedError);
    expect(performance.now() - started).to.be.below(1000);
    const aborted = new AbortController();
    aborted.abort();
    expect(await rejection(backend(fetch).getMe({ signal: aborted.signal }))).to.be.instanceOf(
      AbortedError,
    );
  });

  it('times out a request that never answers', async () => {
    const hang: typeof globalThis.fetch = (_input, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason as Error)),
      );
    const error = await rejection(
      backend(hang, { timeout: 100, retry: { limit: 1, baseDelay: 5 } }).getMe(),
    );
    expect(error).to.be.instanceOf(TimeoutError);
    expect((error as TimeoutError).retryable).to.equal(true);
  });

  it('reports whatever a host fetch throws as a NetworkError', async () => {
    const { fetch } = scriptedFetch(() => Promise.reject(new RangeError('proxy refused')));
    const error = await rejection(backend(fetch, { retry: { limit: 0 } }).getMe());
    expect(error).to.be.instanceOf(NetworkError);
    expect((error as NetworkError).cause).to.be.instanceOf(RangeError);
  });

  it('reports a network failure as a NetworkError after retrying', async () => {
    const { fetch, calls } = scriptedFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await rejection(backend(fetch, { retry: { limit: 2, baseDelay: 5 } }).getMe());
    expect(error).to.be.instanceOf(NetworkError);
    expect(calls).to.have.length(3);
  });
});

describe('createHttpBackend against the in-browser reference backend', () => {
  it('files a case, lists it and uploads a file with progress', async () => {
    const reference = await createInBrowserBackend();
    const api = reference.client('demo-user-1');
    const progress: number[] = [];
    const file = new File(['date,impressions\n2026-11-01,1200\n'], 'third-party.csv', {
      type: 'text/csv',
    });
    const attachment = await api.uploadAttachment(file, file.name, {
      onProgress: (p) => progress.push(p.loaded),
    });
    expect(attachment.name).to.equal('third-party.csv');
    expect(progress[0]).to.equal(0);
    expect(progress.at(-1)).to.equal(file.size);
    const type = reference.seed.taxonomy.caseTypes[0]!;
    const created = await api.createCase(
      {
        ...validCase,
        typeId: type.id,
        categoryId: type.categories[0]!.id,
        attachmentIds: [attachment.id],
      },
      { idempotencyKey: crypto.randomUUID() },
    );
    expect(created.number).to.match(/^\d{8}$/);
    expect(created.attachments[0]!.name).to.equal('third-party.csv');
    const page = await api.listCases({ q: created.number });
    expect(page.items.map((c) => c.number)).to.include(created.number);
  });

  it('surfaces the backend field errors', async () => {
    const reference = await createInBrowserBackend();
    const api = reference.client('demo-user-1');
    const error = await rejection(
      api.createCase({ ...validCase, typeId: 'nope' }, { idempotencyKey: crypto.randomUUID() }),
    );
    expect(error).to.be.instanceOf(HttpError);
    expect((error as HttpError).fieldErrors[0]!.field).to.equal('typeId');
  });

  it("refuses another organization's case as not found", async () => {
    const reference = await createInBrowserBackend();
    const acmeCase = reference.seed.cases.find((c) => c.organizationId === 'org-acme')!;
    const error = await rejection(reference.client('demo-user-3').getCase(acmeCase.case.id));
    expect((error as HttpError).status).to.equal(404);
  });
});

describe('uploads through XMLHttpRequest', () => {
  const file = new File([new Uint8Array(3 * 1024 * 1024)], 'export.csv', { type: 'text/csv' });

  it('reports progress from 0 to the file size and returns the validated attachment', async () => {
    const api = createHttpBackend({ baseUrl: '/test-upload', getToken: () => 'upload-token' });
    const progress: number[] = [];
    const attachment = await api.uploadAttachment(file, 'export (1).csv', {
      onProgress: ({ loaded, total }) => {
        expect(total).to.equal(file.size);
        progress.push(loaded);
      },
    });
    expect(attachment.size).to.equal(file.size);
    expect(attachment.name).to.equal('export (1).csv');
    expect(progress[0]).to.equal(0);
    expect(progress.at(-1)).to.equal(file.size);
    expect([...progress].sort((a, b) => a - b)).to.deep.equal(progress, 'progress never goes back');
  });

  it('asks for a fresh token once after a 401 and sends the file again', async () => {
    const tokens: boolean[] = [];
    const api = createHttpBackend({
      baseUrl: '/test-upload',
      getToken: ({ forceRefresh }) => {
        tokens.push(forceRefresh);
        return forceRefresh ? 'upload-token' : 'expired-token';
      },
    });
    const attachment = await api.uploadAttachment(file, 'export.csv');
    expect(attachment.size).to.equal(file.size);
    expect(tokens).to.deep.equal([false, true]);
  });

  it('maps a refused upload to an HttpError with the field error', async () => {
    const api = createHttpBackend({ baseUrl: '/test-upload', getToken: () => 'upload-token' });
    const error = await rejection(api.uploadAttachment(new Blob(['MZ']), 'setup.exe'));
    expect(error).to.be.instanceOf(HttpError);
    expect((error as HttpError).status).to.equal(415);
    expect((error as HttpError).fieldErrors[0]?.field).to.equal('file');
  });

  it('can be cancelled', async () => {
    const api = createHttpBackend({ baseUrl: '/test-upload', getToken: () => 'upload-token' });
    const controller = new AbortController();
    const pending = api.uploadAttachment(file, 'export.csv', { signal: controller.signal });
    controller.abort();
    expect(await rejection(pending)).to.be.instanceOf(AbortedError);
  });
});
