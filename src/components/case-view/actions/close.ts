/** "Close Case": asks why (the reasons of the guide, from the taxonomy) and confirms. */
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { Case, CloseReason, FieldError } from '../../../api/schemas.js';
import { EqCaseClosedEvent } from '../../../events/case-action-events.js';
import { closeReasons } from '../../shared/labels.js';
import { CaseAction, type CaseViewHost } from './case-action.js';

export class CloseAction extends CaseAction {
  reason: CloseReason | '' = '';
  comment = '';
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
    return html`<form
      novalidate
      aria-labelledby="panel-title"
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.submit();
      }}
    >
      <fieldset class="choices">
        <legend class="required">${msg('Why can the case be closed?')}</legend>
        ${reasons.map(
          (r, i) =>
            html`<div class="choice">
              <input
                type="radio"
                name="close-reason"
                id="close-reason-${i}"
                value=${r.id}
                .checked=${this.reason === r.id}
                aria-invalid=${this.invalid('reason')}
                aria-describedby=${this.describedBy('reason', `close-reason-${i}-help`)}
                @change=${() => {
                  this.reason = r.id;
                  this.fieldErrors = {};
                  this.host.requestUpdate();
                }}
              />
              <label for="close-reason-${i}">${r.label}</label>
              ${
                r.description
                  ? html`<p class="help" id="close-reason-${i}-help">${r.description}</p>`
                  : nothing
              }
            </div>`,
        )}
        ${this.renderFieldError('reason')}
      </fieldset>
      <div class="field">
        <label for="close-comment">${msg('Comment (optional)')}</label>
        <textarea
          id="close-comment"
          rows="3"
          aria-invalid=${this.invalid('comment')}
          aria-describedby=${this.describedBy('comment')}
          .value=${this.comment}
          @input=${(e: Event) => {
            this.comment = (e.target as HTMLTextAreaElement).value;
          }}
        ></textarea>
        ${this.renderFieldError('comment')}
      </div>
      ${this.renderError()}
      <div class="form-actions">
        <button class="button primary" type="submit" ?disabled=${this.pending}>
          ${this.pending ? msg('Closing…') : msg('Confirm')}
        </button>
        <button class="button" type="button" @click=${onCancel}>${msg('Cancel')}</button>
      </div>
    </form>`;
  }
}
