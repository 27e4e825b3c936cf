import type { CaseSort, StatusFilter } from '../api/schemas.js';

/** The filters of `<eq-case-list>`, as in its attributes. */
export interface CaseListFilters {
  status: StatusFilter;
  /** A priority, a comma-separated list of priorities, or empty for every priority. */
  priority: string;
  /** The search: a case number (or its first digits) or words of the subject. */
  query: string;
  sort: CaseSort;
  /** @deprecated The search under its old name; use `query` (removed in the next release). */
  readonly q?: string;
}

/** `eq-case-filter-change`: the person changed a filter, the search or the sort of `<eq-case-list>`. */
export class EqCaseFilterChangeEvent extends Event {
  /** `eq-case-filter-change`, the name to listen for. */
  static readonly eventName = 'eq-case-filter-change';
  constructor(
    /** The filters now applied (also reflected in the element's attributes). */
    readonly filters: CaseListFilters,
  ) {
    super(EqCaseFilterChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eq-case-filter-change': EqCaseFilterChangeEvent;
  }
}
