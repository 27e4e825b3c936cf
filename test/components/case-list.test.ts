/**
 * <eq-case-list> against the in-browser reference backend: filters in attributes, search, sort,
 * cursor pagination, the waiting highlight, 10,000 cases, empty and error states, opening a case.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CaseListParams, SupportBackend } from '../../src/api/backend.js';
import type { EqCaseList } from '../../src/components/case-list/case-list.js';
import type { EqCaseView } from '../../src/components/case-view/case-view.js';
import type { EqCaseFilterChangeEvent } from '../../src/events/case-filter-change-event.js';
import type { EqCaseOpenEvent } from '../../src/events/case-open-event.js';
import type { EqMessageSentEvent } from '../../src/events/case-action-events.js';
import { createInBrowserBackend } from '../../demo/server/in-browser.js';
import { buildSeed } from '../../demo/server/seed/index.js';
import { runConfigSuite } from '../context/config.suite.js';
import {
  addCases,
  networkDown,
  reference,
  spyBackend,
  until,
  type BackendCalls,
} from './case-fixtures.js';
import '../../src/components/case-list/case-list.js';

const root = (el: EqCaseList) => el.shadowRoot!;
const rows = (el: EqCaseList) => [...root(el).querySelectorAll<HTMLButtonElement>('button.row')];
const numbers = (el: EqCaseList) => rows(el).map((r) => r.querySelector('.number')!.textContent);
const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const listCalls = (calls: BackendCalls) =>
  calls.filter((c) => c.method === 'listCases').map((c) => c.args[0] as CaseListParams);
const buttonNamed = (el: Element | ShadowRoot, label: string) =>
  [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label);
const select = (el: EqCaseList, id: string) => root(el).querySelector<HTMLSelectElement>(`#${id}`)!;
function choose(el: EqCaseList, id: string, value: string): void {
  const control = select(el, id);
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}
const loaded = (el: EqCaseList) => until(() => rows(el).length > 0, 'the cases are shown');
const twoFrames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function listFor(token = 'demo-user-1', attributes = '') {
  const ref = await reference();
  const spy = spyBackend(ref.client(token));
  const el = await fixture<EqCaseList>(html`<eq-case-list .backend=${spy.backend}></eq-case-list>`);
  if (attributes) {
    for (const [name, value] of new URLSearchParams(attributes)) el.setAttribute(name, value);
  }
  return { ref, el, ...spy };
}

describe('<eq-case-list>', () => {
  it('shows each case with its number, subject, status, priority and last change; waiting cases stand out', async () => {
    const { el } = await listFor();
    await loaded(el);
    expect(text(root(el).querySelector('h2'))).to.equal('My Cases');
    expect(numbers(el)).to.deep.equal([
      '00010016',
      '00010014',
      '00010010',
      '00010009',
      '00010007',
      '00010004',
    ]);
    const waiting = rows(el).find((r) => r.dataset.caseId === 'case-00010014')!;
    expect(text(waiting)).to.contain('Deal ID 12333 — no delivery for last 24 hours');
    expect(text(waiting)).to.contain('Waiting for your reply');
    expect(text(waiting)).to.contain('Priority: Critical');
    expect(text(waiting)).to.match(/Updated (yesterday|\d+ hours ago)/);
    expect(waiting.getAttribute('part')).to.equal('row row-waiting');
    expect(getComputedStyle(waiting).backgroundColor).to.not.equal(
      getComputedStyle(rows(el)[0]!).backgroundColor,
    );
    expect(rows(el).filter((r) => r.classList.contains('waiting'))).to.have.length(1);
    expect(text(root(el).querySelector('[part=waiting-summary]'))).to.contain(
      '1 case is waiting for your reply.',
    );
    expect(text(root(el).querySelector('[part=more]'))).to.contain('Showing all 6 cases');
    await expect(el).to.be.accessible();
  });

  it('on a narrow list (a phone) folds status, priority and sort into one Filters button', async () => {
    const { el } = await listFor();
    el.style.width = '360px';
    await loaded(el);
    const toggle = root(el).querySelector<HTMLButtonElement>('.filter-toggle')!;
    const shown = (id: string) => select(el, id).getClientRects().length > 0;
    expect(getComputedStyle(toggle).display).to.not.equal('none');
    expect(text(toggle)).to.equal('Filters');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(['status', 'priority', 'sort'].filter(shown)).to.deep.equal([]);
    expect(root(el).querySelector<HTMLInputElement>('#q')!.getClientRects().length).to.equal(1);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(['status', 'priority', 'sort'].filter(shown)).to.have.length(3);
    choose(el, 'status', 'open');
    choose(el, 'priority', 'critical');
    await el.updateComplete;
    expect(text(toggle)).to.equal(
      'Filters (2)',
      'it counts the filters that are not at their default',
    );
    // A subject takes one line, so that more cases fit above the fold.
    await loaded(el);
    const subject = rows(el)[0]!.querySelector<HTMLElement>('.subject')!;
    expect(subject.getBoundingClientRect().height).to.be.below(
      parseFloat(getComputedStyle(subject).lineHeight) * 1.5,
    );
    // Inside the launcher, whose title says "My Cases", the heading is for screen readers only.
    el.hideHeading = true;
    await el.updateComplete;
    const heading = root(el).querySelector('h2')!;
    expect(text(heading)).to.equal('My Cases');
    expect(heading.getBoundingClientRect().width).to.be.at.most(1);
    // A wide list shows the three fields and no button.
    el.style.width = '720px';
    await twoFrames();
    expect(getComputedStyle(toggle).display).to.equal('none');
    toggle.click(); // hidden, but its state must not hide the fields on a wide list
    await el.updateComplete;
    expect(['status', 'priority', 'sort'].filter(shown)).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('shows a loading skeleton until the first page arrives', async () => {
    const ref = await reference();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const real = ref.client();
    const slow: SupportBackend = {
      ...real,
      listCases: async (...args) => {
        await gate;
        return real.listCases(...args);
      },
    };
    const el = await fixture<EqCaseList>(html`<eq-case-list .backend=${slow}></eq-case-list>`);
    expect(root(el).querySelector('.skeleton[aria-busy=true]')).to.exist;
    expect(text(root(el).querySelector('.skeleton [role=status]'))).to.equal('Loading your cases…');
    await expect(el).to.be.accessible();
    release();
    await loaded(el);
    expect(root(el).querySelector('.skeleton')).to.not.exist;
  });

  it('takes its filters from its attributes and sends them to the backend', async () => {
    const ref = await reference();
    const { backend, calls } = spyBackend(ref.client());
    const el = await fixture<EqCaseList>(
      html`<eq-case-list
        status="open"
        priority="critical,medium"
        query="deal"
        sort="-priority"
        .backend=${backend}
      ></eq-case-list>`,
    );
    await loaded(el);
    expect(listCalls(calls)[0]).to.deep.include({
      status: 'open',
      priority: ['critical', 'medium'],
      q: 'deal',
      sort: '-priority',
    });
    expect(numbers(el)).to.deep.equal(['00010014']);
    expect(select(el, 'status').value).to.equal('open');
    expect(select(el, 'sort').value).to.equal('-priority');
    expect(root(el).querySelector<HTMLInputElement>('#q')!.value).to.equal('deal');

    // A host changes an attribute (deep link): a new request, new results.
    el.setAttribute('status', 'closed');
    el.setAttribute('priority', '');
    el.setAttribute('query', '');
    await until(() => numbers(el).join() === '00010007,00010009,00010004', 'closed cases');
    expect(listCalls(calls).at(-1)).to.deep.include({ status: 'closed', sort: '-priority' });
  });

  it('reflects a changed control in its attributes and fires eq-case-filter-change', async () => {
    const { el, calls } = await listFor();
    await loaded(el);
    const changed = oneEvent(el, 'eq-case-filter-change');
    choose(el, 'status', 'closed');
    const event = (await changed) as unknown as EqCaseFilterChangeEvent;
    expect(event.filters).to.deep.equal({
      status: 'closed',
      priority: '',
      query: '',
      sort: '-updatedAt',
      q: '', // the old name, kept for one release
    });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('status')).to.equal('closed');
    await until(() => numbers(el).join() === '00010009,00010007,00010004', 'closed cases');

    choose(el, 'priority', 'low');
    await el.updateComplete;
    expect(el.getAttribute('priority')).to.equal('low');
    await until(() => numbers(el).join() === '00010004', 'closed low cases');
    expect(listCalls(calls).at(-1)).to.deep.include({ status: 'closed', priority: ['low'] });
    await expect(el).to.be.accessible();
  });

  it('still takes the search under its old name q, with a deprecation warning', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const ref = await reference();
      const { backend, calls } = spyBackend(ref.client());
      const el = await fixture<EqCaseList>(
        html`<eq-case-list q="deal" .backend=${backend}></eq-case-list>`,
      );
      await loaded(el);
      expect(el.query).to.equal('deal');
      expect(listCalls(calls)[0]).to.deep.include({ q: 'deal' });
      expect(warnings.join()).to.contain('<eq-case-list> q is deprecated');
    } finally {
      console.warn = warn;
    }
  });

  it('searches by case number or subject words, debounced and on Enter', async () => {
    const { el, calls } = await listFor();
    await loaded(el);
    const input = root(el).querySelector<HTMLInputElement>('#q')!;
    input.focus();
    const before = listCalls(calls).length;
    // Keystrokes within one task, so none waits longer than the debounce however loaded the
    // machine is (real keys through the driver can come seconds apart then).
    for (let end = 1; end <= 'deals page'.length; end++) {
      input.value = 'deals page'.slice(0, end);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    await until(() => el.getAttribute('query') === 'deals page', 'query reflects the search');
    await until(() => numbers(el).join() === '00010009', 'subject search');
    expect(listCalls(calls).length).to.equal(before + 1); // one request for the whole word
    expect(listCalls(calls).at(-1)!.q).to.equal('deals page');

    input.select();
    await sendKeys({ type: '00010014' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.query).to.equal('00010014');
    await until(() => numbers(el).join() === '00010014', 'number search');
  });

  it('sorts by priority or by last update', async () => {
    const { el, calls } = await listFor();
    await loaded(el);
    choose(el, 'sort', '-priority');
    await until(() => numbers(el)[0] === '00010007', 'the Blocker case comes first');
    expect(el.getAttribute('sort')).to.equal('-priority');
    expect(listCalls(calls).at(-1)!.sort).to.equal('-priority');
    const priorities = rows(el).map((r) => text(r.querySelector('.priority')));
    expect(priorities).to.deep.equal([
      'Priority: Blocker',
      'Priority: Critical',
      'Priority: Medium',
      'Priority: Medium',
      'Priority: Low',
      'Priority: Low',
    ]);
    choose(el, 'sort', 'updatedAt');
    await until(() => numbers(el)[0] === '00010004', 'the oldest update comes first');
  });

  it('pages with the cursor: Load more, and automatically as the person scrolls', async () => {
    const ref = await reference();
    await addCases(ref, 94);
    const { backend, calls } = spyBackend(ref.client());
    const el = await fixture<EqCaseList>(
      html`<eq-case-list page-size="20" .backend=${backend}></eq-case-list>`,
    );
    await loaded(el);
    // The rows in view are measured within two frames: a next page the list wanted on its own
    // would have been asked for by then.
    await el.updateComplete;
    await twoFrames();
    await el.updateComplete;
    expect(listCalls(calls), 'one page asked for, not more').to.have.length(1);
    expect(el.cases).to.have.length(20);
    expect(text(root(el).querySelector('[part=more]'))).to.contain('Showing 20 of 100 cases');
    const first = await ref.client().listCases({ status: 'all', limit: 20 });
    buttonNamed(root(el), 'Load more')!.click();
    await until(() => el.cases.length === 40, 'the second page');
    expect(listCalls(calls)[1]).to.deep.include({ cursor: first.nextCursor, limit: 20 });
    expect(new Set(el.cases.map((c) => c.id)).size).to.equal(40);

    // Scrolling to the end of the list asks for the next page.
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = scroller.scrollHeight;
    await until(() => el.cases.length >= 60, 'the next page while scrolling');
    // Each page makes the list longer: scroll to its new end until every page is in.
    await until(
      () => {
        scroller.scrollTop = scroller.scrollHeight;
        return el.cases.length === 100;
      },
      'every page',
      10_000,
    );
    expect(buttonNamed(root(el), 'Load more')).to.not.exist;
    expect(text(root(el).querySelector('[part=more]'))).to.contain('Showing all 100 cases');
  });

  it('stays fast at 10,000 cases: a bounded number of rows in the DOM', async function () {
    this.timeout(60_000);
    const ref = await reference();
    await addCases(ref, 10_000 - 6);
    const { backend, calls } = spyBackend(ref.client());
    const t0 = performance.now();
    const el = await fixture<EqCaseList>(
      html`<eq-case-list page-size="100" .backend=${backend}></eq-case-list>`,
    );
    await loaded(el);
    const firstRender = performance.now() - t0;
    while (el.cases.length < 10_000) {
      const before = el.cases.length;
      await el.loadMore();
      expect(el.cases.length).to.be.greaterThan(before);
    }
    await el.updateComplete;
    expect(text(root(el).querySelector('[part=more]'))).to.contain('Showing all 10,000 cases');
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    const inDom = () => scroller.querySelectorAll('[role=listitem]').length;
    expect(inDom()).to.be.greaterThan(3).and.lessThan(60);
    scroller.scrollTop = scroller.scrollHeight / 2;
    const firstShown = () =>
      Number(scroller.querySelector('[role=listitem]')?.getAttribute('aria-posinset'));
    await until(() => firstShown() > 1000, 'the rows of the middle of the list', 10_000);
    expect(inDom()).to.be.lessThan(60);
    const middle = scroller.querySelector<HTMLElement>('[role=listitem]')!;
    expect(middle.getAttribute('aria-setsize')).to.equal('10000');

    // A refresh with this many cases loaded reloads the first page only and keeps the rest.
    await ref.store.updateCase('org-acme', 'bulk-5000', (st) => ({
      ...st.case,
      status: 'waiting_for_customer',
      updatedAt: new Date().toISOString(),
    }));
    const before = listCalls(calls).length;
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => el.cases[0]?.id === 'bulk-5000', 'the updated case comes first');
    expect(listCalls(calls).length).to.equal(before + 1);
    expect(el.cases).to.have.length(10_000);
    expect(new Set(el.cases.map((c) => c.id)).size).to.equal(10_000);
    console.log(
      `[10,000 cases] first render ${firstRender.toFixed(0)} ms; ${inDom()} rows in the DOM`,
    );
  });

  it('shows "You have no cases" with a cancelable Create a Case event', async () => {
    const ref = await createInBrowserBackend({ seed: { ...buildSeed(), cases: [] } });
    const el = await fixture<EqCaseList>(
      html`<eq-case-list .backend=${ref.client()}></eq-case-list>`,
    );
    await until(() => root(el).querySelector('[part=empty]'), 'the empty state');
    const empty = root(el).querySelector('[part=empty]')!;
    expect(text(empty)).to.contain('You have no cases');
    await expect(el).to.be.accessible();
    el.addEventListener('eq-create-case', (e) => e.preventDefault(), { once: true });
    const requested = oneEvent(el, 'eq-create-case');
    buttonNamed(empty, 'Create a Case')!.click();
    const event = await requested;
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(event.defaultPrevented).to.equal(true);
  });

  it('tells when no case matches the filters, and clears them', async () => {
    const { el } = await listFor();
    await loaded(el);
    el.query = 'nothing matches this';
    await until(() => root(el).querySelector('[part=empty]'), 'the empty state');
    expect(text(root(el).querySelector('[part=empty]'))).to.contain(
      'No cases match these filters.',
    );
    buttonNamed(root(el), 'Clear filters')!.click();
    await loaded(el);
    expect(el.hasAttribute('q') ? el.getAttribute('q') : '').to.equal('');
    expect(rows(el)).to.have.length(6);
  });

  it('when the person is not let in (401), says so and names the Local Service Team', async () => {
    const ref = await reference();
    const el = await fixture<EqCaseList>(
      html`<eq-case-list .backend=${ref.client('not-a-demo-token')}></eq-case-list>`,
    );
    await until(() => root(el).querySelector('[part=error]'), 'the error state');
    const error = root(el).querySelector('[part=error]')!;
    expect(text(error)).to.contain('Your cases could not be loaded.');
    expect(text(error)).to.not.contain('cannot be reached');
    expect(text(error)).to.contain(
      'If this keeps happening, contact your Local Service Team for assistance.',
    );
  });

  it('shows a specific error with a retry', async () => {
    const ref = await reference();
    const spy = spyBackend(ref.client(), { listCases: networkDown });
    const el = await fixture<EqCaseList>(
      html`<eq-case-list .backend=${spy.backend}></eq-case-list>`,
    );
    await until(() => root(el).querySelector('[part=error]'), 'the error state');
    const error = root(el).querySelector('[part=error]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('Your cases could not be loaded.');
    expect(text(error)).to.contain('The support service cannot be reached.');
    // The guides' way out: the Local Service Team (a list alone knows no team, nor a host text).
    expect(text(error)).to.contain(
      'If this keeps happening, contact your Local Service Team for assistance.',
    );
    await expect(el).to.be.accessible();
    delete spy.failing.listCases;
    buttonNamed(error, 'Try again')!.click();
    await loaded(el);
    expect(rows(el)).to.have.length(6);
  });

  it('opens a case on click or Enter: eq-case-open, then the case view in place, and back', async () => {
    const { el } = await listFor();
    el.setAttribute('status', 'open');
    await until(() => rows(el).length === 3, 'open cases');
    const opened = oneEvent(el, 'eq-case-open');
    rows(el)
      .find((r) => r.dataset.caseId === 'case-00010014')!
      .click();
    const event = (await opened) as unknown as EqCaseOpenEvent;
    expect([event.caseId, event.number]).to.deep.equal(['case-00010014', '00010014']);
    expect(event.cancelable && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('case-id')).to.equal('case-00010014');
    const view = root(el).querySelector<EqCaseView>('eq-case-view')!;
    expect(root(el).querySelector<HTMLElement>('section.cases')!.hidden).to.equal(true);
    await until(() => view.case?.id === 'case-00010014', 'the case is loaded');
    await view.updateComplete;
    await expect(el).to.be.accessible();

    const back = view.shadowRoot!.querySelector<HTMLButtonElement>('#back')!;
    expect(text(back)).to.contain('Back to My Cases');
    back.click();
    await el.updateComplete;
    expect(el.hasAttribute('case-id')).to.equal(false);
    expect(root(el).querySelector('eq-case-view')).to.not.exist;
    expect(el.getAttribute('status')).to.equal('open');
    await until(
      () => root(el).activeElement?.getAttribute('data-case-id') === 'case-00010014',
      'focus returns to the case that was opened',
    );

    // Enter on a focused row opens it too.
    const row = rows(el).find((r) => r.dataset.caseId === 'case-00010010')!;
    row.focus();
    const again = oneEvent(el, 'eq-case-open');
    await sendKeys({ press: 'Enter' });
    expect(((await again) as unknown as EqCaseOpenEvent).caseId).to.equal('case-00010010');
  });

  it('lets a host show the case itself by preventing eq-case-open', async () => {
    const { el } = await listFor();
    await loaded(el);
    el.addEventListener('eq-case-open', (e) => e.preventDefault());
    rows(el)[0]!.click();
    await el.updateComplete;
    expect(root(el).querySelector('eq-case-view')).to.not.exist;
    expect(el.hasAttribute('case-id')).to.equal(false);
  });

  it('moves between rows with the arrow keys', async () => {
    const { el } = await listFor();
    await loaded(el);
    rows(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => root(el).activeElement === rows(el)[1], 'the next row has focus');
    await sendKeys({ press: 'ArrowUp' });
    await until(() => root(el).activeElement === rows(el)[0], 'the previous row has focus');
  });

  it('refreshes when the page becomes visible again, keeping filters, loaded pages and scroll', async () => {
    const ref = await reference();
    await addCases(ref, 60);
    const { backend, calls } = spyBackend(ref.client());
    const el = await fixture<EqCaseList>(
      html`<eq-case-list page-size="20" sort="-priority" .backend=${backend}></eq-case-list>`,
    );
    await loaded(el);
    await el.loadMore();
    await el.updateComplete;
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = 400;
    await new Promise((r) => requestAnimationFrame(r));
    const top = scroller.scrollTop;
    expect(top).to.be.greaterThan(0);
    // Meanwhile, support answered a case: it changed on the server.
    await ref.store.updateCase('org-acme', 'bulk-3', (s) => ({
      ...s.case,
      status: 'waiting_for_customer',
    }));
    const before = listCalls(calls).length;
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => listCalls(calls).length > before, 'a new request');
    await until(
      () => el.cases.find((c) => c.id === 'bulk-3')?.status === 'waiting_for_customer',
      'the list shows the change',
    );
    expect(listCalls(calls).at(-1)).to.deep.include({ sort: '-priority', limit: 40 });
    expect(el.cases).to.have.length(40);
    expect(el.getAttribute('sort')).to.equal('-priority');
    expect(root(el).querySelector('.scroller')).to.equal(scroller);
    expect(scroller.scrollTop).to.equal(top);
  });

  it('refreshes after the person acts on a case, and shows the change when back', async () => {
    const { el, calls } = await listFor();
    await loaded(el);
    rows(el)
      .find((r) => r.dataset.caseId === 'case-00010014')!
      .click();
    await el.updateComplete;
    const view = root(el).querySelector<EqCaseView>('eq-case-view')!;
    await until(() => view.case, 'the case is loaded');
    await view.updateComplete;
    const textarea = view.shadowRoot!.querySelector<HTMLTextAreaElement>('#reply-message')!;
    textarea.value = 'The workaround worked, bids are back.';
    textarea.dispatchEvent(new Event('input'));
    const sent = oneEvent(el, 'eq-message-sent');
    view.shadowRoot!.querySelector<HTMLFormElement>('form.reply')!.requestSubmit();
    expect(((await sent) as unknown as EqMessageSentEvent).case.status).to.equal('in_progress');
    const before = listCalls(calls).length;
    view.shadowRoot!.querySelector<HTMLButtonElement>('#back')!.click();
    await until(() => listCalls(calls).length > before, 'the list refreshes');
    const row = () => rows(el).find((r) => r.dataset.caseId === 'case-00010014');
    // The row shows the change at once (its rows stay rendered behind the case view); the
    // waiting summary goes with the counts of the refreshed list.
    await until(() => row() && !row()!.classList.contains('waiting'), 'no longer waiting');
    expect(text(row())).to.contain('In progress');
    await until(() => !root(el).querySelector('[part=waiting-summary]'), 'no waiting summary');
  });
});

runConfigSuite('eq-case-list');
