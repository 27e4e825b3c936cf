import type { Attachment } from '../api/schemas.js';

/** `eq-attachments-change`: the set of uploaded files of an upload area changed. */
export class EqAttachmentsChangeEvent extends Event {
  /** `eq-attachments-change`, the name to listen for. */
  static readonly eventName = 'eq-attachments-change';
  constructor(
    /** Files uploaded and ready to attach, in the order they were added. */
    readonly attachments: readonly Attachment[],
    /** How many files are still uploading. */
    readonly uploading: number,
  ) {
    super(EqAttachmentsChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eq-attachments-change': EqAttachmentsChangeEvent;
  }
}
