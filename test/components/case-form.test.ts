import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SupportBackend } from '../../src/api/backend.js';
import { HttpError, NetworkError } from '../../src/api/errors.js';
import type { EqCaseForm } from '../../src/components/case-form/case-form.js';
import type { EqFileDrop } from '../../src/components/shared/file-drop.js';
import type { EqCaseCreatedEvent } from '../../src/events/case-form-events.js';
import { EqArticleSolvedEvent } from '../../src/events/article-solved-event.js';
import { SDK_VERSION } from '../../src/version.js';
import { createInBrowserBackend, type InBrowserBackend } from '../../demo/server/in-browser.js';
import { runConfigSuite } from '../context/config.suite.js';
import { HOST_FIELDS } from '../../src/components/case-form/host-fields.js';
import { TEXT_LIMITS } from '../../src/api/limits.js';
import { NewCase } from '../../src/api/request-schemas.js';
import {
  expectFormAttributes,
  expectHidden,
  expectPrefilled,
  hostFieldValues,
} from './host-fields.suite.js';
import '../../src/components/case-form/case-form.js';
import '../../src/context/support-provider.js';
import type { EqSupportProvider } from '../../src/context/support-provider.js';

runConfigSuite('eq-case-form');

const $ = <T extends Element = HTMLElement>(el: EqCaseForm, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
/** Visible text with white space folded, as a person reads it. */
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $$ = (el: EqCaseForm, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

async function ready(el: EqCaseForm): Promise<void> {
  await waitUntil(() => $(el, 'form'), 'the form renders', { timeout: 5000 });
  // The rest of step 1 renders the frame after the form first shows: updateComplete waits for it.
  await el.updateComplete;
}

async function type(el: EqCaseForm, selector: string, value: string): Promise<void> {
  const control = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, selector)!;
  control.value = value;
  control.dispatchEvent(
    new Event(control instanceof HTMLSelectElement ? 'change' : 'input', {
      bubbles: true,
      composed: true,
    }),
  );
  await el.updateComplete;
}

async function choosePriority(el: EqCaseForm, priority: string): Promise<void> {
  const radio = $<HTMLInputElement>(el, `#priority-${priority}`)!;
  radio.click();
  await el.updateComplete;
}

async function fillDetails(
  el: EqCaseForm,
  reference: InBrowserBackend,
  subject = 'Deal ID 12333 — no delivery for last 24 hours',
) {
  const caseType = reference.seed.taxonomy.caseTypes[0]!;
  await choosePriority(el, 'critical');
  await type(el, '#subject', subject);
  await type(el, '#description', 'Delivery stopped yesterday at 10:00 on the deal.');
  await type(el, '#dealId', '12333');
  await type(el, '#typeId', caseType.id);
  await type(el, '#categoryId', caseType.categories[0]!.id);
}

const button = (el: EqCaseForm, label: string) =>
  $$(el, 'button').find((b) => text(b) === label) as HTMLButtonElement | undefined;

async function next(el: EqCaseForm): Promise<void> {
  button(el, 'Next')!.click();
  await el.updateComplete;
}

async function render(backend: SupportBackend, attributes = html``) {
  const el = await fixture<EqCaseForm>(
    html`<eq-case-form .backend=${backend}>${attributes}</eq-case-form>`,
  );
  await ready(el);
  return el;
}

/** A case the contract takes, to probe its limits one field at a time. */
const validNewCase = {
  priority: 'medium',
  subject: 'Report Task ID 1254332 failed to load',
  description: 'The scheduled report fails since Monday.',
  typeId: 'reporting',
  categoryId: 'reporting-scheduled-reports',
};

/** Counts the cases of demo-user-1 whose subject contains `text`. */
async function countCases(reference: InBrowserBackend, text: string): Promise<number> {
  return (await reference.client('demo-user-1').listCases({ q: text, status: 'all' })).total;
}

describe('<eq-case-form>', () => {
  let reference: InBrowserBackend;
  let backend: SupportBackend;

  beforeEach(async () => {
    localStorage.clear();
    reference = await createInBrowserBackend();
    backend = reference.client('demo-user-1');
  });

  it('shows every field of the seeds with its label and help, and passes axe', async () => {
    const el = await render(backend);
    const labels = $$(el, 'label, legend').map((l) => l.textContent.trim());
    for (const label of [
      'Priority',
      'Subject',
      'Description',
      'How to reproduce',
      'Insertion ID',
      'Deal ID',
      'Campaign ID',
      'Domain/URL',
      'Type',
      'Case Category',
    ]) {
      expect(labels).to.include(label);
    }
    expect($$(el, 'input[name=priority]').map((r) => (r as HTMLInputElement).value)).to.deep.equal([
      'blocker',
      'critical',
      'medium',
      'low',
    ]);
    const critical = reference.seed.taxonomy.priorities.find((p) => p.id === 'critical')!;
    expect(text($(el, '#priority-critical-description'))).to.equal(critical.description);
    expect($$(el, 'details li').map((li) => li.textContent)).to.include(critical.examples[0]);
    expect($(el, '#priority-help')!.textContent).to.contain(
      'cannot be changed after the case is saved',
    );
    expect($(el, '#subject')!.getAttribute('placeholder')).to.contain('Deal ID 12333');
    expect($(el, '#description-help')!.textContent).to.contain('SDK version');
    expect($(el, 'eq-file-drop')).to.exist;
    expect($(el, '.notes')!.textContent).to.contain('local service team');
    expect($(el, '#domainUrl')!.getAttribute('type')).to.equal('url');
    await expect(el).to.be.accessible();
  });

  it('offers the categories of the chosen type only, and clears a category that no longer fits', async () => {
    const el = await render(backend);
    const [first, second] = reference.seed.taxonomy.caseTypes;
    expect($<HTMLSelectElement>(el, '#categoryId')!.disabled).to.equal(true);
    await type(el, '#typeId', first!.id);
    const options = () =>
      [...$<HTMLSelectElement>(el, '#categoryId')!.options].map((o) => o.value).filter(Boolean);
    expect(options()).to.deep.equal(first!.categories.map((c) => c.id));
    await type(el, '#categoryId', first!.categories[1]!.id);
    await type(el, '#typeId', second!.id);
    expect(options()).to.deep.equal(second!.categories.map((c) => c.id));
    expect($<HTMLSelectElement>(el, '#categoryId')!.value).to.equal('');
  });

  it('explains Blocker and asks for a technical contact, with the open incidents', async () => {
    const el = await render(backend);
    expect($(el, '.blocker')).to.equal(null);
    await choosePriority(el, 'blocker');
    await waitUntil(() => $(el, '.incidents'), 'open incidents are shown');
    const notice = $(el, '.blocker')!.textContent;
    expect(notice).to.contain('reserved for platform-wide outages');
    expect(notice).to.contain('single campaign');
    expect($(el, '.incidents')!.textContent).to.contain(
      reference.seed.serviceStatus.incidents[0]!.title,
    );
    await fillDetails(el, reference);
    await choosePriority(el, 'blocker');
    await next(el);
    expect($(el, '#technicalContact\\.name-error')!.textContent).to.contain('technical contact');
    expect($(el, '#technicalContact\\.phone-error')!.textContent).to.contain('phone number');
    await type(el, '#technicalContact\\.name', 'On-call engineer');
    await type(el, '#technicalContact\\.phone', '+33 1 23 45 67 89');
    await next(el);
    expect(text($(el, '#step-title'))).to.equal('Add Collaborators');
    await expect(el).to.be.accessible();
  });

  it('validates on Next: every error next to its field, announced, focus on the first invalid field', async () => {
    const el = await render(backend);
    await type(el, '#domainUrl', 'not a url');
    await type(el, '#dealId', '12 34;');
    await next(el);
    for (const field of [
      'priority',
      'subject',
      'description',
      'typeId',
      'categoryId',
      'domainUrl',
      'dealId',
    ]) {
      expect($(el, `#${field}-error`), field).to.exist;
    }
    expect($(el, '#subject')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#subject')!.getAttribute('aria-describedby')).to.contain('subject-error');
    expect(text($(el, '[role=status][aria-live=polite]'))).to.equal('7 fields need attention.');
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('priority');
    await type(el, '#subject', 'Something');
    expect($(el, '#subject-error')).to.equal(null, 'an error goes away once the field changes');
    await expect(el).to.be.accessible();
  });

  it('files a case in three steps and shows its number', async () => {
    const el = await render(backend);
    await fillDetails(el, reference);
    await next(el);
    expect(text($(el, '#step-title'))).to.equal('Add Collaborators');
    await waitUntil(() => $(el, 'table.contacts'));
    const acme = reference.seed.users[0]!;
    const rows = $$(el, 'table.contacts tbody tr');
    const eligible = reference.seed.contacts.filter(
      (c) => c.organizationId === acme.organization.id && c.portalAccess && c.id !== acme.contactId,
    );
    expect(rows).to.have.length(eligible.length, 'only portal contacts, not the person themself');
    await type(el, '#contact-search', eligible[1]!.name.split(' ')[0]!);
    expect($$(el, 'table.contacts tbody tr')).to.have.length.greaterThan(0);
    $<HTMLInputElement>(el, `#contact-${eligible[1]!.id}`)!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const created = oneEvent(el, 'eq-case-created');
    await next(el);
    const { case: kase } = (await created) as unknown as EqCaseCreatedEvent;
    await el.updateComplete;
    expect(text($(el, '[part=case-number]'))).to.equal(kase.number);
    expect(kase.number).to.match(/^\d{8}$/);
    expect($(el, '.confirmation')!.textContent).to.contain('include it in all communications');
    const saved = await backend.getCase(kase.id);
    expect(saved.collaborators.map((c) => c.id)).to.deep.equal([eligible[1]!.id]);
    expect(saved.dealId).to.equal('12333');
    expect(saved.metadata?.sdkVersion).to.equal(SDK_VERSION);
    expect(saved.metadata?.userAgent).to.equal(navigator.userAgent);
    expect(localStorage.length).to.equal(0, 'a successful save clears the draft');
    await expect(el).to.be.accessible();
    const finished = oneEvent(el, 'eq-finish');
    button(el, 'Finish')!.click();
    await finished;
  });

  it('restores the draft, step included, when the element is created again', async () => {
    let el = await render(backend);
    await fillDetails(el, reference, 'Report Task ID 1254332 failed to load');
    await next(el);
    el.remove();
    el = await render(backend);
    expect(text($(el, '#step-title'))).to.equal('Add Collaborators');
    // In the person's time zone (Europe/Paris), as every time the SDK shows, not the browser's.
    const { savedAt } = JSON.parse(Object.values<string>({ ...localStorage })[0]!) as {
      savedAt: string;
    };
    const inParis = new Intl.DateTimeFormat('en', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Paris',
    }).format(new Date(savedAt));
    expect(text($(el, '[part=restored-notice]'))).to.equal(
      `Your unsent case from ${inParis} was restored.`,
    );
    button(el, 'Back')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#subject')!.value).to.equal(
      'Report Task ID 1254332 failed to load',
    );
    expect($<HTMLInputElement>(el, '#priority-critical')!.checked).to.equal(true);
  });

  it('keeps drafts per person', async () => {
    let el = await render(backend);
    await type(el, '#subject', 'Only for Camille');
    el.remove();
    el = await render(reference.client('demo-user-2'));
    expect($<HTMLInputElement>(el, '#subject')!.value).to.equal('');
  });

  it('discards the draft on request', async () => {
    let el = await render(backend);
    await type(el, '#subject', 'To be discarded');
    await waitUntil(() => localStorage.length === 1, 'the draft is saved', { timeout: 10_000 });
    button(el, 'Discard draft')!.click();
    await el.updateComplete;
    button(el, 'Discard')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#subject')!.value).to.equal('');
    expect(localStorage.length).to.equal(0);
    el.remove();
    el = await render(backend);
    expect($(el, '[part=restored-notice]')).to.equal(null);
  });

  it('shows priority, subject and description first, the rest of step 1 a frame later', async () => {
    const el = document.createElement('eq-case-form');
    el.backend = backend;
    document.body.append(el);
    try {
      // What the shadow root holds when the subject first appears, seen before any later task.
      const firstFrame = new Promise<string[]>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!$(el, '#subject')) return;
          observer.disconnect();
          resolve(
            ['#priority-critical', '#description', '#dealId', 'eq-file-drop'].filter((s) =>
              $(el, s),
            ),
          );
        });
        observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      });
      expect(await firstFrame).to.deep.equal(['#priority-critical', '#description']);
      await el.updateComplete;
      for (const selector of ['#dealId', '#typeId', 'eq-file-drop', 'eq-article-suggest'])
        expect($(el, selector), selector).to.exist;
    } finally {
      el.remove();
    }
  });

  it('uploads files at once and keeps them in the draft', async () => {
    let el = await render(backend);
    const drop = $<EqFileDrop>(el, 'eq-file-drop')!;
    drop.addFiles([
      new File(['date,impressions\n2026-11-01,1200\n'], 'third-party.csv', { type: 'text/csv' }),
    ]);
    await waitUntil(() => drop.uploaded.length === 1, 'the file uploads');
    drop.addFiles([new File(['x'], 'run.exe')]);
    await drop.updateComplete;
    expect(drop.shadowRoot!.textContent).to.contain('cannot be attached');
    await waitUntil(
      () =>
        Object.values<string>({ ...localStorage }).some((draft) =>
          draft.includes('third-party.csv'),
        ),
      'the draft keeps the uploaded file',
      { timeout: 10_000 },
    );
    el.remove();
    el = await render(backend);
    const restored = $<EqFileDrop>(el, 'eq-file-drop')!;
    await restored.updateComplete;
    expect(restored.uploaded.map((a) => a.name)).to.deep.equal(['third-party.csv']);
    await fillDetails(el, reference);
    await next(el);
    const created = oneEvent(el, 'eq-case-created');
    await next(el);
    const { case: kase } = (await created) as unknown as EqCaseCreatedEvent;
    expect(kase.attachments.map((a) => a.name)).to.deep.equal(['third-party.csv']);
  });

  it('prefills, locks and hides every field of the host-field table, by its attribute', async () => {
    expectFormAttributes();
    const values = hostFieldValues(reference.seed.taxonomy);
    const make = async (list: 'readonly-fields' | 'hidden-fields' | undefined) => {
      const el = document.createElement('eq-case-form');
      el.backend = backend;
      for (const { key, attribute } of HOST_FIELDS) el.setAttribute(attribute, values[key]);
      if (list) el.setAttribute(list, HOST_FIELDS.map((f) => f.attribute).join(' '));
      const form = await fixture<EqCaseForm>(el);
      await ready(form);
      return form;
    };
    expectPrefilled(await make(undefined), values, false);
    const locked = await make('readonly-fields');
    expectPrefilled(locked, values, true);
    await type(locked, '#subject', 'Typed over a locked field');
    expectPrefilled(locked, values, true);
    expectHidden(await make('hidden-fields'));
  });

  it('prefills from the host, locks and hides fields, and defaults the URL to the page', async () => {
    const el = await fixture<EqCaseForm>(
      html`<eq-case-form
        .backend=${backend}
        deal-id="48810"
        campaign-id="777"
        subject="Sports native deal not delivering"
        readonly-fields="deal-id"
        hidden-fields="campaign-id"
      ></eq-case-form>`,
    );
    await ready(el);
    expect($<HTMLInputElement>(el, '#dealId')!.value).to.equal('48810');
    expect($<HTMLInputElement>(el, '#dealId')!.readOnly).to.equal(true);
    expect($(el, '#campaignId')).to.equal(null);
    expect($<HTMLInputElement>(el, '#subject')!.value).to.equal(
      'Sports native deal not delivering',
    );
    expect($<HTMLInputElement>(el, '#domainUrl')!.value).to.equal(location.href);
    await type(el, '#dealId', '99999');
    expect($<HTMLInputElement>(el, '#dealId')!.value).to.equal('48810');
    // The host updates the context (e.g. the person opened another deal).
    el.dealId = '51277';
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#dealId')!.value).to.equal('51277');
  });

  it('shows a locked field as locked, saying who set it', async () => {
    const caseType = reference.seed.taxonomy.caseTypes[0]!;
    const el = await fixture<EqCaseForm>(
      html`<eq-case-form
        .backend=${backend}
        deal-id="48810"
        priority="critical"
        type=${caseType.id}
        readonly-fields="deal-id priority type"
        locked-by="Maestro"
      ></eq-case-form>`,
    );
    await ready(el);
    for (const [id, control] of [
      ['dealId', '#dealId'],
      ['priority', 'fieldset.priorities'],
      ['typeId', '#typeId'],
    ] as const) {
      expect(text($(el, `#${id}-locked`)), id).to.equal('Set by Maestro');
      expect($(el, control)!.getAttribute('aria-describedby'), id).to.contain(`${id}-locked`);
    }
    expect(getComputedStyle($(el, '#dealId')!).borderTopStyle).to.equal('dashed');
    expect($(el, '#subject-locked'), 'an editable field has no note').to.equal(null);
    await expect(el).to.be.accessible();
    el.removeAttribute('locked-by');
    await el.updateComplete;
    expect(text($(el, '#dealId-locked'))).to.equal('Set by this page');
  });

  it('puts backend field errors on their fields and goes back to them', async () => {
    const failing: SupportBackend = {
      ...backend,
      createCase: () =>
        Promise.reject(
          new HttpError(400, {
            title: 'Invalid request',
            status: 400,
            errors: [{ field: 'subject', message: 'Subject refused by the backend' }],
          }),
        ),
    };
    const el = await render(failing);
    await fillDetails(el, reference);
    await next(el);
    await next(el);
    await waitUntil(() => $(el, '#subject-error'), 'the error lands on the field');
    expect(text($(el, '#subject-error'))).to.equal('Subject refused by the backend');
    expect(text($(el, '#step-title'))).to.equal('Case details');
    expect(el.shadowRoot!.activeElement?.id).to.equal('subject');
  });

  it('files exactly one case on a double click', async () => {
    const subject = `Double click ${crypto.randomUUID().slice(0, 8)}`;
    const el = await render(backend);
    await fillDetails(el, reference, subject);
    await next(el);
    const save = button(el, 'Next')!;
    save.click();
    save.click();
    save.click();
    await waitUntil(() => $(el, '[part=case-number]'), 'confirmation', { timeout: 5000 });
    expect(await countCases(reference, subject)).to.equal(1);
  });

  it('files exactly one case when a response is lost and the person retries', async () => {
    const subject = `Dropped ${crypto.randomUUID().slice(0, 8)}`;
    let calls = 0;
    const keys: string[] = [];
    const flaky: SupportBackend = {
      ...backend,
      createCase: async (input, options) => {
        calls += 1;
        keys.push(options.idempotencyKey);
        const created = await backend.createCase(input, options);
        if (calls === 1) throw new NetworkError(); // the case was filed, the answer was lost
        return created;
      },
    };
    const el = await render(flaky);
    await fillDetails(el, reference, subject);
    await next(el);
    await next(el);
    await waitUntil(() => $(el, '[part=save-error]'), 'the failure is shown');
    expect($(el, '[part=save-error]')!.textContent).to.contain('cannot be reached');
    expect($(el, '[part=save-error]')!.textContent).to.contain('Everything you entered is kept');
    // Who to turn to if it keeps failing: the person's Local Service Team, from the backend.
    expect(text($(el, '[part=save-error] [part=service-team]'))).to.equal(
      'If this keeps happening, contact your Local Service Team: Equativ Paris service team, service.paris@equativ.example, +33 1 84 88 00 00',
    );
    expect(localStorage.length).to.equal(1, 'the draft is kept after a failed save');
    button(el, 'Retry')!.click();
    await waitUntil(() => $(el, '[part=case-number]'), 'confirmation after the retry', {
      timeout: 5000,
    });
    expect(keys[0]).to.equal(keys[1]);
    expect(await countCases(reference, subject)).to.equal(1);
  });

  it('tells the person when the draft cannot be stored, and still works', async () => {
    const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!;
    Object.defineProperty(Storage.prototype, 'setItem', {
      configurable: true,
      value: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    try {
      const el = await render(backend);
      await type(el, '#subject', 'No room left');
      await waitUntil(
        () => el.shadowRoot!.textContent.includes('cannot be saved on this device'),
        'the notice that the draft cannot be stored',
        { timeout: 10_000 },
      );
      expect($<HTMLInputElement>(el, '#subject')!.value).to.equal('No room left');
      expect(button(el, 'Back'), 'no promise of a kept draft').to.exist;
      expect(button(el, 'Back — your draft is kept')).to.equal(undefined);
    } finally {
      Object.defineProperty(Storage.prototype, 'setItem', original);
    }
  });

  it('suggests help articles under the subject as it is typed', async () => {
    const el = await render(backend);
    await type(el, '#subject', 'Report task failed to load');
    const suggest = $(el, 'eq-article-suggest')!;
    await waitUntil(() => suggest.shadowRoot?.querySelector('a[href]'), 'articles are suggested', {
      timeout: 5000,
    });
    expect(
      text(suggest.shadowRoot!.querySelector('[role=region], section, h2, h3, p')),
    ).to.not.equal('');
    expect(suggest.shadowRoot!.textContent).to.contain('These articles might be helpful');
    await expect(el).to.be.accessible();
  });

  it('hints when the subject names no ID and no feature', async () => {
    const el = await render(backend);
    await type(el, '#subject', 'It does not work at all');
    $<HTMLInputElement>(el, '#subject')!.focus();
    $<HTMLInputElement>(el, '#description')!.focus();
    await el.updateComplete;
    expect($(el, '#subject-hint')).to.exist;
    await type(el, '#subject', 'Deal 12333 does not work');
    expect($(el, '#subject-hint')).to.equal(null);
  });

  it('offers to discard the draft once a suggested article solved the problem', async () => {
    const el = await render(backend);
    await type(el, '#subject', 'Report task failed to load');
    const suggest = $(el, 'eq-article-suggest')!;
    const [article] = await backend.listArticles();
    // What <eq-article-suggest> fires on "This solved my problem".
    suggest.dispatchEvent(
      new EqArticleSolvedEvent(article!, 'Report task failed to load', 1, 'suggestions'),
    );
    await el.updateComplete;
    const offer = $(el, '[part=solved-offer]')!;
    expect(text(offer)).to.contain('discard this draft instead of filing a case');
    await expect(el).to.be.accessible();
    // Keep: the offer goes, the draft stays.
    [...offer.querySelectorAll('button')].find((b) => text(b) === 'Keep')!.click();
    await el.updateComplete;
    expect($(el, '[part=solved-offer]')).to.equal(null);
    expect($<HTMLInputElement>(el, '#subject')!.value).to.equal('Report task failed to load');
    // Asked again, Discard: the draft is gone, here and in storage.
    suggest.dispatchEvent(new EqArticleSolvedEvent(article!, '', 1, 'suggestions'));
    await el.updateComplete;
    [...$(el, '[part=solved-offer]')!.querySelectorAll('button')]
      .find((b) => text(b) === 'Discard draft')!
      .click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#subject')!.value).to.equal('');
    expect($(el, '[part=solved-offer]')).to.equal(null);
    el.remove();
    const again = await render(backend);
    expect($<HTMLInputElement>(again, '#subject')!.value).to.equal('');
  });

  it('names its steps once, and says that leaving step 1 keeps the draft', async () => {
    const el = await render(backend);
    // "Create a Case" is the launcher's title (or the host's): the step says what it holds.
    expect(text($(el, '#step-title'))).to.equal('Case details');
    await type(el, '#subject', 'Deal 12333 is not delivering');
    const back = button(el, 'Back — your draft is kept')!;
    expect(back).to.exist;
    setTimeout(() => back.click());
    await oneEvent(el, 'eq-cancel');
    el.remove(); // as the launcher does on Back
    const again = await render(backend);
    expect($<HTMLInputElement>(again, '#subject')!.value).to.equal('Deal 12333 is not delivering');
    await fillDetails(again, reference);
    await next(again);
    await waitUntil(() => $(again, '#collaborators'), 'the contacts are listed', { timeout: 5000 });
    const headings = $$(again, 'h2, h3, caption').map((h) => text(h));
    expect(headings.filter((h) => h === 'Add Collaborators')).to.have.length(1);
    expect($(again, '#collaborators')!.getAttribute('aria-labelledby')).to.equal('step-title');
  });

  it("holds the subject to the contract's limit, with a count near it", async () => {
    const el = await render(backend);
    const subject = $<HTMLInputElement>(el, '#subject')!;
    const limit = TEXT_LIMITS.subject;
    expect(subject.maxLength).to.equal(limit);
    expect(NewCase.safeParse({ ...validNewCase, subject: 'x'.repeat(limit) }).success).to.equal(
      true,
    );
    const probe = { ...validNewCase, subject: 'x'.repeat(limit + 1) };
    expect(NewCase.safeParse(probe).success, 'the contract refuses one more').to.equal(false);
    await type(el, '#subject', `Deal 12333 ${'x'.repeat(100)}`);
    expect($(el, '#subject-count'), 'no count far from the limit').to.equal(null);
    await type(el, '#subject', 'x'.repeat(limit - 2));
    expect(text($(el, '#subject-count'))).to.equal(`${limit - 2} of ${limit} characters`);
    expect(subject.getAttribute('aria-describedby')).to.contain('subject-count');
    subject.focus();
    subject.setSelectionRange(limit - 2, limit - 2);
    await sendKeys({ type: 'abcdef' });
    await el.updateComplete;
    expect(subject.value, 'typing stops at the limit').to.have.length(limit);
    expect(text($(el, '#subject-count'))).to.equal(`${limit} of ${limit} characters`);
    expect($(el, '#subject-count')!.classList.contains('at-limit')).to.equal(true);
  });

  it('can be filled with the keyboard alone', async () => {
    const el = await render(backend);
    $<HTMLInputElement>(el, '#priority-blocker')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#priority-critical')!.checked).to.equal(true);
    $<HTMLInputElement>(el, '#subject')!.focus();
    await sendKeys({ type: 'Cannot access the Deals page anymore' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#subject')!.value).to.equal(
      'Cannot access the Deals page anymore',
    );
  });

  it('says what support handles in one line above the fields, the details one click away', async () => {
    const el = await render(backend);
    const summary = $(el, '[part=notes] .scope-summary')!;
    expect(summary.checkVisibility()).to.equal(true);
    expect(text(summary)).to.equal(
      'Support handles technical problems, in any language; other requests go to your Local Service Team.',
    );
    expect(summary.compareDocumentPosition($(el, '#subject')!)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const details = $<HTMLDetailsElement>(el, '[part=notes] details')!;
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.click();
    await waitUntil(() => details.open, 'the details open');
    const team = $(el, '[part=notes] [part=service-team]')!;
    expect(team.checkVisibility()).to.equal(true);
    expect(text(team)).to.equal(
      'Send such requests to your Local Service Team: Equativ Paris service team, service.paris@equativ.example, +33 1 84 88 00 00',
    );
    const links = [...team.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['mailto:service.paris@equativ.example', 'tel:+33184880000']);
    await expect(el).to.be.accessible();
  });

  it("names the host's contact when the person cannot be loaded", async () => {
    const unreachable: SupportBackend = {
      ...backend,
      getMe: () => Promise.reject(new NetworkError()),
    };
    const provider = await fixture<EqSupportProvider>(
      html`<eq-support-provider .backend=${unreachable} service-team="your Maestro account manager"
        ><eq-case-form></eq-case-form
      ></eq-support-provider>`,
    );
    const el = provider.querySelector<EqCaseForm>('eq-case-form')!;
    await waitUntil(() => $(el, '[part=service-team]'), 'the failure names a contact');
    expect(text($(el, '[part=service-team]'))).to.equal(
      'If this keeps happening, contact your Local Service Team: your Maestro account manager',
    );
    // Without the host's text and without a team from the backend: the guide's own words.
    provider.removeAttribute('service-team');
    await provider.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(text($(el, '[part=service-team]'))).to.equal(
      'If this keeps happening, contact your Local Service Team for assistance.',
    );
  });

  it('shows a clear error when the taxonomy cannot be loaded, and retries', async () => {
    let fail = true;
    const flaky: SupportBackend = {
      ...backend,
      getTaxonomy: (options) =>
        fail ? Promise.reject(new NetworkError()) : backend.getTaxonomy(options),
    };
    const el = await fixture<EqCaseForm>(html`<eq-case-form .backend=${flaky}></eq-case-form>`);
    await waitUntil(() => el.shadowRoot!.textContent.includes('could not be loaded'));
    await expect(el).to.be.accessible();
    expect(text($(el, '[part=service-team]'))).to.contain(
      'contact your Local Service Team: Equativ Paris',
    );
    fail = false;
    button(el, 'Retry')!.click();
    await ready(el);
  });
});
