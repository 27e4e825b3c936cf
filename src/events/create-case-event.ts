/**
 * `eq-create-case`: the person asked to create a case (e.g. from the empty state of
 * `<eq-case-list>`). Cancelable: the host that shows the case form calls `preventDefault()`.
 */
export class EqCreateCaseEvent extends Event {
  /** `eq-create-case`, the name to listen for. */
  static readonly eventName = 'eq-create-case';
  constructor() {
    super(EqCreateCaseEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eq-create-case': EqCreateCaseEvent;
  }
}
