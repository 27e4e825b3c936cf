import { expect, fixture, html, oneEvent, waitUntil as waitUntilIn } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SupportBackend } from '../../src/api/backend.js';
import type { EqSupportButton } from '../../src/components/support-button/support-button.js';
import type { EqSupportLauncher } from '../../src/components/launcher/launcher.js';
import type { EqCaseForm } from '../../src/components/case-form/case-form.js';
import { createInBrowserBackend, type InBrowserBackend } from '../../demo/server/in-browser.js';
import { runConfigSuite } from '../context/config.suite.js';
import '../../src/components/support-button/support-button.js';
import '../../src/context/support-provider.js';

/**
 * `waitUntil` with 10 s by default, not 1 s: views load their code on first open, which takes a
 * while on a loaded machine; waiting for a state costs nothing when it comes at once.
 */
const waitUntil: typeof waitUntilIn = (predicate, message, options) =>
  waitUntilIn(predicate, message, { timeout: 10_000, ...options });

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The element that has focus, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const launcherOf = (el: EqSupportButton) =>
  el.shadowRoot!.querySelector<EqSupportLauncher>('eq-support-launcher');
const $l = <T extends Element = HTMLElement>(el: EqSupportButton, selector: string) =>
  launcherOf(el)!.shadowRoot!.querySelector<T>(selector);
const title = (el: EqSupportButton) => text($l(el, '#title'));
const launcherButton = (el: EqSupportButton, label: string) =>
  [...launcherOf(el)!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    text(b)
      .replace(/^[←×]\s*/, '')
      .startsWith(label),
  );

describe('<eq-support-button>', () => {
  let reference: InBrowserBackend;
  let backend: SupportBackend;

  beforeEach(async () => {
    localStorage.clear();
    reference = await createInBrowserBackend();
    backend = reference.client('demo-user-1');
  });

  afterEach(() => {
    for (const dialog of document.querySelectorAll('eq-support-button')) dialog.close();
  });

  it('is a light Contact Support button: nothing else loads before the person interacts', async () => {
    const el = await fixture<EqSupportButton>(
      html`<eq-support-button .backend=${backend}></eq-support-button>`,
    );
    const trigger = el.shadowRoot!.querySelector('button')!;
    expect(text(trigger)).to.contain('Contact Support');
    expect(el.getAttribute('placement')).to.equal('bottom-right');
    // The last thing the button does on its own is the badge, once the page is idle. An import
    // started early has no event to wait for (a module fetch shows nowhere until it is done), so
    // this one check keeps a window of time after the badge: a fetch still running at its end is
    // missed (the test passes wrongly), but a slow machine never makes it fail wrongly.
    const badge = el.shadowRoot!.querySelector<HTMLElement>('[part=badge]')!;
    await waitUntil(() => !badge.hidden, 'the badge appears', { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched.filter((url) => /\/(launcher|case-form)\//.test(url))).to.deep.equal([]);
    expect(customElements.get('eq-support-launcher')).to.equal(
      undefined,
      'the launcher is not loaded yet',
    );
    expect(customElements.get('eq-case-form')).to.equal(
      undefined,
      'the case form is not loaded yet',
    );
    await expect(el).to.be.accessible();

    // Intent to create a case (focus or pointer on the action) starts loading the form.
    await el.open();
    await waitUntil(() => launcherButton(el, 'Create a Case'), 'the home actions');
    launcherButton(el, 'Create a Case')!.focus();
    await waitUntil(() => customElements.get('eq-case-form'), 'the form loads on intent');
    expect(title(el)).to.equal('Contact Support', 'still on the home view');
  });

  it("shows how many cases wait for the person's reply", async () => {
    const waiting = (await backend.listCases({ status: 'waiting_for_customer' })).total;
    expect(waiting).to.be.greaterThan(0);
    const el = await fixture<EqSupportButton>(
      html`<eq-support-button .backend=${backend} label="Help"></eq-support-button>`,
    );
    const badge = el.shadowRoot!.querySelector<HTMLElement>('[part=badge]')!;
    await waitUntil(() => !badge.hidden, 'the badge appears', { timeout: 5000 });
    expect(text(el.shadowRoot!.querySelector('[part=badge]'))).to.equal(String(waiting));
    expect(text(el.shadowRoot!.querySelector('button'))).to.match(/^Help/);
    expect(text(el.shadowRoot!.querySelector('button'))).to.contain('wait');
    await expect(el).to.be.accessible();
  });

  it('counts only after the page has loaded, so a token the host sets late is used', async () => {
    // A page still loading: its own scripts (which may set getToken) have not all run.
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    const sent: (string | undefined)[] = [];
    const el = document.createElement('eq-support-button');
    el.setAttribute('api-base', '/count-probe');
    const counted = new Promise<void>((resolve) => {
      el.addEventListener('eq-error', () => resolve());
    });
    const realFetch = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const request = new Request(input, init);
      if (!request.url.includes('/count-probe/cases')) return realFetch(input, init);
      sent.push(request.headers.get('Authorization') ?? undefined);
      return Promise.resolve(new Response('{}', { status: 503 }));
    };
    try {
      document.body.append(el);
      // The button has rendered, and queued its count as it did.
      await waitUntil(() => el.shadowRoot?.querySelector('button'), 'the button renders');
      await new Promise((r) => requestAnimationFrame(r));
      // Every idle callback the button queued on connection has run by the end of this one.
      // (WebKit has no requestIdleCallback: there, the button and this test wait 1 ms.)
      await new Promise((r) =>
        'requestIdleCallback' in window
          ? requestIdleCallback(r, { timeout: 4000 })
          : setTimeout(r, 1),
      );
      expect(sent, 'nothing asked while the page loads').to.deep.equal([]);
      el.getToken = () => 'late-token';
      delete (document as { readyState?: string }).readyState;
      window.dispatchEvent(new Event('load'));
      await counted;
      expect(sent).to.deep.equal(['Bearer late-token']);
    } finally {
      delete (document as { readyState?: string }).readyState;
      window.fetch = realFetch;
      el.remove();
    }
  });

  it('opens a modal dialog with focus inside; Escape closes it and focus returns to the button', async () => {
    const el = await fixture<EqSupportButton>(
      html`<eq-support-button .backend=${backend}></eq-support-button>`,
    );
    const opened = oneEvent(el, 'eq-open');
    el.shadowRoot!.querySelector('button')!.click();
    await opened;
    const dialog = $l<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(title(el)).to.equal('Contact Support');
    expect(launcherOf(el)!.shadowRoot!.contains(deepActive())).to.equal(
      true,
      'focus moved into the dialog',
    );
    await waitUntil(() => $l(el, '.centers'), 'the home view loads');
    await expect(launcherOf(el)!).to.be.accessible();
    const closed = oneEvent(el, 'eq-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(dialog.open).to.equal(false);
    await el.updateComplete;
    expect(deepActive()).to.equal(
      el.shadowRoot!.querySelector('button'),
      'focus is back on the button',
    );
  });

  it("returns focus to the host's own button that opened the dialog", async () => {
    const el = await fixture<EqSupportButton>(
      html`<eq-support-button .backend=${backend}></eq-support-button>`,
    );
    // A deal row's shortcut, as the demo has: the host's button calls open().
    const shortcut = document.createElement('button');
    shortcut.textContent = 'Contact support about deal 48810';
    shortcut.addEventListener('click', () => void el.open({ view: 'create' }));
    document.body.append(shortcut);
    try {
      shortcut.focus();
      const opened = oneEvent(el, 'eq-open');
      shortcut.click();
      await opened;
      expect(document.activeElement).not.to.equal(shortcut, 'focus moved into the dialog');
      const closed = oneEvent(el, 'eq-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      await el.updateComplete;
      expect(document.activeElement).to.equal(shortcut, 'focus is back on the shortcut');
    } finally {
      shortcut.remove();
    }
  });

  it('keeps Tab inside the dialog', async () => {
    const el = await fixture<EqSupportButton>(
      html`<eq-support-button .backend=${backend}></eq-support-button>`,
    );
    await el.open();
    await waitUntil(() => $l(el, '.centers'), 'the home view loads');
    const launcher = launcherOf(el)!;
    for (let i = 0; i < 25; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      expect(
        launcher.shadowRoot!.contains(active) || launcher.contains(active),
        `Tab ${i + 1} stays inside`,
      ).to.equal(true);
    }
  });

  it('shows the three actions, the service status, the delivery centers and the links', async () => {
    const el = await fixture<EqSupportButton>(
      html`<eq-support-button
        .backend=${backend}
        privacy-url="https://example.com/privacy"
      ></eq-support-button>`,
    );
    await el.open();
    await waitUntil(() => $l(el, '.centers'), 'the home view loads');
    const actions = [...launcherOf(el)!.shadowRoot!.querySelectorAll('.action-label')].map((a) =>
      text(a),
    );
    expect(actions).to.deep.equal(['Create a Case', 'See My Cases', 'Read Documentation']);
    expect(text($l(el, '[part=status-banner]'))).to.contain(
      reference.seed.serviceStatus.incidents[0]!.title,
    );
    const cities = [...launcherOf(el)!.shadowRoot!.querySelectorAll('.centers .city')].map((c) =>
      text(c),
    );
    expect(cities).to.have.members(reference.seed.supportCenters.map((c) => c.city));
    // As the guide lists them: by region, each center's week in its local time.
    const regions = [...launcherOf(el)!.shadowRoot!.querySelectorAll('.centers .region')];
    expect(regions.map((r) => text(r))).to.deep.equal([
      'European Delivery Centers',
      'Americas Delivery Centers',
      'APAC Delivery Center',
    ]);
    const krakow = [...launcherOf(el)!.shadowRoot!.querySelectorAll('.centers li')].find((li) =>
      text(li).startsWith('Kraków, Poland'),
    );
    expect(text(krakow?.querySelector('.hours'))).to.match(
      /^Monday\s–\sFriday, 9:00\sAM\s–\s5:00\sPM \(local time\)$/,
    );
    expect(text($l(el, '.centers .help'))).to.match(
      /excluding local public holidays.*your time zone \([\w/+-]+\)/,
    );
    const links = [...launcherOf(el)!.shadowRoot!.querySelectorAll('.links a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(links).to.include('https://example.com/privacy');
    expect(links).to.include(reference.seed.serviceStatus.statusPageUrl);
  });

  it('shows a center closed on the local public holiday the backend lists, with its next opening', async () => {
    const paris = reference.seed.supportCenters.find((c) => c.id === 'paris')!;
    // Today's date in Paris as YYYY-MM-DD (from the parts: 'en-CA' is not ISO in every engine).
    const part = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone: paris.timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      })
        .formatToParts(new Date())
        .map((p) => [p.type, p.value]),
    );
    const today = `${part.year}-${part.month}-${part.day}`;
    const everyDay = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, open: '00:00', close: '23:59' }));
    const holidayBackend = {
      ...backend,
      listSupportCenters: () => Promise.resolve([{ ...paris, hours: everyDay, holidays: [today] }]),
    };
    const el = await fixture<EqSupportButton>(
      html`<eq-support-button .backend=${holidayBackend}></eq-support-button>`,
    );
    await el.open();
    await waitUntil(() => $l(el, '.centers li'), 'the home view loads');
    const center = $l(el, '.centers li')!;
    expect(center.className).to.equal('closed', 'open every day at this hour, but not today');
    expect(text(center.querySelector('.state'))).to.match(/^Closed today: public holiday · opens /);
  });

  it('navigates inside the dialog with a back action and a title that follows the view', async () => {
    const el = await fixture<EqSupportButton>(
      html`<eq-support-button .backend=${backend}></eq-support-button>`,
    );
    await el.open();
    await waitUntil(() => launcherButton(el, 'Create a Case'), 'the home view renders');
    launcherButton(el, 'Create a Case')!.click();
    await waitUntil(() => $l(el, 'eq-case-form'), 'the form view opens');
    expect(title(el)).to.equal('Create a Case');
    expect(deepActive()?.id).to.equal('title', 'focus moves to the new title');
    launcherButton(el, 'Back')!.click();
    await waitUntil(() => title(el) === 'Contact Support');
    launcherButton(el, 'My Settings')!.click();
    await waitUntil(
      () => $l(el, 'eq-user-settings')?.shadowRoot?.querySelector('#language'),
      'the settings view opens',
    );
    expect(title(el)).to.equal('My Settings');
  });

  for (const where of ['provider api-base', 'provider backend', 'button api-base'] as const) {
    it(`asks for the person and the taxonomy once from the launcher to the form (${where})`, async () => {
      const requests: string[] = [];
      const count: typeof globalThis.fetch = (input, init) => {
        const request = new Request(input, init);
        requests.push(`${request.method} ${new URL(request.url).pathname}`);
        return reference.fetch(request);
      };
      // `api-base` goes through the page's fetch: answer /api from the in-browser backend.
      const pageFetch = window.fetch.bind(window);
      window.fetch = (input, init) =>
        new URL(new Request(input, init).url).pathname.startsWith('/api/')
          ? count(input, init)
          : pageFetch(input, init);
      const token = () => 'demo-user-1';
      try {
        const page = await fixture<HTMLElement>(
          where === 'provider api-base'
            ? html`<eq-support-provider api-base="/api" .getToken=${token}>
                <eq-support-button></eq-support-button>
              </eq-support-provider>`
            : where === 'provider backend'
              ? html`<eq-support-provider
                  .backend=${reference.client('demo-user-1', { fetch: count })}
                >
                  <eq-support-button></eq-support-button>
                </eq-support-provider>`
              : html`<div>
                  <eq-support-button api-base="/api" .getToken=${token}></eq-support-button>
                </div>`,
        );
        const el = page.querySelector<EqSupportButton>('eq-support-button')!;
        await el.open();
        await waitUntil(() => launcherButton(el, 'Create a Case'), 'the home view renders');
        launcherButton(el, 'Create a Case')!.click();
        await waitUntil(
          () => $l<EqCaseForm>(el, 'eq-case-form')?.shadowRoot?.querySelector('#priority-critical'),
          'the form shows the priorities',
          { timeout: 5000 },
        );
        // Whatever else is still on its way, /me and /taxonomy were asked once each.
        const times = (path: string) => requests.filter((r) => r === `GET /api${path}`).length;
        expect(times('/me'), requests.join(', ')).to.equal(1);
        expect(times('/taxonomy'), requests.join(', ')).to.equal(1);
      } finally {
        window.fetch = pageFetch;
      }
    });
  }

  it('opens on a view with a prefilled case, merged over the host context, and keeps a half-filled draft when closed', async () => {
    const el = await fixture<EqSupportButton>(
      html`<eq-support-button .backend=${backend}></eq-support-button>`,
    );
    el.prefill = { campaignId: '777' };
    await el.open({ view: 'create', prefill: { dealId: '12333', readonlyFields: ['deal-id'] } });
    await waitUntil(
      () => $l<EqCaseForm>(el, 'eq-case-form')?.shadowRoot?.querySelector('form'),
      'the form renders',
      { timeout: 5000 },
    );
    const form = $l<EqCaseForm>(el, 'eq-case-form')!;
    await form.updateComplete; // the rest of step 1 follows the form's first frame
    const input = (id: string) => form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    expect(input('dealId').value).to.equal('12333');
    expect(input('dealId').readOnly).to.equal(true);
    expect(input('campaignId').value).to.equal('777');
    input('subject').value = 'Half written';
    input('subject').dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.close();
    await el.open({ view: 'create' });
    await waitUntil(
      () => $l<EqCaseForm>(el, 'eq-case-form')?.shadowRoot?.querySelector('#subject'),
      'the form renders again',
    );
    expect(
      $l<EqCaseForm>(el, 'eq-case-form')!.shadowRoot!.querySelector<HTMLInputElement>('#subject')!
        .value,
    ).to.equal('Half written');
  });

  it('prefills and locks every field of the host-field table through open({ prefill })', async () => {
    const el = await fixture<EqSupportButton>(
      html`<eq-support-button .backend=${backend}></eq-support-button>`,
    );
    // Imported here: a static import would load the form's table before the first test, which
    // checks that nothing of the form loads before the person interacts.
    const { HOST_FIELDS } = await import('../../src/components/case-form/host-fields.js');
    const { expectPrefilled, hostFieldValues } = await import('./host-fields.suite.js');
    const values = hostFieldValues(reference.seed.taxonomy);
    const readonlyFields = HOST_FIELDS.map((f) => f.attribute);
    await el.open({ view: 'create', prefill: { ...values, readonlyFields } });
    await waitUntil(
      () => $l<EqCaseForm>(el, 'eq-case-form')?.shadowRoot?.querySelector('form'),
      'the form renders',
    );
    const form = $l<EqCaseForm>(el, 'eq-case-form')!;
    await form.updateComplete; // the rest of step 1 follows the form's first frame
    expectPrefilled(form, values, true);
    // Opened again without a prefill: the form has none of the host values, nothing locked.
    el.close();
    await el.open({ view: 'create' });
    await waitUntil(
      () =>
        $l<EqCaseForm>(el, 'eq-case-form')?.shadowRoot?.querySelector<HTMLInputElement>('#dealId')
          ?.readOnly === false,
      'the form renders unlocked',
    );
    const again = $l<EqCaseForm>(el, 'eq-case-form')!;
    expect(HOST_FIELDS.filter((f) => again[f.key] !== undefined).map((f) => f.key)).to.deep.equal(
      [],
    );
  });

  it('still takes context (now prefill) and the launcher show() (now open()), with warnings', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await fixture<EqSupportButton>(
        html`<eq-support-button .backend=${backend}></eq-support-button>`,
      );
      el.context = { dealId: '4242' };
      expect(el.prefill).to.deep.equal({ dealId: '4242' });
      await el.open({ view: 'create' });
      await waitUntil(
        () => $l<EqCaseForm>(el, 'eq-case-form')?.shadowRoot?.querySelector('#dealId'),
        'the form renders',
        { timeout: 5000 },
      );
      const form = $l<EqCaseForm>(el, 'eq-case-form')!;
      expect(form.shadowRoot!.querySelector<HTMLInputElement>('#dealId')!.value).to.equal('4242');
      launcherOf(el)!.show({ view: 'cases' });
      await waitUntil(() => $l(el, 'eq-case-list'), 'show() still opens a view');
      expect(warnings.join('\n')).to.contain('<eq-support-button> context is deprecated');
      expect(warnings.join('\n')).to.contain('<eq-support-launcher> show() is deprecated');
    } finally {
      console.warn = warn;
    }
  });

  it("shows the person's settings in the dialog and hands the saved person to its views", async () => {
    const el = await fixture<EqSupportButton>(
      html`<eq-support-button .backend=${backend}></eq-support-button>`,
    );
    await el.open({ view: 'settings' });
    const settings = () => $l(el, 'eq-user-settings')?.shadowRoot ?? undefined;
    await waitUntil(() => settings()?.querySelector('#language'), 'the settings view');
    const language = settings()!.querySelector<HTMLSelectElement>('#language')!;
    language.value = 'es';
    language.dispatchEvent(new Event('change'));
    settings()!.querySelector<HTMLInputElement>('#notify-surveyRequests')!.click();
    await launcherOf(el)!.updateComplete;
    await expect(launcherOf(el)!).to.be.accessible();
    settings()!.querySelector<HTMLButtonElement>('[part="save"]')!.click();
    await waitUntil(
      () => text(settings()!.querySelector('[part="status"]')) === 'Your settings were saved.',
      'saved',
    );
    const me = await backend.getMe();
    expect(me.settings.language).to.equal('es');
    // The next view of the dialog is given the person as saved, not as first loaded.
    el.close();
    await el.open({ view: 'create' });
    await waitUntil(() => $l(el, 'eq-case-form'), 'the form');
    const form = $l<EqCaseForm>(el, 'eq-case-form')!;
    expect(form.supportConfig.user?.settings.language).to.equal('es');
  });
});

runConfigSuite('eq-support-button');
