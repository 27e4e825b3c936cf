/**
 * `eq-case-open`: the person opened a case from `<eq-case-list>` (click or Enter on a row).
 * Cancelable: a host that shows the case itself (e.g. the launcher) calls `preventDefault()`;
 * otherwise the list shows `<eq-case-view>` in place.
 */
export class EqCaseOpenEvent extends Event {
  /** `eq-case-open`, the name to listen for. */
  static readonly eventName = 'eq-case-open';
  constructor(
    /** Id of the case, to pass to `<eq-case-view case-id>` or `getCase`. */
    readonly caseId: string,
    /** The 8-digit case number. */
    readonly number: string,
  ) {
    super(EqCaseOpenEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eq-case-open': EqCaseOpenEvent;
  }
}
