/**
 * Issue 7 — hostile input: nothing executes, nothing leaks.
 *
 * Every string of the XSS corpus (test/fixtures/xss-corpus.ts) reaches the elements twice: served
 * by the reference backend (a seed whose articles, cases, contacts, messages, labels, service
 * status and centers are hostile) and typed by a person (every free-text field of the case form,
 * the message, reopen and concern boxes of the case view). Each test then checks that
 *
 * - no payload ran: the page-level sentinel `__xss` was never called (after images had time to
 *   fail and handlers to fire);
 * - nothing that can run, load or leak was rendered in any shadow root (no script, frame, object,
 *   embed, base, meta, style, svg, form with an action, `on*` attribute, `javascript:`/`data:`
 *   address, `srcdoc`);
 * - the hostile text is still there for a person to read, as text (article bodies: their
 *   sanitized form).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SupportBackend } from '../../src/api/backend.js';
import { createHttpBackend } from '../../src/api/http-backend.js';
import {
  ARTICLE_SECTIONS,
  Phone,
  type Article,
  type Attachment,
  type CaseEvent,
  type CaseStatus,
} from '../../src/api/schemas.js';
import { DomainOrUrl, ReferenceIds } from '../../src/api/request-schemas.js';
import type { EqArticleSuggest } from '../../src/components/article-suggest/article-suggest.js';
import type { EqCaseForm } from '../../src/components/case-form/case-form.js';
import type { EqCaseList } from '../../src/components/case-list/case-list.js';
import type { EqCaseView } from '../../src/components/case-view/case-view.js';
import { sanitizeArticleBody } from '../../src/components/documentation/article-body.js';
import type { EqDocumentation } from '../../src/components/documentation/documentation.js';
import type { EqSupportLauncher } from '../../src/components/launcher/launcher.js';
import type { EqSupportButton } from '../../src/components/support-button/support-button.js';
import type { EqCaseCreatedEvent } from '../../src/events/case-form-events.js';
import { createInBrowserBackend, type InBrowserBackend } from '../../demo/server/in-browser.js';
import {
  buildSeed,
  type Seed,
  type SeedAttachment,
  type SeedCase,
} from '../../demo/server/seed/index.js';
import {
  deepText,
  hostileFindings,
  uncaught,
  watchUncaught,
  isScriptAddress,
  payloadsHadTheirChance,
  unsafeMarkup,
  xssHits,
} from '../fixtures/hostile-dom.js';
import {
  XSS_CATEGORIES,
  XSS_CORPUS,
  corpusSizes,
  payloadsOf,
  type XssPayload,
} from '../fixtures/xss-corpus.js';
import '../../src/components/article-suggest/article-suggest.js';
import '../../src/components/case-form/case-form.js';
import '../../src/components/case-list/case-list.js';
import '../../src/components/case-view/case-view.js';
import '../../src/components/documentation/documentation.js';
import '../../src/components/support-button/support-button.js';

// ---------------------------------------------------------------------------------------------
// The hostile seed
// ---------------------------------------------------------------------------------------------

const N = XSS_CORPUS.length;
/** The payload at `i`, wrapping around the corpus. */
const payload = (i: number): string => XSS_CORPUS[((i % N) + N) % N]!.payload;
const URL_PAYLOADS = payloadsOf('url-scheme').map((p) => p.payload);
/** The status page address: a plain `javascript:` URL. */
const STATUS_PAGE_URL = URL_PAYLOADS[0]!;

const HOUR = 3_600_000;
const NOW = Date.now();
const iso = (hoursAgo: number) => new Date(NOW - hoursAgo * HOUR).toISOString();

/** Cases whose history carries the whole corpus, a slice each. */
const RICH = 6;
const SLICES: XssPayload[][] = Array.from({ length: RICH }, (_, k) =>
  XSS_CORPUS.slice(Math.floor((k * N) / RICH), Math.floor(((k + 1) * N) / RICH)),
);
const richId = (k: number) => `case-xss-rich-${k}`;
/** Rich cases alternate: waiting for the customer's reply (open), closed. */
const richStatus = (k: number): CaseStatus => (k % 2 === 0 ? 'waiting_for_customer' : 'closed');

/** A payload that a `text(max)` field of the contract accepts (non-empty and short once trimmed). */
const fits = (max: number) => (p: XssPayload) => {
  const trimmed = p.payload.trim();
  return trimmed.length > 0 && trimmed.length <= max;
};

function richCase(k: number, slice: XssPayload[], seed: Seed, number: string): SeedCase {
  const user = seed.users[0]!;
  const type = seed.taxonomy.caseTypes[k % seed.taxonomy.caseTypes.length]!;
  const history: CaseEvent[] = [];
  const attachments: SeedAttachment[] = [];
  let hour = 500;
  const at = () => iso((hour -= 1));
  history.push({ id: `${richId(k)}-e0`, at: at(), kind: 'status_change', from: null, to: 'new' });
  slice.forEach((p, j) => {
    const when = at();
    let attachmentIds: string[] | undefined;
    if (j % 8 === 0) {
      const id = `att-xss-${k}-${j}`;
      const file = { id, name: payload(p.id + 3), contentType: 'text/plain', content: p.payload };
      attachments.push({ ...file, createdAt: when });
      attachmentIds = [id];
      const { content: _content, ...rest } = file;
      const attachment: Attachment = {
        ...rest,
        size: new TextEncoder().encode(p.payload).byteLength,
        createdAt: when,
        url: '',
      };
      history.push({ id: `${id}-added`, at: when, kind: 'attachment_added', attachment });
    }
    history.push({
      id: `${richId(k)}-m${j}`,
      at: when,
      kind: 'message',
      author: { role: j % 2 === 0 ? 'support' : 'customer', name: payload(p.id + 1) },
      body: p.payload,
      ...(attachmentIds ? { attachmentIds } : {}),
    });
  });
  history.push({
    id: `${richId(k)}-s1`,
    at: at(),
    kind: 'status_change',
    from: 'new',
    to: 'in_progress',
    reason: payload(slice[1]!.id + 5),
  });
  history.push({
    id: `${richId(k)}-p1`,
    at: at(),
    kind: 'priority_change_requested',
    from: 'medium',
    requested: 'critical',
    justification: payload(slice[2]!.id + 5),
  });
  const status = richStatus(k);
  history.push({
    id: `${richId(k)}-s2`,
    at: at(),
    kind: 'status_change',
    from: 'in_progress',
    to: status,
    reason: payload(slice[3]!.id + 5),
  });
  const technical = slice.find(fits(120)) ?? XSS_CORPUS.find(fits(120))!;
  return {
    organizationId: 'org-acme',
    createdByUserId: user.id,
    collaboratorIds: ['contact-acme-2', 'contact-acme-3'],
    attachments,
    case: {
      id: richId(k),
      number,
      subject: slice[0]!.payload,
      status,
      priority: 'medium',
      typeId: type.id,
      categoryId: type.categories[0]!.id,
      createdAt: iso(501),
      updatedAt: history.at(-1)!.at,
      description: slice.map((p) => p.payload).join('\n'),
      howToReproduce: [...slice]
        .reverse()
        .map((p) => p.payload)
        .join('\n'),
      insertionId: payload(slice[4]!.id),
      dealId: payload(slice[5]!.id),
      campaignId: payload(slice[6]!.id),
      domainUrl: URL_PAYLOADS[k % URL_PAYLOADS.length]!,
      contact: { name: user.name, email: user.email, phone: payload(slice[7]!.id) },
      technicalContact: { name: technical.payload.trim(), phone: '+33 1 23 45 67 89' },
      concerns: [
        {
          id: `${richId(k)}-c1`,
          category: 'other',
          phone: payload(slice[8]!.id),
          description: payload(slice[9]!.id),
          createdAt: iso(2),
        },
      ],
      ...(status === 'closed'
        ? {
            closeReason: 'resolution_reached' as const,
            survey: { rating: 2, comment: payload(slice[10]!.id), answeredAt: iso(1) },
          }
        : {}),
      history,
    },
  };
}

/** A case per payload, the payload as its subject. */
function subjectCase(p: XssPayload, i: number, seed: Seed, number: string): SeedCase {
  const statuses: CaseStatus[] = ['new', 'in_progress', 'waiting_for_customer', 'resolved'];
  const type = seed.taxonomy.caseTypes[i % seed.taxonomy.caseTypes.length]!;
  const user = seed.users[0]!;
  const at = iso(1000 + i);
  return {
    organizationId: 'org-acme',
    createdByUserId: user.id,
    collaboratorIds: [],
    attachments: [],
    case: {
      id: `case-xss-${p.id}`,
      number,
      subject: p.payload,
      status: statuses[i % statuses.length]!,
      priority: 'low',
      typeId: type.id,
      categoryId: type.categories[0]!.id,
      createdAt: at,
      updatedAt: at,
      description: payload(i + 1),
      contact: { name: user.name, email: user.email },
      concerns: [],
      history: [{ id: `case-xss-${p.id}-e0`, at, kind: 'status_change', from: null, to: 'new' }],
    },
  };
}

/**
 * The demo seed with hostile strings wherever the backend serves free text: articles (title,
 * summary, tags, body, workaround, address), cases of demo-user-1 (subject, description, how to
 * reproduce, IDs, URL, contacts, messages and their authors, reasons, justifications, files,
 * concerns, survey), the person and their organization, the contacts, every label of the taxonomy,
 * the service status (components, incidents, status page address) and the delivery centers.
 */
function hostileSeed(change?: (seed: Seed) => void): Seed {
  const seed = structuredClone(buildSeed(new Date(NOW)));
  let k = 0;
  const next = () => payload(17 + k++ * 7);

  const user = seed.users[0]!;
  user.name = payload(3);
  user.organization.name = payload(4);
  seed.organizations[0]!.name = payload(4);
  for (const contact of seed.contacts) {
    if (contact.organizationId !== 'org-acme' || contact.id === user.contactId) continue;
    contact.name = next();
    contact.jobTitle = next();
  }
  seed.contacts.find((c) => c.id === 'contact-acme-4')!.email = next();

  const t = seed.taxonomy;
  for (const p of t.priorities) {
    p.label = next();
    p.description = next();
    p.examples = [next(), next()];
  }
  t.blockerPolicy = [next(), next()];
  for (const type of t.caseTypes) {
    type.label = next();
    for (const category of type.categories) category.label = next();
  }
  for (const reason of t.closeReasons) {
    reason.label = next();
    reason.description = next();
  }
  for (const concern of t.concernCategories) {
    concern.label = next();
    concern.description = next();
  }
  t.outOfScope = [next(), next()];

  seed.articles = XSS_CORPUS.map((p, i): Article => ({
    id: `kb-xss-${p.id}`,
    title: p.payload,
    summary: payload(i + 1),
    section: ARTICLE_SECTIONS[i % ARTICLE_SECTIONS.length]!,
    tags: [payload(i + 2), 'hostile'],
    url:
      p.category === 'url-scheme' ? p.payload : `https://help.example.com/articles/kb-xss-${p.id}`,
    ...(i % 7 === 0
      ? { knownError: { workaround: payload(i + 3), status: 'investigating', since: iso(48) } }
      : {}),
    updatedAt: iso(24 + i),
    body: `<p>Article ${p.id}.</p><h2>${payload(i + 4)}</h2><p>${p.payload}</p><p><a href="${URL_PAYLOADS[i % URL_PAYLOADS.length]}">${payload(i + 5)}</a></p>${payload(i + 6)}<img src="${URL_PAYLOADS[(i + 1) % URL_PAYLOADS.length]}" alt="${payload(i + 7)}">`,
  }));

  const status = seed.serviceStatus;
  status.components = status.components.map((c, i) => ({
    ...c,
    name: next(),
    status: i % 2 === 0 ? 'degraded' : 'partial_outage',
  }));
  status.incidents = [0, 1, 2].map((i) => ({
    id: `incident-xss-${i}`,
    title: next(),
    status: 'investigating',
    impact: 'major',
    componentIds: [status.components[i % status.components.length]!.id],
    message: next(),
    startedAt: iso(3),
    updatedAt: iso(2),
  }));
  status.statusPageUrl = STATUS_PAGE_URL;
  for (const center of seed.supportCenters) {
    center.city = next();
    center.country = next();
  }

  let number = 20_000;
  const nextNumber = () => String(++number).padStart(8, '0');
  seed.cases = [
    ...seed.cases.filter((c) => c.createdByUserId !== user.id),
    ...XSS_CORPUS.map((p, i) => subjectCase(p, i, seed, nextNumber())),
    ...SLICES.map((slice, i) => richCase(i, slice, seed, nextNumber())),
  ];
  change?.(seed);
  return seed;
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const until = (predicate: () => unknown, message: string, timeout = 5000) =>
  waitUntil(predicate, message, { timeout, interval: 5 });
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const buttonNamed = (scope: Element | ShadowRoot, label: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent.replace(/\s+/g, ' ').trim() === label,
  );

/**
 * Nothing ran, nothing unsafe is rendered under `root`, nothing was thrown. With `wait`, what was
 * rendered has had its chance to load and fire first.
 */
async function expectClean(root: Element, wait = true): Promise<void> {
  if (wait) await payloadsHadTheirChance();
  expect(hostileFindings(root), 'payloads that ran and unsafe markup').to.deep.equal([]);
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
}

/** The payloads (by id) whose text is missing from `text`. */
const missingFrom = (text: string, payloads: readonly XssPayload[]) =>
  payloads.filter((p) => !text.includes(p.payload)).map((p) => p.id);

function typeInto(scope: Element, selector: string, value: string): void {
  const control = $<HTMLInputElement | HTMLTextAreaElement>(scope, selector);
  if (!control) throw new Error(`${selector} is missing`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** The value a control holds, as the browser sanitized it. */
const readBack = (scope: Element, selector: string): string =>
  $<HTMLInputElement | HTMLTextAreaElement>(scope, selector)!.value;
function choose(scope: Element, selector: string, value: string): void {
  const control = $<HTMLSelectElement>(scope, selector)!;
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** U+0000 or an unpaired surrogate: text the reference backend refuses (PostgreSQL cannot hold it). */
// eslint-disable-next-line no-control-regex -- U+0000 is exactly what is looked for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');

/** The free-text, ID, URL and phone fields of the case form, by their control id. */
type FormField =
  | 'subject'
  | 'description'
  | 'howToReproduce'
  | 'technicalContact.name'
  | 'technicalContact.phone'
  | 'insertionId'
  | 'dealId'
  | 'campaignId'
  | 'domainUrl';

/** The first field whose value the backend refuses as unstorable, in the backend's order. */
const unstorableField = (values: Record<FormField, string>): FormField | undefined =>
  (['subject', 'description', 'howToReproduce', 'technicalContact.name'] as const).find((f) =>
    UNSTORABLE.test(values[f]),
  );

async function caseView(backend: SupportBackend, caseId: string): Promise<EqCaseView> {
  const el = await fixture<EqCaseView>(
    html`<eq-case-view case-id=${caseId} .backend=${backend}></eq-case-view>`,
  );
  await until(() => el.case && el.taxonomy && el.user, `case ${caseId} is shown`);
  await el.updateComplete;
  return el;
}

/** Payloads packed into texts of at most `max` characters (longer ones keep their end). */
function pack(payloads: readonly XssPayload[], max: number): string[] {
  const texts: string[] = [];
  let current = '';
  for (const p of payloads) {
    const text = p.payload.length > max ? p.payload.slice(-max) : p.payload;
    if (current && current.length + 1 + text.length > max) {
      texts.push(current);
      current = '';
    }
    current = current ? `${current}\n${text}` : text;
  }
  if (current) texts.push(current);
  return texts;
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe('hostile input — nothing executes, nothing leaks', function () {
  this.timeout(60_000);

  watchUncaught();
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => {
    for (const button of document.querySelectorAll('eq-support-button')) button.close();
  });

  it('the corpus: at least 200 payloads over every category, and the sentinel sees those that run', async () => {
    expect(XSS_CORPUS.length).to.be.at.least(200);
    const sizes = corpusSizes();
    for (const category of XSS_CATEGORIES) expect(sizes[category], category).to.be.at.least(10);
    expect(new Set(XSS_CORPUS.map((p) => p.id)).size).to.equal(N);

    // Positive control: parsed as HTML in throwaway same-origin frames (document.write runs
    // scripts), the payloads do call the sentinel — so an empty list later means "did not run".
    const ran = new Set<number>();
    const frames = XSS_CORPUS.map((p) => {
      const frame = document.createElement('iframe');
      frame.hidden = true;
      document.body.append(frame);
      const win = frame.contentWindow as (Window & typeof globalThis) | null;
      const doc = frame.contentDocument!;
      doc.open();
      if (win) win.__xss = (id: number) => ran.add(id);
      doc.write(p.payload);
      doc.close();
      return frame;
    });
    // Images fail and handlers fire when the engine gets to them: in Firefox most run only after a
    // few hundred ms, later under load. Wait for the sentinel, not for a set time.
    const seen = () => new Set([...ran, ...xssHits()]).size; // with `top.__xss(…)` payloads
    await waitUntil(() => seen() >= 90, 'payloads run', { timeout: 15_000 }).catch(() => undefined);
    for (const frame of frames) frame.remove();
    for (const id of xssHits()) ran.add(id);
    window.__xssHits = [];
    // 117 of 274 in Chromium 156, 115 in Firefox 153, 118 in WebKitGTK 2.50; the rest need a
    // click, a frame of their own or an old browser.
    expect(ran.size, 'payloads that run without a click when parsed as HTML').to.be.at.least(90);
  });

  describe('served by the backend', () => {
    let reference: InBrowserBackend;
    let backend: SupportBackend;

    before(async () => {
      reference = await createInBrowserBackend({ seed: hostileSeed() });
      backend = reference.client('demo-user-1');
    });

    it('<eq-documentation>: hostile titles and summaries listed as text, found by search, bodies sanitized in the reading pane', async () => {
      const el = await fixture<EqDocumentation>(
        html`<eq-documentation .backend=${backend} .debounce=${0}></eq-documentation>`,
      );
      await until(() => $(el, 'ul.results'), 'the articles are listed');
      for (let more = buttonNamed(el.shadowRoot!, 'Show more'); more;) {
        more.click();
        await el.updateComplete;
        more = buttonNamed(el.shadowRoot!, 'Show more');
      }
      expect($$(el, 'ul.results > li')).to.have.length(N);
      const listed = el.shadowRoot!.textContent;
      expect(missingFrom(listed, XSS_CORPUS), 'titles missing from the list').to.deep.equal([]);
      const summaries = reference.seed.articles.map((a) => a.summary);
      expect(summaries.filter((s) => !listed.includes(s))).to.deep.equal([]);
      // Articles with a javascript:/data: address are listed without a link.
      const unlinked = $$(el, 'ul.results button[data-article-id]').map((b) => b.dataset.articleId);
      const scriptAddresses = payloadsOf('url-scheme').filter((p) => isScriptAddress(p.payload));
      expect(scriptAddresses.length).to.be.greaterThan(5);
      expect(unlinked).to.include.members(scriptAddresses.map((p) => `kb-xss-${p.id}`));
      await expectClean(el, false);

      for (const query of ['script', 'onerror', 'svg onload', 'javascript', 'srcdoc', 'lit$']) {
        el.query = query;
        await until(() => $(el, '.count')?.textContent.includes(query), `results for “${query}”`);
        // Titles are links, or buttons (whose text is padded) when their address is unsafe.
        const items = $$(el, 'ul.results [part=link]').map((a) => a.textContent.trim());
        expect(items.length, query).to.be.greaterThan(0);
        const titles = new Set(XSS_CORPUS.map((p) => p.payload.trim()));
        for (const title of items)
          expect(titles.has(title), `“${title}” is a whole title`).to.equal(true);
        expect(unsafeMarkup(el)).to.deep.equal([]);
      }

      // The reading pane: a few opened from the list, then every article by id.
      el.query = 'onerror';
      await until(() => $(el, 'ul.results [part=link]'), 'results');
      for (const link of $$(el, 'ul.results [part=link]').slice(0, 3)) {
        const id = link.dataset.articleId!;
        link.click();
        await until(() => el.articleId === id && $(el, '.article-body')?.childNodes.length, id);
        await until(() => buttonNamed(el.shadowRoot!, '← Back to the articles'), 'back');
        buttonNamed(el.shadowRoot!, '← Back to the articles')!.click();
        await el.updateComplete;
      }
      for (const article of reference.seed.articles) {
        el.articleId = article.id;
        await until(
          () => $(el, '#article-title')?.textContent === article.title,
          `article ${article.id} is shown`,
        );
        await el.updateComplete;
        const body = $(el, '.article-body')!;
        const expected = sanitizeArticleBody(article.body, article.url).textContent;
        expect(body.textContent, `body of ${article.id}`).to.equal(expected);
        expect(body.textContent, `body of ${article.id}`).to.include(
          `Article ${article.id.slice(7)}.`,
        );
        const problems = unsafeMarkup(el);
        expect(problems, article.id).to.deep.equal([]);
      }
      await expectClean(el);
    });

    it('<eq-article-suggest>: queries that match hostile titles list them as text, inline and in the combobox', async () => {
      const titles = new Set(XSS_CORPUS.map((p) => p.payload));
      const inline = await fixture<EqArticleSuggest>(
        html`<eq-article-suggest
          .backend=${backend}
          .debounce=${0}
          .limit=${10}
          query=""
        ></eq-article-suggest>`,
      );
      let suggested = 0;
      for (const query of [
        'script',
        'img onerror',
        'svg',
        'javascript',
        'iframe',
        'math',
        'style',
        'lit',
      ]) {
        inline.query = query;
        await until(() => $(inline, '[part=list] li'), `suggestions for “${query}”`);
        for (const item of $$(inline, '[part=list] li')) {
          const title = item
            .querySelector('[part=link], .title')!
            .textContent.replace(/ \(opens in a new tab\)$/, '');
          expect(titles.has(title), `“${title}” is a whole title`).to.equal(true);
          suggested += 1;
        }
        expect(unsafeMarkup(inline)).to.deep.equal([]);
      }
      expect(suggested).to.be.greaterThan(20);
      // A hostile open case of the person is offered as "You may already have a case for this".
      const open = reference.seed.cases.find(
        (c) => c.case.id === 'case-xss-2' && c.case.status !== 'resolved',
      )!;
      inline.query = open.case.subject;
      await until(() => $(inline, '[part=similar-case]'), 'the similar case');
      const similar = $(inline, '[part=similar-case]')!.textContent;
      const openSubjects = reference.seed.cases
        .filter((c) => c.createdByUserId === 'user-1')
        .map((c) => c.case.subject);
      expect(openSubjects.some((subject) => similar.includes(subject))).to.equal(true);
      await expectClean(inline);

      const search = await fixture<EqArticleSuggest>(
        html`<eq-article-suggest .backend=${backend} .debounce=${0}></eq-article-suggest>`,
      );
      const input = $<HTMLInputElement>(search, '#input')!;
      input.focus();
      for (const query of ['onerror', 'javascript:', '<svg']) {
        typeInto(search, '#input', query);
        await until(() => $$(search, '[role=option]').length > 0, `options for “${query}”`);
        expect(unsafeMarkup(search)).to.deep.equal([]);
      }
      // Enter opens the active option in a new tab: record what would open instead of opening it.
      const opened: string[] = [];
      const realOpen = window.open.bind(window);
      window.open = (url?: string | URL) => {
        opened.push(String(url));
        return null;
      };
      try {
        for (const query of ['javascript:', 'onerror', 'data:']) {
          typeInto(search, '#input', query);
          await until(() => $$(search, '[role=option]').length > 0, `options for “${query}”`);
          for (let i = 0; i < $$(search, '[role=option]').length; i += 1) {
            input.focus();
            typeInto(search, '#input', query);
            await until(() => $$(search, '[role=option]').length > 0, 'the options');
            for (let down = 0; down <= i; down += 1) await sendKeys({ press: 'ArrowDown' });
            await sendKeys({ press: 'Enter' });
            await search.updateComplete;
          }
        }
      } finally {
        window.open = realOpen;
      }
      expect(opened.length).to.be.greaterThan(0);
      for (const url of opened) expect(['http:', 'https:']).to.include(new URL(url).protocol);
      await expectClean(search);
    });

    describe('<eq-case-list>', () => {
      it('lists every hostile subject as text, over all pages', async () => {
        const el = await fixture<EqCaseList>(
          html`<eq-case-list page-size="100" .backend=${backend}></eq-case-list>`,
        );
        await until(() => $$(el, 'button.row').length > 0, 'the cases are shown');
        for (let more = buttonNamed(el.shadowRoot!, 'Load more'); more;) {
          const before = el.cases.length;
          more.click();
          await until(() => el.cases.length > before, 'the next page');
          await el.updateComplete;
          more = buttonNamed(el.shadowRoot!, 'Load more');
        }
        expect(el.cases.length).to.be.at.least(N + RICH);
        // Only the rows in view are in the DOM: scroll through the list, reading every row.
        const scroller = $(el, '.scroller')!;
        const seen = new Set<string>();
        for (let top = 0; ; top += scroller.clientHeight / 2) {
          scroller.scrollTop = top;
          await new Promise((r) => requestAnimationFrame(r));
          await new Promise((r) => requestAnimationFrame(r));
          for (const subject of $$(el, 'button.row .subject')) seen.add(subject.textContent);
          expect(unsafeMarkup(el)).to.deep.equal([]);
          if (top >= scroller.scrollHeight) break;
        }
        expect(
          missingFrom([...seen].join('\u0001'), XSS_CORPUS),
          'subjects never listed',
        ).to.deep.equal([]);
        await expectClean(el);
      });
    });

    it('<eq-case-view>: hostile subject, texts, IDs, people, messages, files, reasons and labels as text', async () => {
      for (const [k, slice] of SLICES.entries()) {
        const el = await caseView(backend, richId(k));
        const kase = el.case!;
        const root = el.shadowRoot!;
        expect($(el, '#case-title')!.textContent).to.equal(slice[0]!.payload);
        const texts = $$(el, '.body').map((b) => b.textContent);
        expect(texts).to.include(kase.description);
        expect(texts).to.include(kase.howToReproduce);
        const all = root.textContent;
        expect(missingFrom(all, slice), `messages of ${kase.id}`).to.deep.equal([]);
        for (const value of [
          kase.insertionId,
          kase.dealId,
          kase.campaignId,
          kase.domainUrl,
          kase.contact.name,
          kase.contact.phone,
          kase.technicalContact!.name,
          ...kase.collaborators.flatMap((c) => [c.name, c.email]),
          ...kase.attachments.map((a) => a.name),
          ...kase.history.flatMap((e) =>
            e.kind === 'message'
              ? [e.author.name]
              : e.kind === 'status_change'
                ? [e.reason ?? '']
                : e.kind === 'priority_change_requested'
                  ? [e.justification]
                  : [],
          ),
          reference.seed.taxonomy.caseTypes.find((t) => t.id === kase.typeId)!.label,
        ])
          expect(all, String(value).slice(0, 80)).to.include(value);
        // Download links keep the signed http(s) address; the hostile name is the link's text.
        for (const link of $$<HTMLAnchorElement>(el, '[part=attachment-link]'))
          expect(new URL(link.href).protocol).to.equal('http:');
        await expectClean(el, false);
        el.remove();
      }
      // A sample of the one-payload cases, a few of each category.
      for (const category of XSS_CATEGORIES) {
        for (const p of payloadsOf(category).slice(0, 2)) {
          const el = await caseView(backend, `case-xss-${p.id}`);
          expect($(el, '#case-title')!.textContent).to.equal(p.payload);
          expect(unsafeMarkup(el)).to.deep.equal([]);
          el.remove();
        }
      }
      await payloadsHadTheirChance();
      expect(xssHits()).to.deep.equal([]);
    });

    it('the launcher through <eq-support-button>.open(): home and settings show hostile status, incidents and centers as text, and no javascript: status page link', async () => {
      const el = await fixture<EqSupportButton>(
        html`<eq-support-button .backend=${backend}></eq-support-button>`,
      );
      await el.open();
      const launcher = el.shadowRoot!.querySelector<EqSupportLauncher>('eq-support-launcher')!;
      await until(() => $(launcher, '.centers li'), 'the delivery centers');
      const text = launcher.shadowRoot!.textContent;
      const status = reference.seed.serviceStatus;
      for (const value of [
        ...status.components.map((c) => c.name),
        ...status.incidents.flatMap((i) => [i.title, i.message]),
        ...reference.seed.supportCenters.map((c) => c.city),
      ])
        expect(text, value.slice(0, 80)).to.include(value);
      const statusLinks = $$<HTMLAnchorElement>(launcher, 'a').filter((a) =>
        a.textContent.includes('Status page'),
      );
      for (const link of statusLinks)
        expect(link.getAttribute('href')).to.not.equal(STATUS_PAGE_URL);
      await expectClean(el);

      await el.open({ view: 'settings' });
      await until(
        () => $(launcher, 'eq-user-settings')?.shadowRoot?.querySelector('form'),
        'the settings',
      );
      await expectClean(el);
      await el.open({ view: 'docs' });
      await until(() => {
        const docs = $(launcher, 'eq-documentation');
        return docs?.shadowRoot?.querySelector('ul.results');
      }, 'the documentation in the dialog');
      expect(deepText(launcher)).to.include(XSS_CORPUS[0]!.payload);
      await expectClean(el);
    });

    it('hostile time zones of the person and of a center do not break the launcher home', async () => {
      const odd = await createInBrowserBackend({
        seed: hostileSeed((seed) => {
          seed.users[0]!.timeZone = payload(0);
          seed.supportCenters[0]!.timeZone = payload(1);
          seed.supportCenters[1]!.timeZone = 'Not/A_Zone';
        }),
      });
      const el = await fixture<EqSupportButton>(
        html`<eq-support-button .backend=${odd.client('demo-user-1')}></eq-support-button>`,
      );
      await el.open();
      const launcher = el.shadowRoot!.querySelector<EqSupportLauncher>('eq-support-launcher')!;
      await until(() => $(launcher, '.centers li'), 'the delivery centers');
      const cities = $$(launcher, '.centers .city').map((c) => c.textContent);
      expect(cities).to.deep.equal(odd.seed.supportCenters.map((c) => c.city));
      await expectClean(el);
    });

    it('download addresses a hostile backend sends as javascript:/data: are never links', async () => {
      let n = 0;
      const rewrite = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(rewrite);
        if (value && typeof value === 'object') {
          const entries = Object.entries(value).map(([key, v]) => [
            key,
            key === 'url' && typeof v === 'string'
              ? URL_PAYLOADS[n++ % URL_PAYLOADS.length]
              : rewrite(v),
          ]);
          return Object.fromEntries(entries);
        }
        return value;
      };
      const hostileFetch: typeof fetch = async (input, init) => {
        const response = await reference.fetch(input, init);
        if (!response.headers.get('Content-Type')?.includes('json')) return response;
        const body = rewrite(await response.json());
        return new Response(JSON.stringify(body), {
          status: response.status,
          headers: response.headers,
        });
      };
      const hostile = createHttpBackend({
        baseUrl: `${location.origin}/api`,
        getToken: () => 'demo-user-1',
        fetch: hostileFetch,
      });
      const el = await caseView(hostile, richId(0));
      const names = el.case!.attachments.map((a) => a.name);
      expect(names.length).to.be.greaterThan(2);
      expect(el.case!.attachments.every((a) => URL_PAYLOADS.includes(a.url))).to.equal(true);
      const text = el.shadowRoot!.textContent;
      for (const name of names) expect(text).to.include(name);
      await expectClean(el);
    });
  });

  describe('typed by a person', () => {
    let reference: InBrowserBackend;
    let backend: SupportBackend;

    beforeEach(async () => {
      reference = await createInBrowserBackend({ seed: hostileSeed() });
      backend = reference.client('demo-user-1');
    });

    async function caseForm(): Promise<EqCaseForm> {
      const el = await fixture<EqCaseForm>(html`<eq-case-form .backend=${backend}></eq-case-form>`);
      await until(() => $(el, 'form #subject'), 'the form');
      await el.updateComplete; // the rest of step 1 follows the form's first frame
      return el;
    }
    /** Next (or Retry, after a failed save). */
    async function next(el: EqCaseForm): Promise<void> {
      $<HTMLButtonElement>(el, '[part=actions] button[type=submit]')!.click();
      await el.updateComplete;
    }

    it('every corpus string typed as the subject stays text, and so do the suggestions it brings', async () => {
      const el = await caseForm();
      const suggest = $<EqArticleSuggest>(el, 'eq-article-suggest')!;
      suggest.debounce = 0;
      for (const [i, p] of XSS_CORPUS.entries()) {
        typeInto(el, '#subject', p.payload);
        await el.updateComplete;
        await suggest.updateComplete;
        // A one-line input drops line breaks from its value, as it does for a paste.
        expect($<HTMLInputElement>(el, '#subject')!.value).to.equal(
          p.payload.replace(/[\r\n]/g, ''),
        );
        if (i % 10 === 0) {
          await payloadsHadTheirChance();
          expect(unsafeMarkup(el), `after payload ${p.id}`).to.deep.equal([]);
        }
      }
      // The last subject's suggestions are rendered, as text.
      await until(() => suggest.shadowRoot!.querySelector('[part=list] li'), 'suggestions');
      await expectClean(el);
    });

    it('files cases with hostile free text; IDs, URL and phone refuse what the contract refuses; the case view shows the text as text', async () => {
      const groups = 10;
      let refused = 0;
      let accepted = 0;
      let unstorableSeen = 0;
      const type = reference.seed.taxonomy.caseTypes[0]!;
      for (let g = 0; g < groups; g += 1) {
        const group = XSS_CORPUS.slice(
          Math.floor((g * N) / groups),
          Math.floor(((g + 1) * N) / groups),
        );
        const values: Record<FormField, string> = {
          subject: group[0]!.payload,
          description: group.map((p) => p.payload).join('\n'),
          howToReproduce: [...group]
            .reverse()
            .map((p) => p.payload)
            .join('\n'),
          'technicalContact.name': group[1]!.payload,
          'technicalContact.phone': group[2]!.payload,
          insertionId: group[3]!.payload,
          dealId: group[4]!.payload,
          campaignId: group[5]!.payload,
          domainUrl: group[6]!.payload,
        };
        const text = (max: number) => (v: string) => v.trim().length > 0 && v.trim().length <= max;
        const valid: Record<FormField, (v: string) => boolean> = {
          subject: text(255),
          description: text(32_000),
          howToReproduce: (v) => v.trim().length <= 32_000,
          'technicalContact.name': text(120),
          'technicalContact.phone': (v) => Phone.safeParse(v).success,
          insertionId: (v) => ReferenceIds.safeParse(v).success,
          dealId: (v) => ReferenceIds.safeParse(v).success,
          campaignId: (v) => ReferenceIds.safeParse(v).success,
          domainUrl: (v) => DomainOrUrl.safeParse(v).success,
        };
        const replacement: Record<FormField, string> = {
          subject: 'Deal 12333 — no delivery',
          description: 'Delivery stopped.',
          howToReproduce: '',
          'technicalContact.name': 'On-call engineer',
          'technicalContact.phone': '+33 1 23 45 67 89',
          insertionId: '',
          dealId: '',
          campaignId: '',
          domainUrl: '',
        };

        const el = await caseForm();
        $<HTMLInputElement>(el, '#priority-blocker')!.click();
        await el.updateComplete;
        for (const [field, value] of Object.entries(values)) {
          typeInto(el, `#${CSS.escape(field)}`, value);
          // What the control keeps (one-line inputs drop line breaks, textareas normalize them).
          values[field as FormField] = readBack(el, `#${CSS.escape(field)}`);
        }
        choose(el, '#typeId', type.id);
        await el.updateComplete;
        choose(el, '#categoryId', type.categories[0]!.id);
        await el.updateComplete;
        await next(el);
        const fields = Object.keys(values) as FormField[];
        for (const field of fields) {
          const ok = valid[field](values[field]);
          const error = $(el, `#${CSS.escape(field)}-error`);
          expect(
            Boolean(error),
            `${field} = ${JSON.stringify(values[field].slice(0, 60))}`,
          ).to.equal(!ok);
          if (field.endsWith('Id') || field === 'domainUrl' || field === 'technicalContact.phone') {
            if (ok) accepted += 1;
            else refused += 1;
          }
          if (!ok) {
            values[field] = replacement[field];
            typeInto(el, `#${CSS.escape(field)}`, replacement[field]);
          }
        }
        expect(unsafeMarkup(el)).to.deep.equal([]);
        await next(el);
        await until(() => $(el, 'table.contacts tbody tr'), 'the collaborators step');
        const contactNames = $$(el, 'table.contacts label').map((l) => l.textContent);
        const hostileContacts = reference.seed.contacts.filter(
          (c) => c.organizationId === 'org-acme' && c.portalAccess && c.id !== 'contact-acme-1',
        );
        expect(contactNames).to.include.members(hostileContacts.map((c) => c.name));
        $<HTMLInputElement>(el, 'table.contacts input[type=checkbox]')!.click();
        await el.updateComplete;
        expect(unsafeMarkup(el)).to.deep.equal([]);
        const created = oneEvent(el, 'eq-case-created');
        await next(el);
        // Text the store cannot hold (NUL, unpaired surrogates) comes back as a field error.
        for (let field = unstorableField(values); field; field = unstorableField(values)) {
          const refused = field;
          await until(() => $(el, `#${CSS.escape(refused)}-error`), `${field} is refused`);
          expect($(el, `#${CSS.escape(field)}-error`)!.textContent).to.contain('NUL character');
          values[field] = values[field].replace(UNSTORABLE_ALL, '');
          typeInto(el, `#${CSS.escape(field)}`, values[field]);
          await el.updateComplete;
          await next(el);
          await until(() => $(el, 'table.contacts'), 'the collaborators step again');
          await next(el);
          unstorableSeen += 1;
        }
        const { case: kase } = (await created) as unknown as EqCaseCreatedEvent;
        expect(kase.subject).to.equal(values.subject.trim());
        expect(kase.description).to.equal(values.description.trim());
        el.remove();

        const view = await caseView(backend, kase.id);
        expect($(view, '#case-title')!.textContent).to.equal(values.subject.trim());
        const bodies = $$(view, '.body').map((b) => b.textContent);
        expect(bodies).to.include(values.description.trim());
        if (values.howToReproduce.trim()) expect(bodies).to.include(values.howToReproduce.trim());
        const all = view.shadowRoot!.textContent;
        expect(all).to.include(values['technicalContact.name'].trim());
        for (const field of ['insertionId', 'dealId', 'campaignId', 'domainUrl'] as const)
          if (values[field]) expect(all).to.include(values[field].trim());
        expect(unsafeMarkup(view)).to.deep.equal([]);
        view.remove();
      }
      expect(unstorableSeen).to.be.greaterThan(0);
      expect(refused).to.be.greaterThan(accepted);
      await payloadsHadTheirChance();
      expect(xssHits()).to.deep.equal([]);
      expect(uncaught).to.deep.equal([]);
    });

    it('the case view boxes — message, reopen with a priority justification, concern — send hostile text and show it as text', async () => {
      // Add a message, on an open case: the whole corpus, packed into messages.
      const open = await caseView(backend, richId(0));
      for (const typed of pack(XSS_CORPUS, 9_500)) {
        typeInto(open, '#reply-message', typed);
        let body = readBack(open, '#reply-message');
        await open.updateComplete;
        const sent = oneEvent(open, 'eq-message-sent');
        $(open, '#reply-message')!.closest('form')!.requestSubmit();
        if (UNSTORABLE.test(body)) {
          // Refused by the backend with a field error; the text stays in the box.
          await until(() => $(open, '#reply-message-error'), 'the message is refused');
          expect(readBack(open, '#reply-message')).to.equal(body);
          body = body.replace(UNSTORABLE_ALL, '');
          typeInto(open, '#reply-message', body);
          await open.updateComplete;
          $(open, '#reply-message')!.closest('form')!.requestSubmit();
        }
        await sent;
        await open.updateComplete;
        const messages = $$(open, '.event.message .body').map((b) => b.textContent);
        expect(messages).to.include(body.trim());
        expect(unsafeMarkup(open)).to.deep.equal([]);
      }
      await expectClean(open);

      // Reopen Case with a priority change request.
      const closed = await caseView(backend, richId(1));
      const message = pack(payloadsOf('svg-mathml'), 9_500)[0]!;
      const justification = pack(payloadsOf('attribute-breaking'), 4_500)[0]!;
      $<HTMLButtonElement>(closed, '#action-reopen')!.click();
      await until(() => $(closed, '#reopen-message'), 'the reopen form');
      typeInto(closed, '#reopen-message', message);
      const reopenMessage = readBack(closed, '#reopen-message');
      await closed.updateComplete;
      $<HTMLInputElement>(closed, '#reopen-wants-priority')!.click();
      await closed.updateComplete;
      choose(closed, '#reopen-priority', 'blocker');
      typeInto(closed, '#reopen-justification', justification);
      const reopenJustification = readBack(closed, '#reopen-justification');
      await closed.updateComplete;
      const reopened = oneEvent(closed, 'eq-case-reopened');
      buttonNamed($(closed, '#panel')!, 'Confirm')!.click();
      await reopened;
      await closed.updateComplete;
      const history = $(closed, '.history')!.textContent;
      expect(history).to.include(reopenMessage.trim());
      expect(history).to.include(reopenJustification.trim());
      await expectClean(closed);

      // Raise a Case Concern: a hostile phone is refused, a hostile description is kept.
      $<HTMLButtonElement>(closed, '#action-concern')!.click();
      await until(() => $(closed, '#concern-phone'), 'the concern form');
      const description = pack(payloadsOf('event-handler'), 4_500)[0]!;
      typeInto(closed, '#concern-phone', payloadsOf('attribute-breaking')[0]!.payload);
      $<HTMLInputElement>(closed, '#concern-category-0')!.click();
      typeInto(closed, '#concern-description', description);
      const concernDescription = readBack(closed, '#concern-description');
      await closed.updateComplete;
      buttonNamed($(closed, '#panel')!, 'Submit')!.click();
      await until(() => $(closed, '#concern-phone-error'), 'the phone is refused');
      typeInto(closed, '#concern-phone', '+33 6 12 34 56 78');
      await closed.updateComplete;
      const raised = oneEvent(closed, 'eq-concern-raised');
      buttonNamed($(closed, '#panel')!, 'Submit')!.click();
      await raised;
      const stored = await backend.getCase(richId(1));
      expect(stored.concerns.at(-1)!.description).to.equal(concernDescription.trim());
      await expectClean(closed);
    });

    it('a sample typed with the keyboard stays text in the form and the documentation search', async () => {
      const sample = XSS_CORPUS.filter(
        (p) => p.payload.length < 80 && /^[\x20-\x7e]+$/.test(p.payload),
      ).filter((_, i) => i % 12 === 0);
      expect(sample.length).to.be.greaterThan(8);
      const form = await caseForm();
      for (const p of sample) {
        const subject = $<HTMLInputElement>(form, '#subject')!;
        subject.value = '';
        subject.focus();
        await sendKeys({ type: p.payload });
        await form.updateComplete;
        expect(subject.value).to.equal(p.payload);
      }
      await expectClean(form);
      const docs = await fixture<EqDocumentation>(
        html`<eq-documentation .backend=${backend} .debounce=${0}></eq-documentation>`,
      );
      await until(() => $(docs, 'ul.results'), 'the articles');
      const search = $<HTMLInputElement>(docs, '#search')!;
      search.focus();
      await sendKeys({ type: sample[0]!.payload });
      await until(() => docs.query === sample[0]!.payload, 'the query');
      await docs.updateComplete;
      await expectClean(docs);
    });
  });
});
