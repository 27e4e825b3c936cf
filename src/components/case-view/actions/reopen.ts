/** "Reopen Case": a resolved or closed case is reopened with a message (Your message, Confirm). */
import { msg } from '@lit/localize';
import { html } from 'lit';
import type { Case } from '../../../api/schemas.js';
import { EqCaseReopenedEvent } from '../../../events/case-action-events.js';
import type { CaseViewHost } from './case-action.js';
import { MessageFormAction } from './message-form.js';

export class ReopenAction extends MessageFormAction {
  protected readonly kind = 'reopen';
  protected readonly messageField = 'message';
  protected readonly prefix = 'reopen';

  constructor(
    host: CaseViewHost,
    private readonly onReopened: (updated: Case) => void = () => undefined,
  ) {
    super(host);
  }

  async submit(): Promise<void> {
    const extra = this.validate(msg('Write a message explaining why the case is reopened'));
    if (!extra) return;
    const updated = await this.sendDraft((backend, kase, idempotencyKey, signal) =>
      backend.reopenCase(
        kase.id,
        { message: (this.values.message ?? '').trim(), ...extra },
        { idempotencyKey, signal },
      ),
    );
    if (!updated) return;
    this.host.announce(msg('The case was reopened.'));
    this.host.dispatchEvent(new EqCaseReopenedEvent(updated));
    this.onReopened(updated);
  }

  render(onCancel: () => void) {
    return this.renderForm(
      html`<p class="help">
          ${msg('Reopen the case if you need further assistance. Tell the support team why.')}
        </p>
        ${this.renderMessageField(msg('Your message'))} ${this.renderPriorityChange()}`,
      {
        submit: msg('Confirm'),
        pending: msg('Reopening…'),
        onCancel,
        extra: this.renderDraftControls(this.messageControlId),
        labelledBy: 'panel-title',
      },
    );
  }
}
