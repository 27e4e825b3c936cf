import type { ArticleSummary } from '../api/schemas.js';
import type { ArticleSource } from './article-open-event.js';

/**
 * `eq-article-solved`: the person answered "This solved my problem" for an article — a case
 * deflected. The host may close the case form or the launcher.
 */
export class EqArticleSolvedEvent extends Event {
  /** `eq-article-solved`, the name to listen for. */
  static readonly eventName = 'eq-article-solved';
  constructor(
    /** The article (id, title, summary, address). */
    readonly article: ArticleSummary,
    /** What the person had typed when they found the article ('' when browsing or opened directly). */
    readonly query: string,
    /** 1-based position of the article in the list it was opened from; null when opened directly. */
    readonly rank: number | null,
    /** Where it was chosen: `suggestions` or `documentation`. */
    readonly source: ArticleSource,
  ) {
    super(EqArticleSolvedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eq-article-solved': EqArticleSolvedEvent;
  }
}
