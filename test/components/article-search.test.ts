/**
 * The search shared by <eq-article-suggest> and <eq-documentation>: the same ranking as fuse.js's
 * own token search, highlighting as text, the per-backend cache with its TTL, similar open cases.
 */
import { expect } from '@open-wc/testing';
import Fuse from 'fuse.js';
import type { SupportBackend } from '../../src/api/backend.js';
import type { ArticleSummary, CaseSummary } from '../../src/api/schemas.js';
import {
  ARTICLE_INDEX_TTL,
  FUSE_OPTIONS,
  browseArticles,
  clearArticleIndex,
  createArticleIndex,
  createCaseMatcher,
  createTokenSearch,
  editMatcher,
  getArticleIndex,
  highlight,
  loadFuse,
  queryTerms,
  searchArticles,
  tokenSearchOptions,
} from '../../src/search/article-search.js';
import { recordingBackend } from '../context/config.suite.js';
import { article } from './article-fixtures.js';
import { syntheticArticles } from '../../scripts/bench/search-workload.js';

function backendWith(articles: () => Promise<ArticleSummary[]>): {
  backend: SupportBackend;
  calls: () => number;
} {
  let calls = 0;
  const backend: SupportBackend = {
    ...recordingBackend(),
    listArticles: () => {
      calls += 1;
      return articles();
    },
  };
  return { backend, calls: () => calls };
}

describe('article search', () => {
  // fuse.js loads with the first search (the elements load it through getArticleIndex).
  before(() => loadFuse());

  it('ranks articles exactly like fuse.js token search with the documented options', function () {
    // About 1,000 searches, most of the time in fuse.js itself: 3 s in Chromium, 7 s and more in
    // Firefox and WebKit on two shared cores, past mocha's 10 s.
    this.timeout(60_000);
    const corpus = syntheticArticles(600);
    const fuse = new Fuse(corpus, FUSE_OPTIONS);
    const index = createArticleIndex(corpus);
    const queries = [
      'deal not delivering after floor price update',
      'delivry',
      'report task faild to load',
      'unauthorised api token',
      'internationalizationconfigurationsettings',
    ];
    let compared = 0;
    for (const query of queries) {
      for (let length = 1; length <= query.length; length += 1) {
        const typed = query.slice(0, length);
        const expected = fuse.search(typed).map((r) => `${r.item.id} ${r.score!.toFixed(10)}`);
        const actual = index.search(typed).map((r) => `${r.article.id} ${r.score.toFixed(10)}`);
        expect(actual, typed).to.deep.equal(expected);
        compared += expected.length;
      }
    }
    expect(compared).to.be.greaterThan(1000);
  });

  it('ranks one-field items (case subjects) exactly like fuse.js token search too', () => {
    const subjects = syntheticArticles(400).map((a, i) => ({ id: `case-${i}`, subject: a.title }));
    const key = {
      name: 'subject',
      weight: 1,
      getFn: (c: { subject: string }) => c.subject.toLowerCase(),
    };
    const fuse = new Fuse(subjects, tokenSearchOptions([key]));
    const search = createTokenSearch(subjects, [key]);
    let compared = 0;
    for (const query of ['deal 12333 not delivering', 'reprot task faild', 'invoice currency']) {
      const expected = fuse.search(query).map((r) => `${r.item.id} ${r.score!.toFixed(10)}`);
      const actual = search(query).map((r) => `${r.item.id} ${r.score.toFixed(10)}`);
      expect(actual, query).to.deep.equal(expected);
      compared += expected.length;
    }
    expect(compared).to.be.greaterThan(20);
  });

  it('puts an exact title match above a match in the summary, and tags in between', () => {
    const index = createArticleIndex([
      article('summary', { summary: 'How the viewability rate is measured on mobile apps.' }),
      article('title', { title: 'Viewability rate' }),
      article('tags', { tags: ['viewability', 'rate'] }),
    ]);
    const ids = searchArticles(index, 'viewability rate').map((m) => m.article.id);
    expect(ids).to.deep.equal(['title', 'tags', 'summary']);
  });

  it('favours active known errors over articles that match about as well', () => {
    const index = createArticleIndex([
      article('guide', { title: 'Scheduled report guide', summary: 'Empty CSV files explained.' }),
      article('known', {
        title: 'Scheduled report e-mailed empty',
        knownError: {
          workaround: 'Re-send it.',
          status: 'investigating',
          since: '2026-10-01T00:00:00Z',
        },
      }),
      article('fixed', {
        title: 'Scheduled report e-mailed empty (old)',
        knownError: { workaround: 'None.', status: 'fixed', since: '2026-01-01T00:00:00Z' },
      }),
    ]);
    const ids = searchArticles(index, 'scheduled report empty csv').map((m) => m.article.id);
    expect(ids[0]).to.equal('known');
    expect(ids).to.include.members(['guide', 'fixed']);
  });

  it('respects the limit, the section and the known-errors filter', () => {
    const corpus = syntheticArticles(300);
    const index = createArticleIndex(corpus);
    expect(searchArticles(index, 'report', { limit: 3 })).to.have.length(3);
    const api = searchArticles(index, 'report', { limit: 20, section: 'api' });
    expect(api.every((m) => m.article.section === 'api')).to.equal(true);
    const known = searchArticles(index, 'report', { limit: 20, knownErrorsOnly: true });
    expect(known.length).to.be.greaterThan(0);
    expect(known.every((m) => m.article.knownError)).to.equal(true);
    const browsed = browseArticles(index.articles, { section: 'reports' });
    expect(browsed.every((a) => a.section === 'reports')).to.equal(true);
    expect(browsed[0]!.knownError).to.not.equal(undefined);
  });

  it('ignores stop words and short words, stems inflections, searches at most 8 words', () => {
    expect(queryTerms('How do I fix the deals that are not delivering?')).to.deep.equal([
      'fix',
      'deal',
      'deliver',
    ]);
    expect(queryTerms('a b c id ad')).to.deep.equal([]);
    expect(queryTerms('one two three four five six seven eight nine ten')).to.have.length(8);
    expect(queryTerms('string policies dropped')).to.deep.equal(['string', 'polic', 'drop']);
  });

  it('highlights the query words as text segments, typos included', () => {
    const text = 'Deal delivery: <b>checklist</b>';
    const segments = highlight(text, queryTerms('delivry deal'));
    expect(segments.filter((s) => s.match).map((s) => s.text)).to.deep.equal(['Deal', 'delivery']);
    expect(segments.map((s) => s.text).join('')).to.equal(text);
  });

  it('checks edit distances like bitap (Myers)', () => {
    const near = editMatcher('delivery');
    expect(near('no delivry today', 1)).to.equal(true);
    expect(near('no dlivry today', 1)).to.equal(false);
    expect(near('no dlivry today', 2)).to.equal(true);
    expect(
      editMatcher('abcdefghijklmnopqrstuvwxyzabcdef')('xxabcdefghijklmnopqrstuvwxyzabcdeg', 1),
    ).to.equal(true);
  });
});

describe('article index cache', () => {
  const realNow = Date.now;
  afterEach(() => {
    Date.now = realNow;
  });

  it('fetches once per backend and shares the index until the TTL runs out', async () => {
    const { backend, calls } = backendWith(() => Promise.resolve([article('a')]));
    const [first, second] = await Promise.all([getArticleIndex(backend), getArticleIndex(backend)]);
    expect(first).to.equal(second);
    expect(calls()).to.equal(1);
    const other = backendWith(() => Promise.resolve([article('b')]));
    expect((await getArticleIndex(other.backend)).articles[0]!.id).to.equal('b');

    const start = realNow();
    Date.now = () => start + ARTICLE_INDEX_TTL - 1_000;
    expect(await getArticleIndex(backend)).to.equal(first);
    expect(calls()).to.equal(1);
    Date.now = () => start + ARTICLE_INDEX_TTL + 1_000;
    const refreshed = await getArticleIndex(backend);
    expect(refreshed).to.not.equal(first);
    expect(calls()).to.equal(2);
  });

  it('does not keep a failed fetch, and an abort only stops the one waiting', async () => {
    let fail = true;
    const { backend, calls } = backendWith(() =>
      fail ? Promise.reject(new Error('offline')) : Promise.resolve([article('a')]),
    );
    let error: unknown;
    await getArticleIndex(backend).catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('offline');
    fail = false;
    expect((await getArticleIndex(backend)).articles).to.have.length(1);
    expect(calls()).to.equal(2);

    clearArticleIndex(backend);
    const controller = new AbortController();
    const aborted = getArticleIndex(backend, { signal: controller.signal });
    const shared = getArticleIndex(backend);
    controller.abort(new Error('stop'));
    let abortError: unknown;
    await aborted.catch((e: unknown) => (abortError = e));
    expect(String(abortError)).to.contain('stop');
    expect((await shared).articles).to.have.length(1);
    expect(calls()).to.equal(3);
  });
});

describe('similar open cases', () => {
  before(() => loadFuse());

  const open = (id: string, number: string, subject: string): CaseSummary => ({
    id,
    number,
    subject,
    status: 'in_progress',
    priority: 'medium',
    typeId: 'type',
    categoryId: 'category',
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-02T10:00:00Z',
  });
  const match = createCaseMatcher([
    open('case-1', '00010014', 'Deal ID 12333 — no delivery for last 24 hours'),
    open('case-2', '00010013', 'Report Task ID 1254332 failed to load'),
  ]);

  it('offers the case whose subject shares most of the words', () => {
    expect(match('deal 12333 not delivering')?.case.id).to.equal('case-1');
    expect(match('report task failing')?.case.id).to.equal('case-2');
    // Fewer than half the words, but the same deal ID.
    expect(match('Deal 12333 stopped delivering after a floor price update')?.case.id).to.equal(
      'case-1',
    );
    expect(match('Deal stopped delivering after a floor price update')).to.equal(undefined);
    expect(match('report task failing')?.subject.some((s) => s.match)).to.equal(true);
  });

  it('offers a case quoted by its number, and nothing for one shared word', () => {
    expect(match('about case 10013')?.case.id).to.equal('case-2');
    expect(match('00010014')?.case.id).to.equal('case-1');
    expect(match('deal')).to.equal(undefined);
    expect(match('password reset for two users')).to.equal(undefined);
  });
});
