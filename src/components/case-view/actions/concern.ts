/**
 * "Raise a Case Concern": Phone number, Category (the six categories of the guide with their
 * descriptions), Description, Submit. The case owner's manager is notified.
 */
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
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
    return html`<form
      novalidate
      aria-labelledby="panel-title"
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.submit();
      }}
    >
      <p class="help">
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
      <fieldset class="choices">
        <legend class="required">${msg('Category')}</legend>
        ${categories.map(
          (c, i) =>
            html`<div class="choice">
              <input
                type="radio"
                name="concern-category"
                id="concern-category-${i}"
                value=${c.id}
                .checked=${this.values.category === c.id}
                aria-invalid=${this.invalid('category')}
                aria-describedby=${this.describedBy('category', `concern-category-${i}-help`)}
                @change=${() => this.set('category', c.id)}
              />
              <label for="concern-category-${i}">${c.label}</label>
              ${
                c.description
                  ? html`<p class="help" id="concern-category-${i}-help">${c.description}</p>`
                  : nothing
              }
            </div>`,
        )}
        ${this.renderFieldError('category')}
      </fieldset>
      <div class="field">
        <label for="concern-description" class="required">${msg('Description')}</label>
        <textarea
          id="concern-description"
          rows="4"
          required
          aria-invalid=${this.invalid('description')}
          aria-describedby=${this.describedBy('description')}
          .value=${this.values.description ?? ''}
          @input=${(e: Event) => this.set('description', (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${this.renderFieldError('description')}
      </div>
      ${this.renderError()}
      <div class="form-actions">
        <button class="button primary" type="submit" ?disabled=${this.pending}>
          ${this.pending ? msg('Submitting…') : msg('Submit')}
        </button>
        <button class="button" type="button" @click=${onCancel}>${msg('Cancel')}</button>
        ${this.renderDraftControls('concern-phone')}
      </div>
    </form>`;
  }
}
