import type { CaseSummary } from '../api/schemas.js';

/**
 * `eq-similar-case-select`: the person chose one of their open cases, offered by
 * `<eq-article-suggest>` as "You may already have a case for this". The host (the launcher)
 * should open that case, e.g. in `<eq-case-view case-id>`.
 */
export class EqSimilarCaseSelectEvent extends Event {
  /** `eq-similar-case-select`, the name to listen for. */
  static readonly eventName = 'eq-similar-case-select';
  /** Id of the case, to pass to `<eq-case-view case-id>` or `getCase`. */
  readonly caseId: string;
  /** The 8-digit case number. */
  readonly number: string;
  constructor(
    /** The open case the person chose. */
    readonly summary: CaseSummary,
    /** What the person had typed when the case was offered. */
    readonly query: string,
  ) {
    super(EqSimilarCaseSelectEvent.eventName, { bubbles: true, composed: true });
    this.caseId = summary.id;
    this.number = summary.number;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eq-similar-case-select': EqSimilarCaseSelectEvent;
  }
}
