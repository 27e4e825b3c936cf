/**
 * The two forms that send a message: "Add a message" on an open case and "Reopen Case" on a
 * resolved or closed one. Both can carry a priority change request: the priority of a saved case
 * cannot be changed, but the person can ask for another one with a justification.
 */
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { PRIORITIES, type Priority, type PriorityChangeRequest } from '../../../api/schemas.js';
import type { FieldError } from '../../../api/schemas.js';
import { priorityLabel } from '../../shared/labels.js';
import { DraftedAction } from './drafted-action.js';

const REQUESTED = 'priorityChange.requested';
const JUSTIFICATION = 'priorityChange.justification';

export abstract class MessageFormAction extends DraftedAction {
  /** Name of the message field in the request body (`body` or `message`). */
  protected abstract readonly messageField: string;
  /** Prefix of the control ids. */
  protected abstract readonly prefix: string;

  protected override get fieldIds(): Record<string, string> {
    return {
      [this.messageField]: `${this.prefix}-message`,
      [REQUESTED]: `${this.prefix}-priority`,
      [JUSTIFICATION]: `${this.prefix}-justification`,
    };
  }

  protected override get textFields(): readonly string[] {
    return ['message', 'justification'];
  }

  /** Whether the priority change request is part of the message. */
  get wantsPriorityChange(): boolean {
    return this.values.wantsPriority === 'yes';
  }

  /** Opens the priority change request (from the "Request priority change" action). */
  requestPriorityChange(): void {
    if (!this.wantsPriorityChange) this.set('wantsPriority', 'yes');
  }

  /** Id of the control to focus to edit the priority request. */
  get priorityControlId(): string {
    return `${this.prefix}-priority`;
  }

  get messageControlId(): string {
    return `${this.prefix}-message`;
  }

  /** Checks the fields; returns the priority change to send, or null when there are errors. */
  protected validate(messageRequired: string): { priorityChange?: PriorityChangeRequest } | null {
    const errors: FieldError[] = [];
    const current = this.host.currentCase?.priority;
    if (!(this.values.message ?? '').trim())
      errors.push({ field: this.messageField, message: messageRequired });
    if (this.wantsPriorityChange) {
      const requested = this.values.requested as Priority | undefined;
      if (!requested || !PRIORITIES.includes(requested))
        errors.push({ field: REQUESTED, message: msg('Choose the priority you need') });
      else if (requested === current)
        errors.push({
          field: REQUESTED,
          message: msg('Choose a priority other than the current one'),
        });
      if (!(this.values.justification ?? '').trim())
        errors.push({
          field: JUSTIFICATION,
          message: msg('Explain why the priority should change'),
        });
    }
    if (!this.check(errors)) return null;
    return this.wantsPriorityChange
      ? {
          priorityChange: {
            requested: this.values.requested as Priority,
            justification: (this.values.justification ?? '').trim(),
          },
        }
      : {};
  }

  protected renderMessageField(label: string) {
    return this.renderTextArea(this.messageField, {
      id: this.messageControlId,
      label,
      rows: 5,
      required: true,
      value: this.values.message ?? '',
      input: (value) => this.set('message', value),
    });
  }

  protected renderPriorityChange() {
    const kase = this.host.currentCase;
    if (!kase) return nothing;
    const taxonomy = this.host.taxonomy;
    const wants = this.wantsPriorityChange;
    const p = this.prefix;
    const requested = this.values.requested as Priority | undefined;
    const description = requested
      ? taxonomy?.priorities.find((x) => x.id === requested)?.description
      : undefined;
    return html`<div class="priority-change" part="priority-change">
      <div class="choice">
        <input
          type="checkbox"
          id="${p}-wants-priority"
          aria-describedby="${p}-priority-rule"
          .checked=${wants}
          @change=${(e: Event) =>
            this.set('wantsPriority', (e.target as HTMLInputElement).checked ? 'yes' : '')}
        />
        <label for="${p}-wants-priority">${msg('Request a priority change')}</label>
      </div>
      <p class="help" id="${p}-priority-rule">
        ${msg(
          'The priority of a saved case cannot be changed. You can ask for another one with a justification; the support team reviews the request.',
        )}
      </p>
      ${
        wants
          ? html`<div class="field">
                <label for="${p}-priority" class="required">${msg('Requested priority')}</label>
                <select
                  id="${p}-priority"
                  required
                  aria-invalid=${this.invalid(REQUESTED)}
                  aria-describedby=${this.describedBy(REQUESTED, `${p}-priority-current`)}
                  @change=${(e: Event) => this.set('requested', (e.target as HTMLSelectElement).value)}
                >
                  <option value="" ?selected=${!requested}>${msg('Choose a priority')}</option>
                  ${PRIORITIES.filter((x) => x !== kase.priority).map(
                    (x) =>
                      html`<option value=${x} ?selected=${requested === x}>
                        ${priorityLabel(x, taxonomy)}
                      </option>`,
                  )}
                </select>
                <p class="help" id="${p}-priority-current">
                  ${msg('Current priority:')}
                  ${priorityLabel(kase.priority, taxonomy)}${
                    description ? html`. ${description}` : nothing
                  }
                </p>
                ${this.renderFieldError(REQUESTED)}
              </div>
              ${this.renderTextArea(JUSTIFICATION, {
                id: `${p}-justification`,
                label: msg('Justification'),
                rows: 3,
                required: true,
                value: this.values.justification ?? '',
                input: (value) => this.set('justification', value),
              })}`
          : nothing
      }
    </div>`;
  }
}
