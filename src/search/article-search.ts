/**
 * Article and case search shared by `<eq-article-suggest>`, `<eq-documentation>` and the search
 * benchmark (`npm run bench:search`). No Lit here: plain functions over the contract's types.
 *
 * - The articles are fetched once per backend object and kept for a TTL (10 minutes by default) in
 *   the data layer, so every element on the page shares one request.
 * - The search index is built once per fetched list, never per keystroke.
 * - fuse.js loads with the first search (`loadFuse`): browsing the articles never needs it.
 * - Matches are highlighted as text segments, never as HTML.
 */
import type FuseBasic from 'fuse.js/basic';
import type { IFuseOptions } from 'fuse.js';
import type { SupportBackend } from '../api/backend.js';
import type { ArticleSection, ArticleSummary, CaseSummary } from '../api/schemas.js';
import { forget, shared } from '../data/shared-data.js';

// The basic build: only `Fuse.match` (bitap) runs here; token search is this module's own.
let fuse: typeof FuseBasic | undefined;
let fuseLoad: Promise<void> | undefined;

/** Loads fuse.js, which scores the matches: before the first search (a failed load is retried). */
export function loadFuse(): Promise<void> {
  fuseLoad ??= import('fuse.js/basic').then(
    (module) => void (fuse = module.default),
    (error: unknown) => {
      fuseLoad = undefined;
      throw error;
    },
  );
  return fuseLoad;
}

// ---------------------------------------------------------------------------------------------
// Query terms
// ---------------------------------------------------------------------------------------------

/**
 * Words too common to tell articles apart. A subject is typed as a sentence ("Deal ID 12333 — no
 * delivery for the last 24 hours"); without these, "for" and "the" would fuzzily match everything.
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by can cannot do does for from has have how i if in into is it its ' +
    'me my no not of on or our please since so that the their them then there these this to too ' +
    'up us was we were what when where which while who why will with you your'
  ).split(' '),
);

/** Letters, digits and marks (any script); everything else separates words. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Shortest word worth searching for. Words match anywhere inside a text, so one or two letters
 * ("id", "ad") would match nearly every article.
 */
const MIN_TERM_LENGTH = 3;

/** At most this many words of a query are searched: the cost of a search grows with each one. */
export const MAX_QUERY_TERMS = 8;

/**
 * A light English stemmer: drops the endings that only inflect a word, so "delivering" finds
 * "delivery" and "failed" finds "failure". Terms match anywhere inside a text, so a stem that is a
 * little too short costs nothing ("polic" still finds "policy" and "policies").
 */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  let base = word;
  if (base.endsWith('ies')) base = base.slice(0, -3);
  else if (/(?:ss|ch|sh|x)es$/.test(base)) base = base.slice(0, -2);
  else if (/[^su]s$/.test(base) && !base.endsWith('is')) base = base.slice(0, -1);
  else if (/(?:ing|ed)$/.test(base)) {
    const cut = base.slice(0, base.endsWith('ing') ? -3 : -2);
    if (cut.length >= 3 && /[aeiouy]/.test(cut))
      base = /([^aeioulsz])\1$/.test(cut) ? cut.slice(0, -1) : cut;
  }
  return base.length >= MIN_TERM_LENGTH ? base : word;
}

/** The words of `text` that carry meaning: lower-cased, stemmed, no stop words, no short words. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    if (word.length >= MIN_TERM_LENGTH && !STOP_WORDS.has(word)) terms.push(stem(word));
  }
  return terms;
}

/** The distinct terms of a query, in order, at most `MAX_QUERY_TERMS` of them. */
export function queryTerms(query: string): string[] {
  return [...new Set(termsOf(query))].slice(0, MAX_QUERY_TERMS);
}

// ---------------------------------------------------------------------------------------------
// Highlighting (text segments, never HTML)
// ---------------------------------------------------------------------------------------------

/** A piece of a text; `match` is true where it matches a word of the query. */
export interface HighlightSegment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into segments where each query term occurs (case-insensitive). A term that does
 * not occur literally (a typo) highlights the word of the text that fuse.js matched it to, when
 * that word is close enough. Render the segments as text nodes (e.g. `<mark>` around matches).
 */
export function highlight(text: string, terms: readonly string[]): HighlightSegment[] {
  if (!text) return [];
  const lower = text.toLowerCase();
  const marked = new Uint8Array(text.length);
  for (const term of terms) {
    let found = false;
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) {
      marked.fill(1, at, at + term.length);
      found = true;
    }
    if (!found && term.length >= 4) {
      // A fuzzy match: mark whole words of the text within the same error budget as the search.
      for (const word of lower.matchAll(WORD)) {
        const candidate = word[0];
        if (candidate.length >= 3 && isNear(term, candidate)) {
          marked.fill(1, word.index, word.index + candidate.length);
        }
      }
    }
  }
  const segments: HighlightSegment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i += 1) {
    if (i === text.length || marked[i] !== marked[start]) {
      segments.push({ text: text.slice(start, i), match: marked[start] === 1 });
      start = i;
    }
  }
  return segments;
}

/**
 * Whether `word` begins with something at most `THRESHOLD` edits per letter away from `term`
 * ("delivry" ~ "delivery", "invoce" ~ "invoices"): the fewest edits that turn `term` into any
 * prefix of `word` (Levenshtein with a free suffix).
 */
export function isNear(term: string, word: string): boolean {
  const budget = Math.floor(term.length * THRESHOLD);
  let previous = Array.from({ length: word.length + 1 }, (_, j) => j);
  for (let i = 1; i <= term.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= word.length; j += 1) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (term[i - 1] === word[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return Math.min(...previous) <= budget;
}

// ---------------------------------------------------------------------------------------------
// Article index and search
// ---------------------------------------------------------------------------------------------

/**
 * How far a word of the query may be from a word of an article: the share of its letters that may
 * differ (0 = exact, 1 = anything). 0.2 tolerates one typo from five letters on ("delivry", "invoce")
 */
export const THRESHOLD = 0.2;

/** A searched field: its weight and its lower-cased text. */
export interface TokenKey<T> {
  name: string;
  weight: number;
  getFn: (item: T) => string;
}

/**
 * The searched fields and their weights: a word in the title counts more than in the tags, which
 * count more than in the summary. Texts are lower-cased once, when the index is built.
 */
export const FUSE_KEYS: readonly TokenKey<ArticleSummary>[] = [
  { name: 'title', weight: 3, getFn: (a) => a.title.toLowerCase() },
  { name: 'tags', weight: 2, getFn: (a) => a.tags.join(' ').toLowerCase() },
  { name: 'summary', weight: 1, getFn: (a) => a.summary.toLowerCase() },
];

/**
 * The ranking over `keys`, as fuse.js options. Token search scores each word of the query on its
 * own (fuzzily, anywhere in a field) and weighs rare words above common ones (TF-IDF), so a typed
 * sentence finds the items that share its meaningful words. `createTokenSearch` computes exactly
 * this ranking, faster; the options stay here as its specification (and its test).
 */
export function tokenSearchOptions<T>(keys: readonly TokenKey<T>[]): IFuseOptions<T> {
  return {
    keys: keys.map(({ name, weight, getFn }) => ({ name, weight, getFn })),
    useTokenSearch: true,
    tokenize: termsOf,
    isCaseSensitive: true,
    ignoreLocation: true,
    // Field weights alone order title > tags > summary; the length of a field does not.
    ignoreFieldNorm: true,
    threshold: THRESHOLD,
    includeScore: true,
    shouldSort: true,
  };
}

/** The articles' ranking as fuse.js options (see `tokenSearchOptions`). */
export const FUSE_OPTIONS: IFuseOptions<ArticleSummary> =
  /* @__PURE__ */ tokenSearchOptions(FUSE_KEYS);

/** The articles of one backend, indexed once for fast search. */
export interface ArticleIndex {
  readonly articles: readonly ArticleSummary[];
  readonly byId: ReadonlyMap<string, ArticleSummary>;
  /** When the articles were fetched (ms since the epoch). */
  readonly fetchedAt: number;
  /**
   * Every article matching `query`, best first: the same results, scores and order as
   * `new Fuse(articles, FUSE_OPTIONS).search(query)`.
   */
  search(query: string): readonly RankedArticle[];
}

/** One search result: the article and its fuse.js score (0 = perfect, 1 = no match). */
export interface RankedArticle {
  article: ArticleSummary;
  score: number;
}

/** Options of the fuzzy matcher for one word (fuse.js's bitap), as token search sets them. */
const BITAP_OPTIONS = {
  isCaseSensitive: true,
  ignoreLocation: true,
  threshold: THRESHOLD,
} as const;

/** Bitap patterns longer than this are split into chunks by fuse.js; leave those to it. */
const BITAP_MAX = 32;

/** How many words' matches an index remembers (typing only ever changes the last word). */
const TERM_CACHE_SIZE = 64;

/** Where one word of a query matches. */
interface TermHits {
  /** Errors a match may have (fuse.js: `errors / length <= threshold`). */
  errors: number;
  /** Indexes of the matching articles. */
  docs: number[];
  /** Per matching article, one bitap score per field (-1: no match in that field). */
  scores: number[];
}

/** Errors fuse.js's bitap allows for a word of `length` letters. */
function allowedErrors(length: number): number {
  let errors = 0;
  while (errors + 1 < length && (errors + 1) / length <= THRESHOLD) errors += 1;
  return errors;
}

/** `term` cut into `parts` non-empty pieces of about equal length. */
function pieces(term: string, parts: number): string[] {
  return Array.from({ length: parts }, (_, i) =>
    term.slice(Math.floor((i * term.length) / parts), Math.floor(((i + 1) * term.length) / parts)),
  );
}

/**
 * A check whether `pattern` (at most 32 letters) occurs in a text with at most `errors` edits:
 * Myers' bit-parallel edit distance, the text's start and end free. Fast and allocation-free, it
 * runs before fuse.js's bitap, which then only scores the real matches.
 */
export function editMatcher(pattern: string): (text: string, errors: number) => boolean {
  const m = pattern.length;
  const peq = new Map<number, number>();
  for (let i = 0; i < m; i += 1) {
    const code = pattern.charCodeAt(i);
    peq.set(code, (peq.get(code) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  return (text, errors) => {
    let pv = -1;
    let mv = 0;
    let score = m;
    for (let j = 0; j < text.length; j += 1) {
      const eq = peq.get(text.charCodeAt(j)) ?? 0;
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & last) score += 1;
      else if (mh & last) score -= 1;
      if (score <= errors) return true;
      ph <<= 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    return false;
  };
}

/** The items of a token index matching `query`, best first, with their scores. */
export type TokenSearch<T> = (query: string) => readonly { item: T; score: number }[];

/**
 * The articles of `articles`, indexed once: `search` runs `createTokenSearch` with `FUSE_KEYS`.
 */
export function createArticleIndex(
  articles: readonly ArticleSummary[],
  fetchedAt = Date.now(),
): ArticleIndex {
  const search = createTokenSearch(articles, FUSE_KEYS);
  // The same answer (the search repeats its last one for the same words) maps to the same array.
  let last: { found: readonly unknown[]; results: readonly RankedArticle[] } | undefined;
  return {
    articles,
    byId: new Map(articles.map((article) => [article.id, article])),
    fetchedAt,
    search(query) {
      const found = search(query);
      if (last?.found !== found) {
        last = { found, results: found.map(({ item, score }) => ({ article: item, score })) };
      }
      return last.results;
    },
  };
}

/**
 * Builds an index over `items` once: lower-cased fields, document frequencies of every word
 * (for TF-IDF) and the field weights. The returned search then runs on every keystroke.
 *
 * The ranking is fuse.js token search with `tokenSearchOptions(keys)` (bitap per word, weighted
 * fields, TF-IDF across words) — a test checks that results equal fuse.js's own,
 * which lets the bundle carry only fuse.js's basic build. It is computed faster:
 * - a word's matches are remembered, so typing re-scores only the word being typed;
 * - a field that contains the word is an exact match without running bitap;
 * - fuzzy matching runs only where a match is possible: in fields where the word minus its last
 *   letter matched with as many errors (a longer word cannot match where its prefix did not), or
 *   in fields that contain one of its pieces intact (a match with k errors leaves one of k + 1
 *   pieces untouched); there a bit-parallel check rules out the fields without a match, and
 *   fuse.js's bitap scores the rest.
 */
export function createTokenSearch<T>(
  items: readonly T[],
  keys: readonly TokenKey<T>[],
): TokenSearch<T> {
  const keyCount = keys.length;
  const totalWeight = keys.reduce((sum, key) => sum + key.weight, 0);
  const weights = keys.map((key) => key.weight / totalWeight);
  // Field texts, flat: article `doc`, field `f` is at `doc * keyCount + f` ('' when blank).
  const texts: string[] = [];
  const joined: string[] = [];
  const documentFrequency = new Map<string, number>();
  let fieldCount = 0;
  for (const item of items) {
    const values = keys.map((key) => key.getFn(item));
    joined.push(values.join('\n'));
    for (const value of values) {
      const blank = !value.trim();
      texts.push(blank ? '' : value);
      const terms = new Set(blank ? [] : termsOf(value));
      if (!terms.size) continue;
      fieldCount += 1;
      for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const idf = (term: string): number => {
    const df = documentFrequency.get(term) ?? 0;
    return Math.log(1 + (fieldCount - df + 0.5) / (df + 0.5));
  };

  const termCache = new Map<string, TermHits>();

  /** fuse.js's bitap score of `term` in `text` (-1: no match), skipping bitap where it is certain. */
  function score(
    term: string,
    text: string,
    errors: number,
    near: (text: string, errors: number) => boolean,
  ): number {
    if (!text) return -1;
    if (term === text) return 0;
    if (errors !== Infinity) {
      if (text.includes(term)) return 0.001;
      if (errors === 0 || !near(text, errors)) return -1;
    }
    if (!fuse) throw new Error('article-search: searching before loadFuse()');
    const result = fuse.match(term, text, BITAP_OPTIONS);
    return result.isMatch ? result.score : -1;
  }

  function hitsOf(term: string): TermHits {
    const cached = termCache.get(term);
    if (cached) {
      termCache.delete(term);
      termCache.set(term, cached);
      return cached;
    }
    const errors = term.length > BITAP_MAX ? Infinity : allowedErrors(term.length);
    const entry: TermHits = { errors, docs: [], scores: [] };
    const near = errors === Infinity ? () => true : editMatcher(term);
    const visit = (doc: number, mayMatch: (field: number) => boolean) => {
      let any = false;
      const row: number[] = [];
      for (let field = 0; field < keyCount; field += 1) {
        const value = mayMatch(field)
          ? score(term, texts[doc * keyCount + field]!, errors, near)
          : -1;
        row.push(value);
        if (value >= 0) any = true;
      }
      if (!any) return;
      entry.docs.push(doc);
      entry.scores.push(...row);
    };
    const prefix = errors === Infinity ? undefined : termCache.get(term.slice(0, -1));
    if (prefix?.errors === errors) {
      prefix.docs.forEach((doc, i) =>
        visit(doc, (field) => prefix.scores[i * keyCount + field]! >= 0),
      );
    } else if (errors === Infinity) {
      for (let doc = 0; doc < items.length; doc += 1) visit(doc, () => true);
    } else {
      const parts = pieces(term, errors + 1);
      for (let doc = 0; doc < items.length; doc += 1) {
        if (!parts.some((part) => joined[doc]!.includes(part))) continue;
        visit(doc, (field) => parts.some((part) => texts[doc * keyCount + field]!.includes(part)));
      }
    }
    termCache.set(term, entry);
    if (termCache.size > TERM_CACHE_SIZE) termCache.delete(termCache.keys().next().value!);
    return entry;
  }

  // Scratch space reused by every search: per article and field, the sum of idf × (1 − score)
  // over the words that match there (-1: none).
  const sums = new Float64Array(items.length * keyCount);
  const touched = new Uint8Array(items.length);
  let last: { query: string; results: readonly { item: T; score: number }[] } | undefined;

  return (query) => {
    const terms = queryTerms(query);
    const normalized = terms.join(' ');
    if (!normalized) return [];
    if (last?.query === normalized) return last.results;
    const termWeights = terms.map(idf);
    const maxPossible = termWeights.reduce((sum, weight) => sum + weight, 0);
    const docs: number[] = [];
    terms.forEach((term, t) => {
      const hits = hitsOf(term);
      const weight = termWeights[t]!;
      hits.docs.forEach((doc, i) => {
        const base = doc * keyCount;
        if (!touched[doc]) {
          touched[doc] = 1;
          docs.push(doc);
          sums.fill(-1, base, base + keyCount);
        }
        for (let field = 0; field < keyCount; field += 1) {
          const fieldScore = hits.scores[i * keyCount + field]!;
          if (fieldScore < 0) continue;
          sums[base + field] = Math.max(sums[base + field]!, 0) + weight * (1 - fieldScore);
        }
      });
    });
    const scores = new Float64Array(docs.length);
    docs.forEach((doc, i) => {
      touched[doc] = 0;
      let total = 1;
      for (let field = 0; field < keyCount; field += 1) {
        const sum = sums[doc * keyCount + field]!;
        if (sum < 0) continue;
        const fieldScore = maxPossible > 0 ? 1 - sum / maxPossible : 0;
        total *= Math.max(0.001, fieldScore) ** weights[field]!;
      }
      scores[i] = total;
    });
    const order = Array.from(docs.keys()).sort(
      (a, b) => scores[a]! - scores[b]! || docs[a]! - docs[b]!,
    );
    const results = order.map((i) => ({ item: items[docs[i]!]!, score: scores[i]! }));
    last = { query: normalized, results };
    return results;
  };
}

/** A result as shown: the article, its score, and its title and summary split for highlighting. */
export interface ArticleMatch {
  article: ArticleSummary;
  score: number;
  title: HighlightSegment[];
  summary: HighlightSegment[];
}

export interface SearchOptions {
  /** At most this many results (default 5). */
  limit?: number;
  /** Only articles of this section. */
  section?: ArticleSection | undefined;
  /** Only known errors. */
  knownErrorsOnly?: boolean;
}

/** Whether a known error still affects people (not fixed yet). */
export const isActiveKnownError = (article: ArticleSummary): boolean =>
  article.knownError !== undefined && article.knownError.status !== 'fixed';

/**
 * How much an active known error is favoured. fuse.js scores run from 0 (perfect) to 1 and
 * multiply across fields and words, so the boost is an exponent: a known error ranks with
 * `score ** KNOWN_ERROR_BOOST`, as if it matched half a word more. That puts a matching known error
 * above general articles that match about as well, not a stray match above a strong one.
 */
export const KNOWN_ERROR_BOOST = 1.5;

/**
 * The best matching articles for `query`, at most `limit`: by relevance, active known errors
 * favoured (`KNOWN_ERROR_BOOST`) since the seeds ask people to check the Known Error page first.
 */
export function searchArticles(
  index: ArticleIndex,
  query: string,
  { limit = 5, section, knownErrorsOnly = false }: SearchOptions = {},
): ArticleMatch[] {
  const terms = queryTerms(query);
  if (!terms.length || limit <= 0) return [];
  const candidates: { ranked: RankedArticle; rank: number }[] = [];
  // Results come sorted by plain score. Once `limit` of them are in, an article whose boosted
  // score is worse than the `limit`-th plain score can no longer enter.
  let cutoff = Infinity;
  for (const ranked of index.search(query)) {
    if (ranked.score ** KNOWN_ERROR_BOOST > cutoff) break;
    const { article } = ranked;
    if (section && article.section !== section) continue;
    if (knownErrorsOnly && !article.knownError) continue;
    const rank = isActiveKnownError(article) ? ranked.score ** KNOWN_ERROR_BOOST : ranked.score;
    candidates.push({ ranked, rank });
    if (candidates.length === limit) cutoff = ranked.score;
  }
  return candidates
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map(({ ranked: { article, score } }) => ({
      article,
      score,
      title: highlight(article.title, terms),
      summary: highlight(article.summary, terms),
    }));
}

/**
 * The articles of a section (or all), without a query: active known errors first, then by title.
 */
export function browseArticles(
  articles: readonly ArticleSummary[],
  { section, knownErrorsOnly = false }: Omit<SearchOptions, 'limit'> = {},
): ArticleSummary[] {
  return articles
    .filter((article) => !section || article.section === section)
    .filter((article) => !knownErrorsOnly || article.knownError)
    .sort(
      (a, b) =>
        Number(isActiveKnownError(b)) - Number(isActiveKnownError(a)) ||
        a.title.localeCompare(b.title),
    );
}

// ---------------------------------------------------------------------------------------------
// Cache: one article index per backend object, shared by every element
// ---------------------------------------------------------------------------------------------

/** How long a fetched article index is reused: 10 minutes. */
export const ARTICLE_INDEX_TTL = 10 * 60_000;

export interface IndexOptions {
  /** Reuse a fetched index for this long (ms). */
  ttl?: number;
  /** Stops waiting (the shared request itself goes on for the other elements). */
  signal?: AbortSignal | undefined;
}

const ARTICLES_KEY = 'articles';
const INDEX_KEY = 'article-index';

/**
 * The articles of `backend`: fetched on first use, then shared (in the data layer) by every
 * element that uses the same backend object until the TTL runs out. A failed fetch is not kept.
 */
export function getArticles(
  backend: SupportBackend,
  { ttl = ARTICLE_INDEX_TTL, signal }: IndexOptions = {},
): Promise<ArticleSummary[]> {
  return shared(backend, ARTICLES_KEY, () => backend.listArticles(), { ttl, signal });
}

/**
 * The search index of `backend`'s articles (`getArticles`), with fuse.js loaded: built once and
 * shared like them.
 */
export function getArticleIndex(
  backend: SupportBackend,
  { ttl = ARTICLE_INDEX_TTL, signal }: IndexOptions = {},
): Promise<ArticleIndex> {
  return shared(
    backend,
    INDEX_KEY,
    async () => {
      const [articles] = await Promise.all([getArticles(backend, { ttl }), loadFuse()]);
      return createArticleIndex(articles);
    },
    { ttl, signal },
  );
}

/** Forgets the cached articles of `backend` (e.g. after the help center was updated). */
export function clearArticleIndex(backend: SupportBackend): void {
  forget(backend, ARTICLES_KEY);
  forget(backend, INDEX_KEY);
}

// ---------------------------------------------------------------------------------------------
// Similar open cases
// ---------------------------------------------------------------------------------------------

/** A person's open case that looks like what they are typing. */
export interface SimilarCase {
  case: CaseSummary;
  score: number;
  subject: HighlightSegment[];
}

/** The searched field of a case: its subject. */
const CASE_KEYS: readonly TokenKey<CaseSummary>[] = [
  { name: 'subject', weight: 1, getFn: (c) => c.subject.toLowerCase() },
];

/**
 * A matcher over the person's open cases. A case is offered only when the query quotes its
 * number, or shares at least two words with its subject: half of the query's words, or fewer when
 * one of them is the same ID (4+ digits). A false "you already have a case" would keep someone
 * from filing the case they need.
 */
export function createCaseMatcher(
  cases: readonly CaseSummary[],
): (query: string) => SimilarCase | undefined {
  const search = createTokenSearch(cases, CASE_KEYS);
  return (query) => {
    const terms = queryTerms(query);
    if (!terms.length) return undefined;
    const byNumber = cases.find(
      (c) => terms.includes(c.number) || terms.includes(c.number.replace(/^0+/, '')),
    );
    if (byNumber) return { case: byNumber, score: 0, subject: highlight(byNumber.subject, terms) };
    if (terms.length < 2) return undefined;
    for (const { item, score } of search(terms.join(' ')).slice(0, 3)) {
      const subjectTerms = termsOf(item.subject);
      const sharedTerms = terms.filter((term) =>
        subjectTerms.some((word) => word.startsWith(term) || isNear(term, word)),
      );
      // The same reference (deal, insertion, report task ID) is strong evidence on its own.
      const sharesId = sharedTerms.some(
        (term) => /^\d{4,}$/.test(term) && subjectTerms.includes(term),
      );
      const shared = sharedTerms.length;
      if (shared >= 2 && (sharesId || shared / terms.length >= 0.5)) {
        return { case: item, score, subject: highlight(item.subject, terms) };
      }
    }
    return undefined;
  };
}
