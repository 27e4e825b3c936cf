/**
 * Reusable suite: an eq- element reads its configuration both ways — from an enclosing
 * `<eq-support-provider>` and from its own attributes/properties. Call it once per element.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { BACKEND_METHODS, type SupportBackend } from '../../src/api/backend.js';
import type { User } from '../../src/api/schemas.js';
import type { SupportConfigController } from '../../src/controllers/support-config.js';
import '../../src/context/support-provider.js';

export interface Configurable extends HTMLElement {
  readonly supportConfig: SupportConfigController;
  backend?: SupportBackend | undefined;
  getToken?: ((context: { forceRefresh: boolean }) => string | Promise<string>) | undefined;
  updateComplete: Promise<boolean>;
}

export const testUser: User = {
  id: 'user-9',
  name: 'Test Person',
  email: 'test@example.com',
  contactId: 'contact-9',
  organization: { id: 'org-test', name: 'Test Org' },
  timeZone: 'Europe/Warsaw',
  settings: {
    language: 'pl',
    emailNotifications: {
      caseCreated: true,
      supportReplied: true,
      statusChanged: false,
      caseClosed: true,
      surveyRequests: false,
    },
  },
};

/** A backend whose every method records its name and rejects, except getMe. */
export function recordingBackend(calls: string[] = []): SupportBackend {
  const backend: Record<string, () => Promise<unknown>> = {};
  for (const name of BACKEND_METHODS) {
    backend[name] = () => {
      calls.push(name);
      return name === 'getMe' ? Promise.resolve(testUser) : new Promise(() => undefined);
    };
  }
  return backend as unknown as SupportBackend;
}

export function runConfigSuite(tagName: string): void {
  const tag = unsafeStatic(tagName);

  describe(`<${tagName}> configuration`, () => {
    let originalFetch: typeof window.fetch;
    let originalLang: string;
    beforeEach(() => {
      originalFetch = window.fetch.bind(window);
      originalLang = document.documentElement.lang;
    });
    afterEach(() => {
      window.fetch = originalFetch;
      document.documentElement.lang = originalLang;
    });

    it('takes backend, user and locale from an enclosing provider', async () => {
      const backend = recordingBackend();
      const provider = await fixture(
        html`<eq-support-provider locale="pl" .backend=${backend}>
          ${staticHtml`<${tag}></${tag}>`}
        </eq-support-provider>`,
      );
      const el = provider.querySelector<Configurable>(tagName)!;
      await waitUntil(() => el.supportConfig.user !== undefined, 'the provider loads the user');
      expect(el.supportConfig.backend).to.equal(backend);
      expect(el.supportConfig.user?.name).to.equal('Test Person');
      expect(el.supportConfig.locale).to.equal('pl');
    });

    it('uses its own api-base and getToken when used alone', async () => {
      const requests: { url: string; auth: string | null }[] = [];
      window.fetch = (input, init) => {
        const request = new Request(input, init);
        requests.push({ url: request.url, auth: request.headers.get('Authorization') });
        return Promise.resolve(
          new Response(JSON.stringify(testUser), {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
          }),
        );
      };
      const el = await fixture<Configurable>(staticHtml`<${tag} api-base="/custom-api"></${tag}>`);
      el.getToken = () => 'own-token';
      const me = await el.supportConfig.backend!.getMe();
      expect(me.id).to.equal('user-9');
      expect(
        requests.some((r) => r.url.endsWith('/custom-api/me') && r.auth === 'Bearer own-token'),
      ).to.equal(true);
    });

    it('prefers its own backend and locale over the provider', async () => {
      const fromProvider = recordingBackend();
      const own = recordingBackend();
      const provider = await fixture(
        html`<eq-support-provider locale="pl" .backend=${fromProvider}>
          ${staticHtml`<${tag} locale="es"></${tag}>`}
        </eq-support-provider>`,
      );
      const el = provider.querySelector<Configurable>(tagName)!;
      el.backend = own;
      await el.updateComplete;
      expect(el.supportConfig.backend).to.equal(own);
      expect(el.supportConfig.locale).to.equal('es');
    });

    it('follows the page language when nothing else is set, also when it changes', async () => {
      document.documentElement.lang = 'fr-CA';
      const el = await fixture<Configurable>(staticHtml`<${tag}></${tag}>`);
      expect(el.supportConfig.locale).to.equal('fr');
      document.documentElement.lang = 'pt';
      await waitUntil(() => el.supportConfig.locale === 'pt-BR', 'the locale follows <html lang>');
    });
  });
}
