/**
 * A read that succeeds never loads ky: its first attempt goes out over plain fetch. ky loads when
 * a read must be tried again, or for a write. In a file of its own: the page must not have loaded
 * ky before these tests, and they run in order. The same holds for the contract's request schemas
 * (`request-schemas.ts`, with `routes.ts`): a read does not load them, a write does.
 */
import { expect } from '@open-wc/testing';
import { InvalidRequestError, InvalidResponseError } from '../../src/api/errors.js';
import { createHttpBackend } from '../../src/api/http-backend.js';
import { user as me } from './fixtures.js';

const kyLoaded = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => /\/node_modules\/ky\/|\/ky-transport\./.test(entry.name));

const requestSchemasLoaded = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => /\/src\/api\/(?:request-schemas|routes)\./.test(entry.name));

describe('the read path', () => {
  it('answers a read that succeeds without loading ky', async () => {
    const sent: Request[] = [];
    const api = createHttpBackend({
      baseUrl: 'https://support.test/api',
      getToken: () => 'token-1',
      locale: 'fr',
      fetch: (input, init) => {
        sent.push(new Request(input, init));
        return Promise.resolve(
          new Response(JSON.stringify(me), { headers: { 'Content-Type': 'application/json' } }),
        );
      },
    });
    expect((await api.getMe()).name).to.equal('Camille Laurent');
    expect(sent).to.have.length(1);
    expect(sent[0]!.url).to.equal('https://support.test/api/me');
    expect(sent[0]!.headers.get('Authorization')).to.equal('Bearer token-1');
    expect(sent[0]!.headers.get('Accept-Language')).to.equal('fr');
    // The same validation as ever: a person is not a list of cases.
    const listed = await api
      .listCases({ status: ['new', 'in_progress'], q: 'report 1254332' })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(listed).to.be.instanceOf(InvalidResponseError);
    expect(sent[1]!.url).to.equal(
      'https://support.test/api/cases?status=new%2Cin_progress&q=report+1254332',
    );
    expect(kyLoaded(), 'ky loaded for reads that succeeded').to.equal(false);
    expect(requestSchemasLoaded(), 'request schemas loaded for reads').to.equal(false);
  });

  it('hands a failed first attempt to ky, which retries it by its rules', async () => {
    let calls = 0;
    const api = createHttpBackend({
      baseUrl: 'https://support.test/api',
      retry: { baseDelay: 5 },
      fetch: () =>
        Promise.resolve(
          ++calls === 1
            ? new Response(JSON.stringify({ title: 'Unavailable', status: 503 }), {
                status: 503,
                headers: { 'Content-Type': 'application/problem+json' },
              })
            : new Response(JSON.stringify(me), { headers: { 'Content-Type': 'application/json' } }),
        ),
    });
    expect((await api.getMe()).name).to.equal('Camille Laurent');
    expect(calls, 'the first attempt is not sent twice').to.equal(2);
    expect(kyLoaded(), 'ky loaded to retry').to.equal(true);
  });

  it('loads the request schemas with the first write, and refuses an invalid body before sending', async () => {
    const sent: Request[] = [];
    const api = createHttpBackend({
      baseUrl: 'https://support.test/api',
      fetch: (input, init) => {
        sent.push(new Request(input, init));
        return Promise.resolve(new Response('{}', { status: 500 }));
      },
    });
    const refused = await api.reopenCase('case-1', { message: '   ' }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).to.be.instanceOf(InvalidRequestError);
    expect((refused as InvalidRequestError).fieldErrors.map((e) => e.field)).to.deep.equal([
      'message',
    ]);
    expect(sent, 'nothing was sent').to.have.length(0);
    expect(requestSchemasLoaded()).to.equal(true);
  });
});
