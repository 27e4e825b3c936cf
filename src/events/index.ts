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
