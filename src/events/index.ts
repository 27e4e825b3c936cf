export { EqErrorEvent } from './error-event.js';
export { EqAttachmentsChangeEvent } from './attachments-change-event.js';
export {
  EqStepChangeEvent,
  EqCaseCreatedEvent,
  EqCancelEvent,
  EqFinishEvent,
  type CaseFormStep,
} from './case-form-events.js';
export { EqArticleOpenEvent, type ArticleSource } from './article-open-event.js';
export { EqArticleSolvedEvent } from './article-solved-event.js';
export { EqSimilarCaseSelectEvent } from './similar-case-select-event.js';
export { EqCaseOpenEvent } from './case-open-event.js';
export { EqCreateCaseEvent } from './create-case-event.js';
export { EqCaseFilterChangeEvent, type CaseListFilters } from './case-filter-change-event.js';
export { EqCaseBackEvent } from './case-back-event.js';
export {
  EqCaseActionEvent,
  EqMessageSentEvent,
  EqAttachmentAddedEvent,
  EqCaseReopenedEvent,
  EqCaseClosedEvent,
  EqConcernRaisedEvent,
  EqSurveyAnsweredEvent,
  CASE_ACTION_EVENTS,
} from './case-action-events.js';
export { EqSettingsSaveEvent } from './settings-save-event.js';
export {
  EqOpenEvent,
  EqCloseEvent,
  EqViewChangeEvent,
  type LauncherView,
} from './launcher-events.js';
