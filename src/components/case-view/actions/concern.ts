/**
 * "Raise a Case Concern": Phone number, Category (the six categories of the guide with their
 * descriptions), Description, Submit. The case owner's manager is notified.
 */
import { msg } from '@lit/localize';
import { html } from 'lit';
import { Phone, type Case, type ConcernCategory, type FieldError } from '../../../api/schemas.js';
import { EqConcernRaisedEvent } from '../../../events/case-action-events.js';
import { concernCategories } from '../../shared/labels.js';
import type { CaseViewHost } from './case-action.js';
import { DraftedAction } from './drafted-action.js';

export class ConcernAction extends DraftedAction {
  protected readonly kind = 'concern';
  protected readonly textFields = ['description'];
  protected readonly fieldIds = {
    phone: 'concern-phone',
    category: 'concern-category-0',
    description: 'concern-description',
  };

  constructor(
    host: CaseViewHost,
    private readonly onRaised: (updated: Case) => void = () => undefined,
  ) {
    super(host);
  }

  protected override defaults(): Record<string, string> {
    return { phone: this.host.user?.phone ?? '' };
  }

  /** Fills in the person's phone number once it is known, unless one was typed. */
  prefill(phone: string | undefined): void {
    if (phone && !this.values.phone) {
      this.values = { ...this.values, phone };
      this.host.requestUpdate();
    }
  }

  async submit(): Promise<void> {
    const errors: FieldError[] = [];
    const phone = Phone.safeParse(this.values.phone ?? '');
    if (!phone.success)
      errors.push({
        field: 'phone',
        message: (this.values.phone ?? '').trim()
          ? msg('Enter a phone number with 6 to 20 digits, for example +33 1 23 45 67 89')
          : msg('Enter a phone number'),
      });
    const category = this.values.category as ConcernCategory | undefined;
    if (!category) errors.push({ field: 'category', message: msg('Choose a concern category') });
    const description = (this.values.description ?? '').trim();
    if (!description) errors.push({ field: 'description', message: msg('Describe your concern') });
    if (!this.check(errors) || !phone.success || !category) return;
    const updated = await this.sendDraft((backend, kase, idempotencyKey, signal) =>
      backend.raiseConcern(
        kase.id,
        { phone: phone.data, category, description },
        { idempotencyKey, signal },
      ),
    );
    if (!updated) return;
    this.host.announce(
      msg(
        "Your concern was raised. The case owner's manager will be notified and get back to you.",
      ),
    );
    this.host.dispatchEvent(new EqConcernRaisedEvent(updated, updated.concerns.at(-1)));
    this.onRaised(updated);
  }

  render(onCancel: () => void) {
    const categories = concernCategories(this.host.taxonomy);
    return this.renderForm(
      html`<p class="help">
          ${msg(
            "The case owner's manager will be notified and get back to you to mitigate the concern.",
          )}
        </p>
        <div class="field">
          <label for="concern-phone" class="required">${msg('Phone number')}</label>
          <input
            id="concern-phone"
            type="tel"
            autocomplete="tel"
            required
            aria-invalid=${this.invalid('phone')}
            aria-describedby=${this.describedBy('phone', 'concern-phone-help')}
            .value=${this.values.phone ?? ''}
            @input=${(e: Event) => this.set('phone', (e.target as HTMLInputElement).value)}
          />
          <p class="help" id="concern-phone-help">${msg('For example +33 1 23 45 67 89')}</p>
          ${this.renderFieldError('phone')}
        </div>
        ${this.renderChoices('category', {
          name: 'concern-category',
          legend: msg('Category'),
          options: categories.map((c) => ({
            value: c.id,
            label: c.label,
            description: c.description,
          })),
          checked: this.values.category ?? '',
          pick: (value) => this.set('category', value),
        })}
        ${this.renderTextArea('description', {
          id: 'concern-description',
          label: msg('Description'),
          rows: 4,
          required: true,
          value: this.values.description ?? '',
          input: (value) => this.set('description', value),
        })}`,
      {
        submit: msg('Submit'),
        pending: msg('Submitting…'),
        onCancel,
        extra: this.renderDraftControls('concern-phone'),
        labelledBy: 'panel-title',
      },
    );
  }
}
