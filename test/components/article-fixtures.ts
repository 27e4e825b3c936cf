/** Helpers for the article-suggest and documentation tests. */
import type { SupportBackend } from '../../src/api/backend.js';
import type { Article, ArticleSummary } from '../../src/api/schemas.js';
import { recordingBackend } from '../context/config.suite.js';

/** An article with defaults for everything not given. */
export function article(id: string, fields: Partial<Article> = {}): Article {
  return {
    id,
    title: `Article ${id}`,
    summary: 'Nothing in particular.',
    section: 'platform',
    tags: [],
    url: `https://help.example.com/articles/${id}`,
    updatedAt: '2026-10-01T10:00:00Z',
    body: '<p>Body.</p>',
    ...fields,
  };
}

/** The summary the list endpoint returns (no body). */
export const summaryOf = ({ body: _body, ...summary }: Article): ArticleSummary => summary;

/** A backend serving `articles`; every other method never answers (see recordingBackend). */
export function articleBackend(
  articles: readonly Article[],
  overrides: Partial<SupportBackend> = {},
): SupportBackend {
  return {
    ...recordingBackend(),
    listArticles: () => Promise.resolve(articles.map(summaryOf)),
    getArticle: (id) => {
      const found = articles.find((a) => a.id === id);
      return found ? Promise.resolve(found) : Promise.reject(new Error(`no article ${id}`));
    },
    ...overrides,
  };
}

/** A promise resolved or rejected by hand. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: Error) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * Records every text that appears in `root` (after each DOM change), to prove that something
 * never showed up — not even for one frame.
 */
export function recordTexts(root: ShadowRoot): { seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(root.textContent ?? ''));
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return { seen, stop: () => observer.disconnect() };
}

/** The text a person reads: whitespace collapsed. */
export const readable = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

declare global {
  interface Window {
    /** Set by hostile content if it ever runs. */
    eqPwned?: string;
  }
}
