/** The customer satisfaction survey of a resolved or closed case: a 1–5 rating, once per case. */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { Case, FieldError } from '../../../api/schemas.js';
import { EqSurveyAnsweredEvent } from '../../../events/case-action-events.js';
import { CaseAction } from './case-action.js';

function ratingLabel(rating: number): string {
  switch (rating) {
    case 1:
      return msg('Very dissatisfied');
    case 2:
      return msg('Dissatisfied');
    case 3:
      return msg('Neither satisfied nor dissatisfied');
    case 4:
      return msg('Satisfied');
    default:
      return msg('Very satisfied');
  }
}

export class SurveyAction extends CaseAction {
  rating = 0;
  protected readonly fieldIds = { rating: 'survey-rating-1', comment: 'survey-comment' };

  async submit(): Promise<void> {
    const errors: FieldError[] = [];
    if (this.rating < 1 || this.rating > 5)
      errors.push({ field: 'rating', message: msg('Choose a rating from 1 to 5') });
    if (!this.check(errors)) return;
    const body = {
      rating: this.rating,
      ...(this.comment.trim() ? { comment: this.comment.trim() } : {}),
    };
    const updated = await this.run((backend, kase, signal) =>
      backend.answerSurvey(kase.id, body, { idempotencyKey: this.keyFor(body), signal }),
    );
    if (!updated) return;
    this.settled();
    this.host.announce(msg('Thank you for answering the survey.'));
    this.host.dispatchEvent(new EqSurveyAnsweredEvent(updated, updated.survey));
  }

  render(kase: Case) {
    if (kase.survey) {
      const { rating } = kase.survey;
      return html`<section class="survey done" part="survey" aria-labelledby="survey-title">
        <h3 id="survey-title">${msg('Customer satisfaction survey')}</h3>
        <p>
          ${msg('Thank you for your feedback.')}
          <strong>${msg(str`Your rating: ${rating} out of 5 (${ratingLabel(rating)}).`)}</strong>
        </p>
        ${kase.survey.comment ? html`<p class="quote">${kase.survey.comment}</p>` : nothing}
      </section>`;
    }
    return html`<section class="survey" part="survey" aria-labelledby="survey-title">
      <h3 id="survey-title">${msg('Customer satisfaction survey')}</h3>
      <p class="help">
        ${msg(
          'Please tell us how satisfied you are with how this case was handled. Your time and consideration are greatly appreciated.',
        )}
      </p>
      ${this.renderForm(
        html`${this.renderChoices('rating', {
          name: 'survey-rating',
          legend: msg('Your rating'),
          class: 'rating',
          first: 1,
          options: [1, 2, 3, 4, 5].map((n) => ({
            value: String(n),
            label: `${n} – ${ratingLabel(n)}`,
          })),
          checked: String(this.rating),
          pick: (value) => {
            this.rating = Number(value);
            this.fieldErrors = {};
            this.host.requestUpdate();
          },
        })}
        ${this.renderComment('survey-comment')}`,
        { submit: msg('Send rating'), pending: msg('Sending…') },
      )}
    </section>`;
  }
}
