import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SupportBackend } from '../../src/api/backend.js';
import { NetworkError } from '../../src/api/errors.js';
import type { ArticleSummary } from '../../src/api/schemas.js';
import '../../src/components/article-suggest/article-suggest.js';
import type { EqArticleSuggest } from '../../src/components/article-suggest/article-suggest.js';
import type { EqArticleOpenEvent } from '../../src/events/article-open-event.js';
import type { EqArticleSolvedEvent } from '../../src/events/article-solved-event.js';
import type { EqSimilarCaseSelectEvent } from '../../src/events/similar-case-select-event.js';
import { createInBrowserBackend, type InBrowserBackend } from '../../demo/server/in-browser.js';
import { runConfigSuite } from '../context/config.suite.js';
import { installClock, queuedWorkDone } from '../fixtures/clock.js';
import { payloadsHadTheirChance } from '../fixtures/hostile-dom.js';
import { article, articleBackend, deferred, readable, recordTexts } from './article-fixtures.js';

const $ = <T extends Element = HTMLElement>(el: EqArticleSuggest, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: EqArticleSuggest, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const links = (el: EqArticleSuggest) => $$<HTMLAnchorElement>(el, 'a[part="link"]');
const options = (el: EqArticleSuggest) => $$(el, '[role="option"]');
const input = (el: EqArticleSuggest) => $<HTMLInputElement>(el, 'input')!;

describe('<eq-article-suggest>', () => {
  let demo: InBrowserBackend;
  let backend: SupportBackend;
  before(async () => {
    demo = await createInBrowserBackend();
    backend = demo.client('demo-user-1');
  });

  describe('fed by the host (inline)', () => {
    it('lists the best articles as a polite live region, known error first with its workaround', async () => {
      const el = await fixture<EqArticleSuggest>(html`
        <eq-article-suggest
          .backend=${backend}
          .debounce=${0}
          hide-cases
          .query=${'Report Task ID 1254332 failed to load'}
        ></eq-article-suggest>
      `);
      expect(el.resolvedMode).to.equal('inline');
      await waitUntil(() => links(el).length > 0, 'suggestions appear');

      const region = $(el, '[aria-live="polite"]')!;
      expect(readable(region.querySelector('[part="heading"]'))).to.equal(
        'These articles might be helpful',
      );
      expect(region.querySelector('ul')!.getAttribute('aria-labelledby')).to.equal('heading');
      expect(links(el).length).to.be.within(2, 5);

      const known = demo.seed.articles.find((a) => a.title.includes('failed to load'))!;
      const first = $$(el, '[part="item"]')[0]!;
      const link = first.querySelector('a')!;
      expect(link.href).to.equal(known.url);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
      expect(readable(first.querySelector('[part="badge"]'))).to.contain('Known error');
      expect(readable(first.querySelector('[part="workaround"]'))).to.contain(
        known.knownError!.workaround,
      );
      const marked = [...link.querySelectorAll('mark')].map((m) => m.textContent);
      expect(marked).to.include.members(['Report', 'Task', 'load']);

      await expect(el).to.be.accessible();
    });

    it('ranks an exact title match above a match in the summary', async () => {
      const stub = articleBackend([
        article('summary', { summary: 'Why the viewability rate of mobile apps can drop.' }),
        article('other', { title: 'Floor prices' }),
        article('title', { title: 'Viewability rate drop' }),
      ]);
      const el = await fixture<EqArticleSuggest>(html`
        <eq-article-suggest .backend=${stub} .debounce=${0} query="viewability rate drop">
        </eq-article-suggest>
      `);
      await waitUntil(() => links(el).length === 2);
      expect(links(el).map((a) => readable(a))).to.deep.equal([
        'Viewability rate drop (opens in a new tab)',
        'Article summary (opens in a new tab)',
      ]);
    });

    it('shows at most `limit` articles and nothing for an empty or meaningless query', async () => {
      const el = await fixture<EqArticleSuggest>(html`
        <eq-article-suggest
          .backend=${backend}
          .debounce=${0}
          hide-cases
          .limit=${2}
          query="report"
        >
        </eq-article-suggest>
      `);
      await waitUntil(() => links(el).length > 0);
      expect(links(el)).to.have.length(2);
      el.query = 'how do I';
      await waitUntil(() => links(el).length === 0, 'stop words alone find nothing');
      expect($(el, '[part="heading"]')).to.equal(null);
      el.query = '';
      await el.updateComplete;
      expect(readable($(el, '[aria-live]'))).to.equal('');
    });
  });

  describe('debounce and stale results', () => {
    it('searches only once the person pauses, never for the words typed in between', async () => {
      const stub = articleBackend([
        article('password', { title: 'Reset your password' }),
        article('safari', { title: 'Preview blank in Safari' }),
      ]);
      const el = await fixture<EqArticleSuggest>(html`
        <eq-article-suggest .backend=${stub} .debounce=${150} query=""></eq-article-suggest>
      `);
      const recorder = recordTexts(el.shadowRoot!);
      // Typed 40 ms apart by a clock the test moves, so a busy machine cannot stretch a gap past
      // the debounce.
      const clock = installClock();
      try {
        for (const typed of ['pass', 'password', 'password s', 'safari', 'safari preview']) {
          el.query = typed;
          await el.updateComplete;
          await clock.tick(40);
        }
        await clock.tick(149 - 40);
        await el.updateComplete;
        expect(links(el), 'nothing before the pause').to.have.length(0);
        expect(clock.pending, 'the search waits for the pause').to.equal(1);
        await clock.tick(1);
        expect(clock.pending, 'the pause ends: the search starts').to.equal(0);
      } finally {
        clock.uninstall();
      }
      await waitUntil(() => links(el).length > 0, 'results after the pause', { timeout: 10_000 });
      expect(readable(links(el)[0])).to.contain('Safari');
      recorder.stop();
      expect(recorder.seen.some((text) => text.includes('password'))).to.equal(false);
    });

    it('never lets an older, slower answer replace a newer one', async () => {
      const slowArticles = deferred<ArticleSummary[]>();
      const slow = articleBackend([], { listArticles: () => slowArticles.promise });
      const fast = articleBackend([article('new', { title: 'Deal delivery (current)' })]);
      const el = await fixture<EqArticleSuggest>(html`
        <eq-article-suggest .backend=${slow} .debounce=${0} query="deal delivery">
        </eq-article-suggest>
      `);
      const recorder = recordTexts(el.shadowRoot!);
      await el.updateComplete;
      // The host switches backend while the first index is still loading.
      el.backend = fast;
      await waitUntil(() => links(el).length === 1, 'the newer answer shows');
      slowArticles.resolve([article('old', { title: 'Deal delivery (stale)' })]);
      // The stale answer is in: once what it set off has run, the newer answer still shows.
      await slowArticles.promise;
      await queuedWorkDone();
      await el.updateComplete;
      expect(links(el).map((a) => readable(a))).to.deep.equal([
        'Deal delivery (current) (opens in a new tab)',
      ]);
      recorder.stop();
      expect(recorder.seen.some((text) => text.includes('stale'))).to.equal(false);
    });

    it('shows the answer for the latest query when several wait on the same slow index', async () => {
      const slowArticles = deferred<ArticleSummary[]>();
      const slow = articleBackend([], { listArticles: () => slowArticles.promise });
      const el = await fixture<EqArticleSuggest>(html`
        <eq-article-suggest .backend=${slow} .debounce=${0} query="password"></eq-article-suggest>
      `);
      const recorder = recordTexts(el.shadowRoot!);
      await el.updateComplete;
      el.query = 'safari preview';
      await el.updateComplete;
      slowArticles.resolve([
        article('password', { title: 'Reset your password' }),
        article('safari', { title: 'Preview blank in Safari' }),
      ]);
      await waitUntil(() => links(el).length > 0);
      // Both queries waited on the one index, in now: once both answers ran, the latest shows.
      await queuedWorkDone();
      await el.updateComplete;
      expect(links(el).map((a) => readable(a))).to.deep.equal([
        'Preview blank in Safari (opens in a new tab)',
      ]);
      recorder.stop();
      expect(recorder.seen.some((text) => text.includes('password'))).to.equal(false);
    });
  });

  describe('used alone (combobox)', () => {
    it('follows the ARIA combobox pattern with the keyboard', async () => {
      const el = await fixture<EqArticleSuggest>(html`
        <eq-article-suggest .backend=${backend} .debounce=${0} hide-cases></eq-article-suggest>
      `);
      expect(el.resolvedMode).to.equal('search');
      const box = input(el);
      expect(box.getAttribute('role')).to.equal('combobox');
      expect(box.getAttribute('aria-controls')).to.equal('listbox');
      expect(box.getAttribute('aria-expanded')).to.equal('false');
      expect(readable($(el, 'label[for="input"]'))).to.equal('Search help articles');

      box.focus();
      await sendKeys({ type: 'scheduled report empty' });
      await waitUntil(() => options(el).length > 1, 'options appear');
      expect(box.getAttribute('aria-expanded')).to.equal('true');
      expect(box.hasAttribute('aria-activedescendant')).to.equal(false);
      const count = options(el).length;

      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(box.getAttribute('aria-activedescendant')).to.equal('option-0');
      expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('true');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(box.getAttribute('aria-activedescendant')).to.equal('option-1');
      expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('false');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(box.getAttribute('aria-activedescendant')).to.equal(`option-${count - 1}`);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(box.getAttribute('aria-activedescendant')).to.equal('option-0');
      const option = options(el)[0]!;
      expect(option.id).to.equal('option-0');
      expect(option.closest('[role="listbox"]')!.id).to.equal('listbox');
      await expect(el).to.be.accessible();

      // Enter opens the active option: the host hears it (and here keeps it from opening). It has
      // to cancel in its listener: after `await oneEvent(…)` the element has already opened a tab
      // (in Firefox a real one, which hides this page and stops its animation frames).
      const opens: unknown[] = [];
      const realOpen = window.open.bind(window);
      window.open = (...args: unknown[]) => {
        opens.push(args);
        return null;
      };
      el.addEventListener('eq-article-open', (e) => e.preventDefault(), { once: true });
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const opened = await oneEvent<EqArticleOpenEvent>(el, 'eq-article-open').finally(() => {
        window.open = realOpen;
      });
      expect(opens, 'no tab opened').to.deep.equal([]);
      expect(opened.rank).to.equal(1);
      expect(opened.query).to.equal('scheduled report empty');
      expect(opened.source).to.equal('suggestions');
      expect(opened.article.title).to.contain('empty CSV');
      await el.updateComplete;
      expect(box.getAttribute('aria-expanded')).to.equal('false');
      expect(readable($(el, '[part="feedback"]'))).to.contain('solve your problem?');

      // Escape closes the list, a second Escape clears the box; neither reaches the page (a
      // dialog around the element would close), a third one does.
      const escapes: KeyboardEvent[] = [];
      const onKey = (e: KeyboardEvent) => {
        if (e.key === 'Escape') escapes.push(e);
      };
      document.addEventListener('keydown', onKey);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(box.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(box.getAttribute('aria-expanded')).to.equal('false');
      expect(box.value).to.equal('scheduled report empty');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(box.value).to.equal('');
      await waitUntil(() => options(el).length === 0);
      expect(escapes).to.have.length(0);
      await sendKeys({ press: 'Escape' });
      document.removeEventListener('keydown', onKey);
      expect(escapes).to.have.length(1);
    });

    it('opens the chosen article in a new tab when the host does not take over', async () => {
      const el = await fixture<EqArticleSuggest>(html`
        <eq-article-suggest .backend=${backend} .debounce=${0} hide-cases></eq-article-suggest>
      `);
      const calls: unknown[][] = [];
      const realOpen = window.open.bind(window);
      window.open = (...args: unknown[]) => {
        calls.push(args);
        return null;
      };
      try {
        input(el).focus();
        await sendKeys({ type: 'password' });
        await waitUntil(() => options(el).length > 0);
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(calls).to.have.length(1);
        expect(String(calls[0]![0])).to.match(/^https:\/\/help\.example\.com\/articles\//);
        expect(calls[0]!.slice(1)).to.deep.equal(['_blank', 'noopener']);
      } finally {
        window.open = realOpen;
      }
    });

    it('says when nothing matches', async () => {
      const el = await fixture<EqArticleSuggest>(html`
        <eq-article-suggest .backend=${backend} .debounce=${0} hide-cases></eq-article-suggest>
      `);
      input(el).focus();
      await sendKeys({ type: 'xylophone zebra' });
      await waitUntil(() => readable($(el, '[role="status"]')).includes('No help articles'));
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('tells the host which article was opened, where it ranked, and that it solved the problem', async () => {
      const el = await fixture<EqArticleSuggest>(html`
        <eq-article-suggest .backend=${backend} .debounce=${0} hide-cases query="deal delivery">
        </eq-article-suggest>
      `);
      await waitUntil(() => links(el).length > 1);
      const second = links(el)[1]!;
      const expected = second.href;
      const host = el.parentElement!;
      // The event bubbles out of the shadow root; the host cancels the navigation.
      host.addEventListener('eq-article-open', (e) => e.preventDefault(), { once: true });
      setTimeout(() => second.click());
      const opened = await oneEvent<EqArticleOpenEvent>(host, 'eq-article-open');
      expect(opened.composed && opened.bubbles && opened.cancelable).to.equal(true);
      expect(opened.article.url).to.equal(expected);
      expect(opened.rank).to.equal(2);
      expect(opened.query).to.equal('deal delivery');
      expect(opened.source).to.equal('suggestions');

      await el.updateComplete;
      const solvedButton = $<HTMLButtonElement>(el, '[part="solved-button"]')!;
      expect(readable(solvedButton)).to.equal('This solved my problem');
      setTimeout(() => solvedButton.click());
      const solved = await oneEvent<EqArticleSolvedEvent>(host, 'eq-article-solved');
      expect(solved.article.id).to.equal(opened.article.id);
      expect(solved.rank).to.equal(2);
      expect(solved.query).to.equal('deal delivery');
      expect(solved.source).to.equal('suggestions');
      await el.updateComplete;
      expect(readable($(el, '[part="feedback"]'))).to.contain('glad it helped');
    });
  });

  describe('your open cases', () => {
    it('offers a similar open case and tells the host when it is chosen', async () => {
      const el = await fixture<EqArticleSuggest>(html`
        <eq-article-suggest
          .backend=${backend}
          .debounce=${0}
          query="Deal 12333 not delivering since yesterday"
        ></eq-article-suggest>
      `);
      await waitUntil(() => $(el, '[part="similar-case"]'), 'the similar case appears');
      const similar = $(el, '[part="similar-case"]')!;
      expect(readable(similar)).to.contain('You may already have a case for this');
      expect(readable(similar)).to.contain('Deal ID 12333');
      const caseInSeed = demo.seed.cases
        .map((c) => c.case)
        .find((c) => c.subject.includes('12333'))!;
      expect(readable(similar)).to.contain(caseInSeed.number);
      await expect(el).to.be.accessible();

      setTimeout(() => similar.querySelector('button')!.click());
      const chosen = await oneEvent<EqSimilarCaseSelectEvent>(el, 'eq-similar-case-select');
      expect(chosen.caseId).to.equal(caseInSeed.id);
      expect(chosen.number).to.equal(caseInSeed.number);
      expect(chosen.query).to.equal('Deal 12333 not delivering since yesterday');
    });

    it('lists the case first in the combobox, chosen with Enter', async () => {
      const el = await fixture<EqArticleSuggest>(html`
        <eq-article-suggest .backend=${backend} .debounce=${0}></eq-article-suggest>
      `);
      input(el).focus();
      await sendKeys({ type: 'viewability dropped on insertion' });
      await waitUntil(() => options(el)[0]?.textContent?.includes('Case'), 'the case option');
      const group = options(el)[0]!.closest('[role="group"]')!;
      expect(
        readable(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)),
      ).to.equal('You may already have a case for this');
      await sendKeys({ press: 'ArrowDown' });
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const chosen = await oneEvent<EqSimilarCaseSelectEvent>(el, 'eq-similar-case-select');
      expect(chosen.summary.subject).to.contain('Viewability rate dropped');
    });

    it('offers nothing when the person has no similar case', async () => {
      let openCasesAnswered!: Promise<unknown>;
      const watched: SupportBackend = {
        ...backend,
        listCases: (...args) => (openCasesAnswered = backend.listCases(...args)),
      };
      const el = await fixture<EqArticleSuggest>(html`
        <eq-article-suggest .backend=${watched} .debounce=${0} query="reset my password">
        </eq-article-suggest>
      `);
      await waitUntil(() => links(el).length > 0 && openCasesAnswered, 'articles, open cases', {
        timeout: 10_000,
      });
      // The person's open cases came back and were looked through: no similar one shows.
      await openCasesAnswered;
      await queuedWorkDone();
      await el.updateComplete;
      expect($(el, '[part="similar-case"]')).to.equal(null);
    });
  });

  describe('hostile content', () => {
    beforeEach(() => {
      window.eqPwned = undefined;
    });

    const hostile = () =>
      articleBackend([
        article('evil', {
          title: `Deal <img src=x onerror="window.eqPwned='title'"><script>window.eqPwned='script'</script>`,
          summary: `Deal <iframe src="javascript:window.eqPwned='iframe'"></iframe> <b onmouseover="window.eqPwned='b'">bold</b>`,
          url: `javascript:window.eqPwned='url'`,
          knownError: {
            workaround: `<a href="javascript:window.eqPwned='workaround'">click</a>`,
            status: 'investigating',
            since: '2026-10-01T00:00:00Z',
          },
        }),
      ]);

    it('renders hostile titles, summaries and workarounds as text and drops unsafe links', async () => {
      const el = await fixture<EqArticleSuggest>(html`
        <eq-article-suggest .backend=${hostile()} .debounce=${0} query="deal"></eq-article-suggest>
      `);
      await waitUntil(() => $(el, '[part="item"]'), 'the item renders');
      const item = $(el, '[part="item"]')!;
      expect(item.textContent).to.contain('<img src=x onerror=');
      expect(item.textContent).to.contain('<script>');
      expect(item.querySelectorAll('img, script, iframe, b, a')).to.have.length(0);
      expect(el.shadowRoot!.querySelector('[href^="javascript"]')).to.equal(null);
      await payloadsHadTheirChance();
      expect(window.eqPwned).to.equal(undefined);
    });

    it('never opens a javascript: address from the combobox', async () => {
      const el = await fixture<EqArticleSuggest>(html`
        <eq-article-suggest .backend=${hostile()} .debounce=${0}></eq-article-suggest>
      `);
      const calls: unknown[] = [];
      const realOpen = window.open.bind(window);
      window.open = (...args: unknown[]) => {
        calls.push(args);
        return null;
      };
      try {
        input(el).focus();
        await sendKeys({ type: 'deal' });
        await waitUntil(() => options(el).length > 0);
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        await payloadsHadTheirChance();
        expect(calls).to.have.length(0);
        expect(window.eqPwned).to.equal(undefined);
      } finally {
        window.open = realOpen;
      }
    });
  });

  it('shows a specific error and recovers with "Try again"', async () => {
    let fail = true;
    const stub = articleBackend([article('a', { title: 'Deal delivery' })]);
    const flaky: SupportBackend = {
      ...stub,
      listArticles: (...args) =>
        fail ? Promise.reject(new NetworkError()) : stub.listArticles(...args),
    };
    const el = await fixture<EqArticleSuggest>(html`
      <eq-article-suggest .backend=${flaky} .debounce=${0} query="deal"></eq-article-suggest>
    `);
    await waitUntil(() => $(el, '[role="alert"]'), 'the error shows');
    expect(readable($(el, '[role="alert"]'))).to.contain('cannot be reached');
    await expect(el).to.be.accessible();
    fail = false;
    $<HTMLButtonElement>(el, '[part="status"] button')!.click();
    await waitUntil(() => links(el).length === 1, 'results after retrying');
    expect($(el, '[role="alert"]')).to.equal(null);
  });
});

runConfigSuite('eq-article-suggest');
