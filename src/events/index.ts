export { EqErrorEvent } from './error-event.js';
export { EqAttachmentsChangeEvent } from './attachments-change-event.js';
