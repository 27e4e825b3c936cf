/** "Add a message": the reply box at the end of an open case's history. */
import { msg } from '@lit/localize';
import { html } from 'lit';
import type { Case } from '../../../api/schemas.js';
import { EqMessageSentEvent } from '../../../events/case-action-events.js';
import type { CaseViewHost } from './case-action.js';
import { MessageFormAction } from './message-form.js';

export class ReplyAction extends MessageFormAction {
  protected readonly kind = 'message';
  protected readonly messageField = 'body';
  protected readonly prefix = 'reply';

  constructor(
    host: CaseViewHost,
    private readonly onSent: (updated: Case) => void = () => undefined,
  ) {
    super(host);
  }

  async submit(): Promise<void> {
    const extra = this.validate(msg('Write a message'));
    if (!extra) return;
    const updated = await this.sendDraft((backend, kase, idempotencyKey, signal) =>
      backend.addMessage(
        kase.id,
        { body: (this.values.message ?? '').trim(), ...extra },
        { idempotencyKey, signal },
      ),
    );
    if (!updated) return;
    this.host.announce(
      extra.priorityChange
        ? msg('Your message and your priority change request were sent.')
        : msg('Your message was sent.'),
    );
    this.host.dispatchEvent(new EqMessageSentEvent(updated));
    this.onSent(updated);
  }

  render() {
    return this.renderForm(
      html`<h3 id="reply-title">${msg('Add a message')}</h3>
        ${this.renderMessageField(msg('Your message'))} ${this.renderPriorityChange()}`,
      {
        submit: msg('Send'),
        pending: msg('Sending…'),
        extra: this.renderDraftControls(this.messageControlId),
        labelledBy: 'reply-title',
        part: 'reply',
      },
    );
  }
}
