export { EqErrorEvent } from './error-event.js';
export { EqAttachmentsChangeEvent } from './attachments-change-event.js';
export {
  EqStepChangeEvent,
  EqCaseCreatedEvent,
  EqCancelEvent,
  EqFinishEvent,
  type CaseFormStep,
} from './case-form-events.js';
