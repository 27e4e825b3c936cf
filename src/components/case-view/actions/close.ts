/** "Close Case": asks why (the reasons of the guide, from the taxonomy) and confirms. */
import { msg } from '@lit/localize';
import { html } from 'lit';
import type { Case, CloseReason, FieldError } from '../../../api/schemas.js';
import { EqCaseClosedEvent } from '../../../events/case-action-events.js';
import { closeReasons } from '../../shared/labels.js';
import { CaseAction, type CaseViewHost } from './case-action.js';

export class CloseAction extends CaseAction {
  reason: CloseReason | '' = '';
  protected readonly fieldIds = { reason: 'close-reason-0', comment: 'close-comment' };

  constructor(
    host: CaseViewHost,
    private readonly onClosed: (updated: Case) => void = () => undefined,
  ) {
    super(host);
  }

  async submit(): Promise<void> {
    const errors: FieldError[] = [];
    if (!this.reason)
      errors.push({ field: 'reason', message: msg('Choose why the case can be closed') });
    if (!this.check(errors) || !this.reason) return;
    const reason = this.reason;
    const body = { reason, ...(this.comment.trim() ? { comment: this.comment.trim() } : {}) };
    const updated = await this.run((backend, kase, signal) =>
      backend.closeCase(kase.id, body, { idempotencyKey: this.keyFor(body), signal }),
    );
    if (!updated) return;
    this.settled();
    this.reason = '';
    this.comment = '';
    this.host.announce(msg('The case was closed.'));
    this.host.dispatchEvent(new EqCaseClosedEvent(updated, reason));
    this.onClosed(updated);
  }

  render(onCancel: () => void) {
    const reasons = closeReasons(this.host.taxonomy);
    return this.renderForm(
      html`${this.renderChoices('reason', {
        name: 'close-reason',
        legend: msg('Why can the case be closed?'),
        options: reasons.map((r) => ({ value: r.id, label: r.label, description: r.description })),
        checked: this.reason,
        pick: (value) => {
          this.reason = value as CloseReason;
          this.fieldErrors = {};
          this.host.requestUpdate();
        },
      })}
      ${this.renderComment('close-comment')}`,
      { submit: msg('Confirm'), pending: msg('Closing…'), onCancel, labelledBy: 'panel-title' },
    );
  }
}
