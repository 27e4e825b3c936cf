import type { ArticleSummary } from '../api/schemas.js';

/** Where a help article was opened or marked as helpful. */
export type ArticleSource = 'suggestions' | 'documentation';

/**
 * `eq-article-open`: the person opened a help article from the suggestions or the documentation
 * view. Counts towards deflection. Cancelable: call `preventDefault()` to show the article
 * yourself (for example in `<eq-documentation article-id>`) instead of the element opening it —
 * suggestions open the article on the help site in a new tab (in the launcher with
 * `article-target="dialog"`: in the documentation's reading pane), the documentation view in its
 * reading pane.
 */
export class EqArticleOpenEvent extends Event {
  /** `eq-article-open`, the name to listen for. */
  static readonly eventName = 'eq-article-open';
  constructor(
    /** The article (id, title, summary, address). */
    readonly article: ArticleSummary,
    /** What the person had typed when they chose the article ('' when browsing). */
    readonly query: string,
    /** 1-based position of the article in the list it was chosen from; null for a link in an article. */
    readonly rank: number | null,
    /** Where it was chosen: `suggestions` or `documentation`. */
    readonly source: ArticleSource,
  ) {
    super(EqArticleOpenEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eq-article-open': EqArticleOpenEvent;
  }
}
