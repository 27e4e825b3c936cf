/**
 * Events of `<eq-case-view>`, one per action the person took on a case. Each carries the case as
 * the backend returned it after the action, so a host can update what it shows without a reload.
 */
import type { Attachment, Case, CloseReason, Concern, SurveyAnswer } from '../api/schemas.js';

/** Base of the case action events: bubbling, composed, with the updated case. */
export abstract class EqCaseActionEvent extends Event {
  /** The case after the action. */
  readonly case: Case;
  constructor(type: string, kase: Case) {
    super(type, { bubbles: true, composed: true });
    this.case = kase;
  }
}

/** `eq-message-sent`: a message was added to the case (maybe with a priority change request). */
export class EqMessageSentEvent extends EqCaseActionEvent {
  /** `eq-message-sent`, the name to listen for. */
  static readonly eventName = 'eq-message-sent';
  constructor(kase: Case) {
    super(EqMessageSentEvent.eventName, kase);
  }
}

/** `eq-attachment-added`: a file was uploaded to the case. */
export class EqAttachmentAddedEvent extends EqCaseActionEvent {
  /** `eq-attachment-added`, the name to listen for. */
  static readonly eventName = 'eq-attachment-added';
  constructor(
    kase: Case,
    /** The file added. */
    readonly attachment: Attachment,
  ) {
    super(EqAttachmentAddedEvent.eventName, kase);
  }
}

/** `eq-case-reopened`: a resolved or closed case was reopened with a message. */
export class EqCaseReopenedEvent extends EqCaseActionEvent {
  /** `eq-case-reopened`, the name to listen for. */
  static readonly eventName = 'eq-case-reopened';
  constructor(kase: Case) {
    super(EqCaseReopenedEvent.eventName, kase);
  }
}

/** `eq-case-closed`: the person closed the case. */
export class EqCaseClosedEvent extends EqCaseActionEvent {
  /** `eq-case-closed`, the name to listen for. */
  static readonly eventName = 'eq-case-closed';
  constructor(
    kase: Case,
    /** Why the case was closed. */
    readonly reason: CloseReason,
  ) {
    super(EqCaseClosedEvent.eventName, kase);
  }
}

/** `eq-concern-raised`: a case concern was raised; the case owner's manager is notified. */
export class EqConcernRaisedEvent extends EqCaseActionEvent {
  /** `eq-concern-raised`, the name to listen for. */
  static readonly eventName = 'eq-concern-raised';
  constructor(
    kase: Case,
    /** The concern as recorded. */
    readonly concern: Concern | undefined,
  ) {
    super(EqConcernRaisedEvent.eventName, kase);
  }
}

/** `eq-survey-answered`: the satisfaction survey of the case was answered. */
export class EqSurveyAnsweredEvent extends EqCaseActionEvent {
  /** `eq-survey-answered`, the name to listen for. */
  static readonly eventName = 'eq-survey-answered';
  constructor(
    kase: Case,
    /** The answer as recorded. */
    readonly survey: SurveyAnswer | undefined,
  ) {
    super(EqSurveyAnsweredEvent.eventName, kase);
  }
}

/** Names of every case action event, e.g. to refresh a list after any of them. */
export const CASE_ACTION_EVENTS = [
  EqMessageSentEvent.eventName,
  EqAttachmentAddedEvent.eventName,
  EqCaseReopenedEvent.eventName,
  EqCaseClosedEvent.eventName,
  EqConcernRaisedEvent.eventName,
  EqSurveyAnsweredEvent.eventName,
] as const;

declare global {
  interface GlobalEventHandlersEventMap {
    'eq-message-sent': EqMessageSentEvent;
    'eq-attachment-added': EqAttachmentAddedEvent;
    'eq-case-reopened': EqCaseReopenedEvent;
    'eq-case-closed': EqCaseClosedEvent;
    'eq-concern-raised': EqConcernRaisedEvent;
    'eq-survey-answered': EqSurveyAnsweredEvent;
  }
}
