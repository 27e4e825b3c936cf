/**
 * <eq-case-view> against the in-browser reference backend: details and history, every action's
 * success and failure, texts kept on failure and restored, the survey once, events, tenancy.
 */
import { allows, type CaseAction } from '../../src/api/case-rules.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { IdempotentOptions } from '../../src/api/backend.js';
import { HttpError } from '../../src/api/errors.js';
import { CASE_STATUSES, type Case } from '../../src/api/schemas.js';
import type { EqCaseView } from '../../src/components/case-view/case-view.js';
import type { EqFileDrop } from '../../src/components/shared/file-drop.js';
import type {
  EqAttachmentAddedEvent,
  EqCaseClosedEvent,
  EqCaseReopenedEvent,
  EqConcernRaisedEvent,
  EqMessageSentEvent,
  EqSurveyAnsweredEvent,
} from '../../src/events/case-action-events.js';
import type { EqCaseBackEvent } from '../../src/events/case-back-event.js';
import { runConfigSuite } from '../context/config.suite.js';
import { caseViewDraftKey, clearStoredData, DRAFT_MAX_AGE_DAYS } from '../../src/storage.js';
import { networkDown, reference, spyBackend, until, type BackendCalls } from './case-fixtures.js';
import '../../src/components/case-view/case-view.js';

const root = (el: EqCaseView) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: EqCaseView, selector: string) =>
  root(el).querySelector<T>(selector);
const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const buttonNamed = (scope: Element | ShadowRoot, label: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label);
const active = (el: EqCaseView) => root(el).activeElement;
const callsTo = (calls: BackendCalls, method: string) => calls.filter((c) => c.method === method);

function type(el: EqCaseView, selector: string, value: string): void {
  const control = $<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
}
function check(el: EqCaseView, selector: string): void {
  const input = $<HTMLInputElement>(el, selector)!;
  input.click();
}
function chooseOption(el: EqCaseView, selector: string, value: string): void {
  const control = $<HTMLSelectElement>(el, selector)!;
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}
/** Submits the form that holds `selector`. */
function submit(el: EqCaseView, selector: string): void {
  $<HTMLElement>(el, selector)!.closest('form')!.requestSubmit();
}
const alertOf = (el: EqCaseView, selector: string) =>
  text($<HTMLElement>(el, selector)?.closest('form')?.querySelector('[role=alert]'));

async function viewOf(
  caseId: string,
  token = 'demo-user-1',
  failing: Parameters<typeof spyBackend>[1] = {},
) {
  const ref = await reference();
  const spy = spyBackend(ref.client(token), failing);
  const el = await fixture<EqCaseView>(
    html`<eq-case-view case-id=${caseId} show-back .backend=${spy.backend}></eq-case-view>`,
  );
  return { ref, el, ...spy };
}
const loaded = async (el: EqCaseView) => {
  // The case, the labels of the taxonomy and the person (time zone, phone) load side by side.
  await until(() => el.case && el.taxonomy && el.user, 'the case is shown');
  await el.updateComplete;
};
async function recreate(el: EqCaseView, backend: unknown): Promise<EqCaseView> {
  const caseId = el.caseId;
  el.remove();
  const again = await fixture<EqCaseView>(
    html`<eq-case-view case-id=${caseId} .backend=${backend}></eq-case-view>`,
  );
  await loaded(again);
  return again;
}
const keyOf = (call: { args: unknown[] }) => (call.args[2] as IdempotentOptions).idempotencyKey;
/** The stored unsent texts on a case (of whoever is signed in: drafts are kept per person). */
const drafts = (caseId: string) => {
  const key = Object.keys(sessionStorage).find(
    (name) => name.startsWith('eq-support:case-drafts:') && name.endsWith(`:${caseId}`),
  );
  return JSON.parse((key && sessionStorage.getItem(key)) ?? '{}') as Record<
    string,
    { key: string; fields: Record<string, string> }
  >;
};

describe('<eq-case-view>', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows every detail of the case with labels from the taxonomy, in the person’s time zone', async () => {
    const { el } = await viewOf('case-00010014');
    await loaded(el);
    const kase = el.case!;
    expect(text($(el, '.number'))).to.equal('Case 00010014');
    expect(text($(el, '#case-title'))).to.equal('Deal ID 12333 — no delivery for last 24 hours');
    expect(text($(el, '.badges'))).to.contain('Waiting for your reply');
    expect(text($(el, '.badges'))).to.contain('Priority: Critical');
    const details = text($(el, '.details'));
    for (const expected of [
      'Case number 00010014',
      'Status Waiting for your reply',
      'Priority Critical (fixed once the case is saved)',
      'Type Programmatic',
      'Deal ID 12333',
      'Camille Laurent camille.laurent@acme.example +33 1 84 88 12 40',
    ])
      expect(details).to.contain(expected);
    const created = new Intl.DateTimeFormat('en', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Paris',
    }).format(new Date(kase.createdAt));
    expect(details).to.contain(`Created ${created}`);
    expect(text(root(el))).to.contain('Times are shown in the Europe/Paris time zone.');
    expect(details).to.contain('Collaborators');
    expect(text($(el, '[aria-labelledby=description-title]'))).to.contain(
      'Private marketplace deal 12333',
    );

    const link = $<HTMLAnchorElement>(el, '[part=attachments] a')!;
    expect(link.textContent).to.equal('deal-12333-hourly-last-48h.csv');
    expect(link.getAttribute('download')).to.equal('deal-12333-hourly-last-48h.csv');
    expect(link.href).to.contain('/api/attachments/');
    expect(text(link.parentElement)).to.match(/\d+ bytes/);

    // History: newest last, support and customer messages told apart, reply box at the end.
    const events = [...root(el).querySelectorAll('.history > li')];
    expect(events).to.have.length(kase.history.length);
    expect(text(events[0])).to.contain('Case created.');
    expect(text(events.at(-1))).to.contain(
      'Status changed from In progress to Waiting for your reply.',
    );
    const support = root(el).querySelector('.event.message.support')!;
    expect(text(support)).to.contain('Julien Mercier Support');
    const main = $(el, '.main')!;
    expect(main.lastElementChild!.matches('form.reply')).to.equal(true);
    expect(text($(el, '#reply-title'))).to.equal('Add a message');
    await expect(el).to.be.accessible();
  });

  it('tells that another organization’s case cannot be shown', async () => {
    const { el } = await viewOf('case-00010014', 'demo-user-3');
    await until(() => $(el, '[part=error]'), 'the error');
    const error = $(el, '[part=error]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('This case cannot be shown');
    expect(text(error)).to.contain('not found, or it belongs to another organization');
    expect(buttonNamed(error, 'Try again')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('fires eq-case-back from Back to My Cases', async () => {
    const { el } = await viewOf('case-00010014');
    await loaded(el);
    const back = oneEvent(el, 'eq-case-back');
    $<HTMLButtonElement>(el, '#back')!.click();
    const event = (await back) as unknown as EqCaseBackEvent;
    expect(event.caseId).to.equal('case-00010014');
    expect(event.bubbles && event.composed).to.equal(true);
  });

  describe('unsent texts are the person’s own', () => {
    const messageOf = (el: EqCaseView) => $<HTMLTextAreaElement>(el, '#reply-message')!.value;

    it('another person signed in on the same tab sees none; clearStoredData removes them', async () => {
      const first = await viewOf('case-00010014');
      await loaded(first.el);
      const camille = first.el.user!.id;
      type(first.el, '#reply-message', 'Only for Camille: phone +33 1 23 45 67 89');
      first.el.remove();

      // Jordan, same organization, same tab: the case is theirs to see, the text is not.
      const second = await viewOf('case-00010014', 'demo-user-2');
      await loaded(second.el);
      expect(second.el.user!.id).not.to.equal(camille);
      expect(messageOf(second.el)).to.equal('');
      second.el.remove();

      const again = await viewOf('case-00010014');
      await loaded(again.el);
      expect(messageOf(again.el)).to.equal('Only for Camille: phone +33 1 23 45 67 89');
      again.el.remove();

      // Sign-out: the host clears what was stored for Camille.
      expect(clearStoredData({ userId: camille })).to.equal(1);
      expect(drafts('case-00010014')).to.deep.equal({});
      const after = await viewOf('case-00010014');
      await loaded(after.el);
      expect(messageOf(after.el)).to.equal('');
    });

    it(`drops a text older than ${DRAFT_MAX_AGE_DAYS} days`, async () => {
      const probe = await viewOf('case-00010014');
      await loaded(probe.el);
      const userId = probe.el.user!.id;
      probe.el.remove();
      const key = caseViewDraftKey(userId, 'case-00010014');
      const day = 24 * 60 * 60 * 1000;
      const stored = (age: number) =>
        JSON.stringify({
          message: { key: 'k', fields: { message: 'old text' }, savedAt: Date.now() - age },
        });
      sessionStorage.setItem(key, stored((DRAFT_MAX_AGE_DAYS - 1) * day));
      const fresh = await viewOf('case-00010014');
      await loaded(fresh.el);
      expect(messageOf(fresh.el)).to.equal('old text');
      fresh.el.remove();
      sessionStorage.setItem(key, stored((DRAFT_MAX_AGE_DAYS + 1) * day));
      const stale = await viewOf('case-00010014');
      await loaded(stale.el);
      expect(messageOf(stale.el)).to.equal('');
    });
  });

  describe('Add a message', () => {
    it('sends the message, shows it last in the history and fires eq-message-sent', async () => {
      const { el, calls } = await viewOf('case-00010014');
      await loaded(el);
      type(el, '#reply-message', 'Done: bids are back since 10:12.');
      expect(drafts('case-00010014').message?.fields.message).to.equal(
        'Done: bids are back since 10:12.',
      );
      const sent = oneEvent(el, 'eq-message-sent');
      submit(el, '#reply-message');
      await el.updateComplete;
      expect(text(buttonNamed(root(el), 'Sending…'))).to.equal('Sending…');
      const event = (await sent) as unknown as EqMessageSentEvent;
      expect(event.case.status).to.equal('in_progress');
      await el.updateComplete;
      const messages = [...root(el).querySelectorAll('.event.message.customer')];
      expect(text(messages.at(-1))).to.contain('Done: bids are back since 10:12.');
      expect($<HTMLTextAreaElement>(el, '#reply-message')!.value).to.equal('');
      expect(text($(el, '[part=notice]'))).to.equal('Your message was sent.');
      expect(text($(el, '.badges'))).to.contain('In progress');
      expect(drafts('case-00010014').message).to.equal(undefined);
      expect(keyOf(callsTo(calls, 'addMessage')[0]!)).to.be.a('string');
    });

    it('shows web addresses in messages as safe links', async () => {
      const { el } = await viewOf('case-00010014');
      await loaded(el);
      type(el, '#reply-message', 'Log: https://status.example.com/runs/7. Not javascript:alert(1)');
      const sent = oneEvent(el, 'eq-message-sent');
      submit(el, '#reply-message');
      await sent;
      await el.updateComplete;
      const message = [...root(el).querySelectorAll('.event.message.customer')].at(-1)!;
      const links = [...message.querySelectorAll<HTMLAnchorElement>('a[part=message-link]')];
      expect(links.map((a) => [a.getAttribute('href'), a.rel, a.target])).to.deep.equal([
        ['https://status.example.com/runs/7', 'noopener noreferrer', '_blank'],
      ]);
      expect(text(message)).to.contain('Not javascript:alert(1)');
    });

    it('asks for a message next to the field and moves focus there', async () => {
      const { el, calls } = await viewOf('case-00010014');
      await loaded(el);
      submit(el, '#reply-message');
      await el.updateComplete;
      await until(() => active(el)?.id === 'reply-message', 'focus on the message');
      const field = $(el, '#reply-message')!;
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, '#reply-message-error'))).to.equal('Write a message');
      expect(field.getAttribute('aria-describedby')).to.contain('reply-message-error');
      expect(callsTo(calls, 'addMessage')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('keeps the text when sending fails, restores it in a new view, and retries with the same key', async () => {
      const { el, calls, backend, failing } = await viewOf('case-00010014', 'demo-user-1', {
        addMessage: networkDown,
      });
      await loaded(el);
      type(el, '#reply-message', 'Here is the auction log you asked for.');
      submit(el, '#reply-message');
      await until(() => alertOf(el, '#reply-message'), 'the error');
      expect(alertOf(el, '#reply-message')).to.contain('The support service cannot be reached.');
      expect($<HTMLTextAreaElement>(el, '#reply-message')!.value).to.equal(
        'Here is the auction log you asked for.',
      );
      const stored = drafts('case-00010014').message!;
      expect(stored.fields.message).to.equal('Here is the auction log you asked for.');
      expect(stored.key).to.equal(keyOf(callsTo(calls, 'addMessage')[0]!));

      // The view is closed and opened again: the text is still there.
      const again = await recreate(el, backend);
      expect($<HTMLTextAreaElement>(again, '#reply-message')!.value).to.equal(
        'Here is the auction log you asked for.',
      );
      expect(text(root(again).querySelector('.draft-note'))).to.contain(
        'Your unsent text was restored.',
      );
      delete failing.addMessage;
      const sent = oneEvent(again, 'eq-message-sent');
      submit(again, '#reply-message');
      await sent;
      const keys = callsTo(calls, 'addMessage').map(keyOf);
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
      expect(drafts('case-00010014').message).to.equal(undefined);
    });

    it('shows the backend’s field errors next to the fields', async () => {
      const { el } = await viewOf('case-00010014', 'demo-user-1', {
        addMessage: () =>
          new HttpError(400, {
            title: 'Invalid request',
            detail: 'Some fields need attention.',
            errors: [{ field: 'body', message: 'Keep it under 10001 characters' }],
          }),
      });
      await loaded(el);
      type(el, '#reply-message', 'x');
      submit(el, '#reply-message');
      await until(() => $(el, '#reply-message-error'), 'the field error');
      expect(text($(el, '#reply-message-error'))).to.equal('Keep it under 10001 characters');
      await until(() => active(el)?.id === 'reply-message', 'focus on the message');
    });

    it('discards the text on request', async () => {
      const { el } = await viewOf('case-00010014');
      await loaded(el);
      type(el, '#reply-message', 'Never mind.');
      await el.updateComplete;
      buttonNamed(root(el), 'Discard')!.click();
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#reply-message')!.value).to.equal('');
      expect(drafts('case-00010014').message).to.equal(undefined);
    });
  });

  describe('Request priority change', () => {
    it('explains the rule and sends a message with the wanted priority and a justification', async () => {
      const { el, calls } = await viewOf('case-00010014');
      await loaded(el);
      expect(text($(el, '#priority-rule'))).to.contain(
        'The priority cannot be changed once the case is saved',
      );
      $<HTMLButtonElement>(el, '#action-priority')!.click();
      await until(() => active(el)?.id === 'reply-priority', 'focus on the priority');
      const options = [...$<HTMLSelectElement>(el, '#reply-priority')!.options].map((o) => o.value);
      expect(options).to.deep.equal(['', 'blocker', 'medium', 'low']);
      type(el, '#reply-message', 'All deals of the seat stopped, please raise it.');
      chooseOption(el, '#reply-priority', 'blocker');
      submit(el, '#reply-message');
      await until(() => active(el)?.id === 'reply-justification', 'a justification is required');
      expect(text($(el, '#reply-justification-error'))).to.equal(
        'Explain why the priority should change',
      );
      type(el, '#reply-justification', 'Every deal of buyer seat 881 stopped delivering.');
      const sent = oneEvent(el, 'eq-message-sent');
      submit(el, '#reply-message');
      const event = (await sent) as unknown as EqMessageSentEvent;
      expect(callsTo(calls, 'addMessage')[0]!.args[1]).to.deep.equal({
        body: 'All deals of the seat stopped, please raise it.',
        priorityChange: {
          requested: 'blocker',
          justification: 'Every deal of buyer seat 881 stopped delivering.',
        },
      });
      expect(event.case.priority).to.equal('critical');
      await el.updateComplete;
      expect(text(root(el).querySelector('.event.priority'))).to.contain(
        'Priority change requested from Critical to Blocker.',
      );
      expect(text($(el, '[part=notice]'))).to.contain('priority change request were sent');
    });

    it('on a resolved case, opens Reopen Case with the priority request', async () => {
      const { el, calls } = await viewOf('case-00010005');
      await loaded(el);
      $<HTMLButtonElement>(el, '#action-priority')!.click();
      await until(() => active(el)?.id === 'reopen-priority', 'focus on the priority');
      expect(text($(el, '#panel-title'))).to.equal('Reopen Case');
      type(el, '#reopen-message', 'The insertion is behind again.');
      chooseOption(el, '#reopen-priority', 'critical');
      type(el, '#reopen-justification', 'The campaign ends in 2 days.');
      const reopened = oneEvent(el, 'eq-case-reopened');
      submit(el, '#reopen-message');
      await reopened;
      expect(callsTo(calls, 'reopenCase')[0]!.args[1]).to.deep.equal({
        message: 'The insertion is behind again.',
        priorityChange: { requested: 'critical', justification: 'The campaign ends in 2 days.' },
      });
    });
  });

  describe('Reopen Case', () => {
    it('explains that a closed case must be reopened, and reopens it with Your message and Confirm', async () => {
      const { el } = await viewOf('case-00010004');
      await loaded(el);
      expect($(el, 'form.reply')).to.not.exist;
      expect(text($(el, '.reply-closed'))).to.contain(
        'This case is closed. To add a message, reopen the case.',
      );
      expect($(el, '#action-close')).to.not.exist;
      $<HTMLButtonElement>(el, '#action-reopen')!.click();
      await until(() => active(el)?.id === 'reopen-message', 'focus on Your message');
      expect(text(root(el).querySelector('label[for=reopen-message]'))).to.equal('Your message');
      await expect(el).to.be.accessible();
      buttonNamed($(el, '#panel')!, 'Confirm')!.click();
      await until(() => $(el, '#reopen-message-error'), 'Your message is required');
      expect(text($(el, '#reopen-message-error'))).to.equal(
        'Write a message explaining why the case is reopened',
      );
      type(el, '#reopen-message', 'The preview is blank again since the last release.');
      const reopened = oneEvent(el, 'eq-case-reopened');
      buttonNamed($(el, '#panel')!, 'Confirm')!.click();
      const event = (await reopened) as unknown as EqCaseReopenedEvent;
      expect(event.case.status).to.equal('in_progress');
      await el.updateComplete;
      expect($(el, '#panel')).to.not.exist;
      expect($(el, 'form.reply')).to.exist;
      expect(text($(el, '[part=notice]'))).to.equal('The case was reopened.');
      expect(text($(el, '.badges'))).to.contain('In progress');
      await until(() => active(el)?.id === 'case-title', 'focus on the case');
    });

    it('keeps Your message when reopening fails, and opens the form with it in a new view', async () => {
      const { el, backend, failing, calls } = await viewOf('case-00010004', 'demo-user-1', {
        reopenCase: () =>
          new HttpError(409, {
            title: 'Case is open',
            detail: 'Only a resolved or closed case can be reopened. Add a message instead.',
          }),
      });
      await loaded(el);
      $<HTMLButtonElement>(el, '#action-reopen')!.click();
      await el.updateComplete;
      type(el, '#reopen-message', 'Still broken in Safari 18.');
      buttonNamed($(el, '#panel')!, 'Confirm')!.click();
      await until(() => alertOf(el, '#reopen-message'), 'the error');
      expect(alertOf(el, '#reopen-message')).to.contain(
        'Only a resolved or closed case can be reopened.',
      );
      const again = await recreate(el, backend);
      expect(text($(again, '#panel-title'))).to.equal('Reopen Case');
      expect($<HTMLTextAreaElement>(again, '#reopen-message')!.value).to.equal(
        'Still broken in Safari 18.',
      );
      delete failing.reopenCase;
      const reopened = oneEvent(again, 'eq-case-reopened');
      buttonNamed($(again, '#panel')!, 'Confirm')!.click();
      await reopened;
      const keys = callsTo(calls, 'reopenCase').map(keyOf);
      expect(keys[1]).to.equal(keys[0]);
      expect(drafts('case-00010004').reopen).to.equal(undefined);
    });
  });

  describe('Close Case', () => {
    it('asks for a reason from the guide’s list and confirms', async () => {
      const { el, calls } = await viewOf('case-00010010');
      await loaded(el);
      expect($(el, '#action-reopen')).to.not.exist;
      $<HTMLButtonElement>(el, '#action-close')!.click();
      await el.updateComplete;
      const reasons = [...root(el).querySelectorAll('#panel .choice label')].map(text);
      expect(reasons).to.deep.equal([
        'Resolution reached',
        'Issue not caused by an Equativ solution',
        'Outside the support scope',
        'No longer an issue',
        'Working as designed',
      ]);
      buttonNamed($(el, '#panel')!, 'Confirm')!.click();
      await until(() => active(el)?.id === 'close-reason-0', 'focus on the reasons');
      expect(text($(el, '#close-reason-0-error'))).to.equal('Choose why the case can be closed');
      await expect(el).to.be.accessible();
      check(el, '#close-reason-3');
      const closed = oneEvent(el, 'eq-case-closed');
      buttonNamed($(el, '#panel')!, 'Confirm')!.click();
      const event = (await closed) as unknown as EqCaseClosedEvent;
      expect(event.reason).to.equal('no_longer_an_issue');
      expect(event.case.status).to.equal('closed');
      expect(callsTo(calls, 'closeCase')[0]!.args[1]).to.deep.equal({
        reason: 'no_longer_an_issue',
      });
      await el.updateComplete;
      expect(text($(el, '.details'))).to.contain('Close reason No longer an issue');
      expect(text($(el, '[part=notice]'))).to.equal('The case was closed.');
      expect($(el, '#action-reopen')).to.exist;
    });

    it('shows why closing failed and keeps the chosen reason', async () => {
      const { el, failing } = await viewOf('case-00010010', 'demo-user-1', {
        closeCase: networkDown,
      });
      await loaded(el);
      $<HTMLButtonElement>(el, '#action-close')!.click();
      await el.updateComplete;
      check(el, '#close-reason-0');
      buttonNamed($(el, '#panel')!, 'Confirm')!.click();
      await until(() => alertOf(el, '#close-reason-0'), 'the error');
      expect(alertOf(el, '#close-reason-0')).to.contain('cannot be reached');
      expect($<HTMLInputElement>(el, '#close-reason-0')!.checked).to.equal(true);
      delete failing.closeCase;
      const closed = oneEvent(el, 'eq-case-closed');
      buttonNamed($(el, '#panel')!, 'Confirm')!.click();
      await closed;
    });
  });

  describe('Raise a Case Concern', () => {
    it('validates the phone number, then raises the concern and shows when', async () => {
      const { el, calls } = await viewOf('case-00010014');
      await loaded(el);
      $<HTMLButtonElement>(el, '#action-concern')!.click();
      await until(() => active(el)?.id === 'concern-phone', 'focus on Phone number');
      expect(text($(el, '#panel-title'))).to.equal('Raise a Case Concern');
      expect($<HTMLInputElement>(el, '#concern-phone')!.value).to.equal('+33 1 84 88 12 40');
      expect(text(root(el).querySelector('label[for=concern-phone]'))).to.equal('Phone number');
      expect(text(root(el).querySelector('#panel legend'))).to.equal('Category');
      expect(text(root(el).querySelector('label[for=concern-description]'))).to.equal(
        'Description',
      );
      const categories = [...root(el).querySelectorAll('#panel .choice')].map((c) =>
        text(c.querySelector('label')),
      );
      expect(categories).to.deep.equal([
        'Lack of Reply/Attention',
        'Lack of Resolution',
        'Repetitive Tasks',
        'Unclear Resolution',
        'Wrong Reply',
        'Other',
      ]);
      expect(text(root(el).querySelector('#concern-category-0-help'))).to.contain(
        "hasn't received any reply",
      );
      type(el, '#concern-phone', '12');
      buttonNamed($(el, '#panel')!, 'Submit')!.click();
      await until(() => $(el, '#concern-phone-error'), 'the phone error');
      expect(text($(el, '#concern-phone-error'))).to.contain('6 to 20 digits');
      expect(text($(el, '#concern-category-0-error'))).to.equal('Choose a concern category');
      expect(text($(el, '#concern-description-error'))).to.equal('Describe your concern');
      await until(() => active(el)?.id === 'concern-phone', 'focus on the first invalid field');
      await expect(el).to.be.accessible();
      expect(callsTo(calls, 'raiseConcern')).to.have.length(0);

      type(el, '#concern-phone', '+33 6 12 34 56 78');
      check(el, '#concern-category-1');
      type(el, '#concern-description', 'Three days without a usable answer.');
      const raised = oneEvent(el, 'eq-concern-raised');
      buttonNamed($(el, '#panel')!, 'Submit')!.click();
      const event = (await raised) as unknown as EqConcernRaisedEvent;
      expect(event.concern).to.deep.include({
        category: 'lack_of_resolution',
        phone: '+33 6 12 34 56 78',
        description: 'Three days without a usable answer.',
      });
      await el.updateComplete;
      const when = new Intl.DateTimeFormat('en', {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Europe/Paris',
      }).format(new Date(event.concern!.createdAt));
      expect(text($(el, '[part=concern-notice]'))).to.equal(
        `A case concern was raised on ${when} (Lack of Resolution). The case owner's manager was notified.`,
      );
      expect(text(root(el).querySelector('.event.concern'))).to.contain(
        'Case concern raised: Lack of Resolution.',
      );
      expect($(el, '#panel')).to.not.exist;
    });

    it('keeps the concern when raising it fails, also in a new view', async () => {
      const { el, backend, failing } = await viewOf('case-00010014', 'demo-user-1', {
        raiseConcern: networkDown,
      });
      await loaded(el);
      $<HTMLButtonElement>(el, '#action-concern')!.click();
      await el.updateComplete;
      check(el, '#concern-category-4');
      type(el, '#concern-description', 'The answer was about another deal.');
      buttonNamed($(el, '#panel')!, 'Submit')!.click();
      await until(() => alertOf(el, '#concern-description'), 'the error');
      const again = await recreate(el, backend);
      expect(text($(again, '#panel-title'))).to.equal('Raise a Case Concern');
      expect($<HTMLTextAreaElement>(again, '#concern-description')!.value).to.equal(
        'The answer was about another deal.',
      );
      expect($<HTMLInputElement>(again, '#concern-category-4')!.checked).to.equal(true);
      delete failing.raiseConcern;
      const raised = oneEvent(again, 'eq-concern-raised');
      buttonNamed($(again, '#panel')!, 'Submit')!.click();
      await raised;
      expect(drafts('case-00010014').concern).to.equal(undefined);
    });
  });

  describe('Satisfaction survey', () => {
    it('asks a resolved case for a 1–5 rating once, then thanks with the rating', async () => {
      const { el, calls } = await viewOf('case-00010005');
      await loaded(el);
      const survey = $(el, '[part=survey]')!;
      expect(text(survey.querySelector('legend'))).to.equal('Your rating');
      expect(survey.querySelectorAll('input[type=radio]')).to.have.length(5);
      await expect(el).to.be.accessible();
      buttonNamed(survey, 'Send rating')!.click();
      await until(() => $(el, '#survey-rating-1-error'), 'a rating is required');
      check(el, '#survey-rating-4');
      type(el, '#survey-comment', 'Clear explanation.');
      const answered = oneEvent(el, 'eq-survey-answered');
      buttonNamed($(el, '[part=survey]')!, 'Send rating')!.click();
      const event = (await answered) as unknown as EqSurveyAnsweredEvent;
      expect(event.survey).to.deep.include({ rating: 4, comment: 'Clear explanation.' });
      await el.updateComplete;
      const done = $(el, '[part=survey]')!;
      expect(text(done)).to.contain('Thank you for your feedback.');
      expect(text(done)).to.contain('Your rating: 4 out of 5 (Satisfied).');
      expect(done.querySelector('form')).to.not.exist;
      expect(callsTo(calls, 'answerSurvey')).to.have.length(1);
      // Once per case: the backend refuses a second answer.
      let refused: unknown;
      await el
        .backend!.answerSurvey('case-00010005', { rating: 1 })
        .catch((e: unknown) => (refused = e));
      expect((refused as HttpError).status).to.equal(409);
    });

    it('shows the given rating of a case already rated, and nothing on an open case', async () => {
      const { el } = await viewOf('case-00010009');
      await loaded(el);
      expect(text($(el, '[part=survey]'))).to.contain('Your rating: 5 out of 5 (Very satisfied).');
      expect($(el, '[part=survey] form')).to.not.exist;
      el.caseId = 'case-00010014';
      await until(() => el.case?.id === 'case-00010014', 'the other case');
      await el.updateComplete;
      expect($(el, '[part=survey]')).to.not.exist;
    });

    it('keeps the rating when sending fails', async () => {
      const { el } = await viewOf('case-00010005', 'demo-user-1', { answerSurvey: networkDown });
      await loaded(el);
      check(el, '#survey-rating-2');
      buttonNamed($(el, '[part=survey]')!, 'Send rating')!.click();
      await until(() => alertOf(el, '#survey-rating-2'), 'the error');
      expect(alertOf(el, '#survey-rating-2')).to.contain('cannot be reached');
      expect($<HTMLInputElement>(el, '#survey-rating-2')!.checked).to.equal(true);
    });
  });

  describe('Manage File Attachments', () => {
    it('uploads files with progress and lists them; eq-attachment-added', async () => {
      const { el } = await viewOf('case-00010014');
      await loaded(el);
      $<HTMLButtonElement>(el, '#action-attachments')!.click();
      await el.updateComplete;
      await customElements.whenDefined('eq-file-drop'); // loaded when the panel is wanted
      expect(text($(el, '#panel-title'))).to.equal('Manage File Attachments');
      const drop = $<EqFileDrop>(el, 'eq-file-drop')!;
      await expect(el).to.be.accessible();
      const added = oneEvent(el, 'eq-attachment-added');
      drop.addFiles([new File(['time,bids\n10:00,0\n'], 'auction-log.csv', { type: 'text/csv' })]);
      const event = (await added) as unknown as EqAttachmentAddedEvent;
      expect(event.attachment.name).to.equal('auction-log.csv');
      await el.updateComplete;
      const names = [...root(el).querySelectorAll('[part=attachments] a')].map(
        (a) => a.textContent,
      );
      expect(names).to.include('auction-log.csv');
      expect(text($(el, '[part=notice]'))).to.equal('auction-log.csv was added to the case.');
      await until(
        () => drop.shadowRoot!.querySelector('li')?.getAttribute('data-state') === 'done',
        'the file shows as uploaded',
      );
    });

    it('shows why an upload failed, and refuses disallowed files like the form', async () => {
      const { el } = await viewOf('case-00010014', 'demo-user-1', {
        addCaseAttachment: networkDown,
      });
      await loaded(el);
      $<HTMLButtonElement>(el, '#action-attachments')!.click();
      await el.updateComplete;
      await customElements.whenDefined('eq-file-drop'); // loaded when the panel is wanted
      const drop = $<EqFileDrop>(el, 'eq-file-drop')!;
      drop.addFiles([
        new File(['x'], 'log.txt', { type: 'text/plain' }),
        new File(['MZ'], 'tool.exe', { type: 'application/octet-stream' }),
      ]);
      await until(
        () => drop.shadowRoot!.querySelector('li[data-state=failed]'),
        'the failed upload',
      );
      const items = [...drop.shadowRoot!.querySelectorAll('li')].map(text);
      expect(items[0]).to.contain('cannot be reached');
      expect(items[1]).to.contain('cannot be attached');
    });

    for (const [status, caseId] of [
      ['closed', 'case-00010004'],
      ['resolved', 'case-00010009'],
    ]) {
      it(`is not offered on a ${status} case: reopen it first`, async () => {
        const { el } = await viewOf(caseId!);
        await loaded(el);
        expect($(el, '#action-attachments')).to.not.exist;
        expect(text($(el, '[part=attachments]'))).to.contain('To add files, reopen the case.');
      });
    }
  });

  for (const status of CASE_STATUSES) {
    it(`offers on a ${status} case exactly the actions the backend allows`, async () => {
      const ref = await reference();
      await ref.store.updateCase('org-acme', 'case-00010014', ({ case: kase }) => ({
        ...kase,
        status,
      }));
      const el = await fixture<EqCaseView>(
        html`<eq-case-view case-id="case-00010014" .backend=${ref.client()}></eq-case-view>`,
      );
      await loaded(el);
      const offered = {
        message: Boolean($(el, '#action-message')),
        attach: Boolean($(el, '#action-attachments')),
        reopen: Boolean($(el, '#action-reopen')),
        close: Boolean($(el, '#action-close')),
        concern: Boolean($(el, '#action-concern')),
        survey: Boolean($(el, '[part~=survey]')),
      };
      const rules = Object.fromEntries(
        Object.keys(offered).map((action) => [action, allows(status, action as CaseAction)]),
      );
      expect(offered).to.deep.equal(rules);
    });
  }

  it('reloads the case when the page becomes visible again, keeping typed text', async () => {
    const { ref, el, calls } = await viewOf('case-00010014');
    await loaded(el);
    type(el, '#reply-message', 'Half-written');
    await ref.client('demo-user-2').addMessage('case-00010014', { body: 'Jordan here.' });
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => callsTo(calls, 'getCase').length === 2, 'a reload');
    await until(() => text($(el, '.history')).includes('Jordan here.'), 'the new message');
    expect($<HTMLTextAreaElement>(el, '#reply-message')!.value).to.equal('Half-written');
  });

  it('applies the case after an action to what it shows (events carry the updated Case)', async () => {
    const { el } = await viewOf('case-00010014');
    await loaded(el);
    const events: Case[] = [];
    el.addEventListener('eq-message-sent', (e) => events.push(e.case));
    type(el, '#reply-message', 'Thanks');
    submit(el, '#reply-message');
    await until(() => events.length === 1, 'the event');
    expect(events[0]).to.equal(el.case);
  });
});

runConfigSuite('eq-case-view');
