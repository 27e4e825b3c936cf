import type { Case } from '../api/schemas.js';
import type { ReportedError } from '../diagnostics/types.js';

export type CaseFormStep = 'details' | 'collaborators' | 'confirmation';

/** `eq-step-change`: the case form moved to another step. */
export class EqStepChangeEvent extends Event {
  /** `eq-step-change`, the name to listen for. */
  static readonly eventName = 'eq-step-change';
  constructor(
    /** The step now shown: `details`, `collaborators` or `confirmation`. */
    readonly step: CaseFormStep,
  ) {
    super(EqStepChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * `eq-case-created`: a case was filed; `case` holds its id and number, `report` the error it was
 * filed for (`reportError()`).
 */
export class EqCaseCreatedEvent extends Event {
  /** `eq-case-created`, the name to listen for. */
  static readonly eventName = 'eq-case-created';
  /** The created case. */
  readonly case: Case;
  /** The error the case was filed for, when the form was opened by `reportError()`. */
  readonly report?: ReportedError;
  constructor(created: Case, report?: ReportedError) {
    super(EqCaseCreatedEvent.eventName, { bubbles: true, composed: true });
    this.case = created;
    if (report) this.report = report;
  }
}

/** `eq-cancel`: the person left the form without filing (the draft is kept). */
export class EqCancelEvent extends Event {
  /** `eq-cancel`, the name to listen for. */
  static readonly eventName = 'eq-cancel';
  constructor() {
    super(EqCancelEvent.eventName, { bubbles: true, composed: true });
  }
}

/** `eq-finish`: the person closed the confirmation step. */
export class EqFinishEvent extends Event {
  /** `eq-finish`, the name to listen for. */
  static readonly eventName = 'eq-finish';
  /** The case that was created. */
  readonly case: Case;
  constructor(created: Case) {
    super(EqFinishEvent.eventName, { bubbles: true, composed: true });
    this.case = created;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eq-step-change': EqStepChangeEvent;
    'eq-case-created': EqCaseCreatedEvent;
    'eq-cancel': EqCancelEvent;
    'eq-finish': EqFinishEvent;
  }
}
