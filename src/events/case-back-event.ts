/**
 * `eq-case-back`: the person chose "Back to My Cases" in `<eq-case-view>`. The list that shows the
 * view in place returns to the list; a host that shows the view itself handles it.
 */
export class EqCaseBackEvent extends Event {
  /** `eq-case-back`, the name to listen for. */
  static readonly eventName = 'eq-case-back';
  constructor(
    /** The case that was shown. */
    readonly caseId: string,
  ) {
    super(EqCaseBackEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eq-case-back': EqCaseBackEvent;
  }
}
