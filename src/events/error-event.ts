/** `eq-error`: something a host may want to log or report failed (the element shows it too). */
export class EqErrorEvent extends Event {
  /** `eq-error`, the name to listen for. */
  static readonly eventName = 'eq-error';
  constructor(
    /** What failed: a SupportError (`kind`, `retryable`, `message`) or another Error. */
    readonly error: Error,
    /** What was being done, e.g. `load-user`. */
    readonly operation: string,
  ) {
    super(EqErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eq-error': EqErrorEvent;
  }
}
