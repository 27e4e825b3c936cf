import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { SupportBackend } from '../../src/api/backend.js';
import { NetworkError } from '../../src/api/errors.js';
import type { EqErrorEvent } from '../../src/events/error-event.js';
import { SupportConfigController } from '../../src/controllers/support-config.js';
import type { EqSupportProvider } from '../../src/context/support-provider.js';
import { matchLocale } from '../../src/context/locale.js';
import { recordingBackend, runConfigSuite } from './config.suite.js';
import '../../src/context/support-provider.js';

/** The smallest element that uses the controller the way every eq- element does. */
class ConfigProbe extends LitElement {
  @property({ attribute: 'api-base' }) apiBase?: string;
  @property({ attribute: false }) backend?: SupportBackend;
  @property({ attribute: false }) getToken?: () => string;
  @property() locale?: string;
  readonly supportConfig = new SupportConfigController(this);
}
customElements.define('test-config-probe', ConfigProbe);

runConfigSuite('test-config-probe');

describe('<eq-support-provider>', () => {
  it('is accessible and lays out its content as if it were not there', async () => {
    const el = await fixture<EqSupportProvider>(
      html`<eq-support-provider><p>Host content</p></eq-support-provider>`,
    );
    expect(getComputedStyle(el).display).to.equal('contents');
    await expect(el).to.be.accessible();
  });

  it('loads the signed-in person from its backend', async () => {
    const calls: string[] = [];
    const el = await fixture<EqSupportProvider>(
      html`<eq-support-provider .backend=${recordingBackend(calls)}></eq-support-provider>`,
    );
    await waitUntil(() => el.user, 'the person loads', { timeout: 10_000 });
    expect(calls).to.deep.equal(['getMe']);
    expect(el.user?.name).to.equal('Test Person');
  });

  it('reports a failure to load the person with an eq-error event', async () => {
    const failing = {
      getMe: () => Promise.reject(new NetworkError()),
    } as unknown as SupportBackend;
    const el = document.createElement('eq-support-provider');
    const event = oneEvent(el, 'eq-error');
    el.backend = failing;
    document.body.append(el);
    const { error, operation } = (await event) as unknown as EqErrorEvent;
    expect(error).to.be.instanceOf(NetworkError);
    expect(operation).to.equal('load-user');
    el.remove();
  });

  it('resolves the locale from its attribute, else the page', async () => {
    const el = await fixture<EqSupportProvider>(
      html`<eq-support-provider locale="es-MX"></eq-support-provider>`,
    );
    expect(el.resolvedLocale).to.equal('es');
    el.locale = undefined;
    await el.updateComplete;
    expect(el.resolvedLocale).to.equal(matchLocale(document.documentElement.lang) ?? 'en');
  });
});

describe('matchLocale', () => {
  it('maps tags to the supported locales', () => {
    expect(matchLocale('pt-BR')).to.equal('pt-BR');
    expect(matchLocale('pt_PT')).to.equal('pt-BR');
    expect(matchLocale('PL')).to.equal('pl');
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('de')).to.equal(null);
    expect(matchLocale('')).to.equal(null);
  });
});
