import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SupportBackend } from '../../src/api/backend.js';
import { HttpError } from '../../src/api/errors.js';
import '../../src/components/user-settings/user-settings.js';
import type { EqUserSettings } from '../../src/components/user-settings/user-settings.js';
import type { EqSettingsSaveEvent } from '../../src/events/settings-save-event.js';
import { createInBrowserBackend, type InBrowserBackend } from '../../demo/server/in-browser.js';
import { runConfigSuite } from '../context/config.suite.js';

const $ = <T extends Element = HTMLElement>(el: EqUserSettings, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) => node?.textContent.replace(/\s+/g, ' ').trim();
const status = (el: EqUserSettings) => text($(el, '[part="status"]'));

/** Chooses `language` and flips the survey e-mails, as a person does. */
function change(el: EqUserSettings, language: string): void {
  const select = $<HTMLSelectElement>(el, '#language')!;
  select.value = language;
  select.dispatchEvent(new Event('change'));
  $<HTMLInputElement>(el, '#notify-surveyRequests')!.click();
}

describe('<eq-user-settings>', () => {
  let demo: InBrowserBackend;
  before(async () => {
    demo = await createInBrowserBackend();
  });

  it('saves the language and the e-mail notifications, and says so', async () => {
    const backend = demo.client('demo-user-2');
    const before = await backend.getMe();
    const el = await fixture<EqUserSettings>(
      html`<eq-user-settings .backend=${backend}></eq-user-settings>`,
    );
    await waitUntil(() => $(el, '#language'), 'the form');
    expect($<HTMLSelectElement>(el, '#language')!.value).to.equal(before.settings.language);
    await expect(el).to.be.accessible();
    change(el, 'pl');
    await el.updateComplete;
    const saved = oneEvent<EqSettingsSaveEvent>(el, 'eq-settings-save');
    $<HTMLButtonElement>(el, '[part="save"]')!.click();
    const event = await saved;
    expect(event.user.settings.language).to.equal('pl');
    expect(event.composed, 'heard outside the dialog that hosts it').to.equal(true);
    await waitUntil(() => status(el) === 'Your settings were saved.', 'the saved line');
    const after = await backend.getMe();
    expect(after.settings.language).to.equal('pl');
    expect(after.settings.emailNotifications.surveyRequests).to.equal(
      !before.settings.emailNotifications.surveyRequests,
    );
    // Every other setting is as it was.
    expect({ ...after.settings.emailNotifications, surveyRequests: null }).to.deep.equal({
      ...before.settings.emailNotifications,
      surveyRequests: null,
    });
  });

  it('keeps what the person chose when the backend refuses it, and says why', async () => {
    const backend = demo.client('demo-user-3');
    const refusing: SupportBackend = {
      ...backend,
      updateSettings: () =>
        Promise.reject(new HttpError(503, { title: 'The settings service is down', status: 503 })),
    };
    const el = await fixture<EqUserSettings>(
      html`<eq-user-settings .backend=${refusing}></eq-user-settings>`,
    );
    await waitUntil(() => $(el, '#language'), 'the form');
    change(el, 'fr');
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part="save"]')!.click();
    await waitUntil(() => $(el, '[part="status"].error'), 'the error');
    expect(status(el)).to.not.equal('');
    expect(status(el)).to.not.equal('Saving…');
    expect($<HTMLSelectElement>(el, '#language')!.value, 'the choice is kept').to.equal('fr');
    expect((await backend.getMe()).settings.language).to.not.equal('fr');
  });

  it('asks to sign in when no backend is configured', async () => {
    const el = await fixture<EqUserSettings>(html`<eq-user-settings></eq-user-settings>`);
    await waitUntil(() => text($(el, '.notice')), 'the notice');
    expect(text($(el, '.notice'))).to.equal('Sign in to change your settings.');
    expect($(el, 'form')).to.equal(null);
  });
});

runConfigSuite('eq-user-settings');
