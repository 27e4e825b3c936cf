/** The notices of the case form: about the draft, and about what went wrong. */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { HttpError } from '../../../api/errors.js';
import { describeError } from '../../shared/error-message.js';
import { formatDateTime } from '../../shared/format.js';
import { renderServiceTeam } from '../../shared/service-team.js';
import type { User } from '../../../api/schemas.js';

/** That a draft was restored, and when; that none can be kept on this device. */
export function renderDraftNotices(
  restoredAt: string | undefined,
  locale: string,
  storageAvailable: boolean,
  timeZone: string | undefined,
) {
  return html`${
    restoredAt
      ? html`<div class="notice" part="restored-notice">
          ${msg(str`Your unsent case from ${formatDateTime(restoredAt, locale, timeZone)} was restored.`)}
        </div>`
      : nothing
  }
  ${
    storageAvailable
      ? nothing
      : html`<div class="notice warning" role="status">
          ${msg('Your draft cannot be saved on this device (storage is full or disabled). Keep this window open until you submit the case.')}
        </div>`
  }`;
}

/** Why the case was not saved, and that nothing typed is lost. */
export function renderSaveError(error: unknown, user: User | undefined) {
  if (!error) return nothing;
  const fieldOnly = error instanceof HttpError && error.status === 400;
  return html`<div class="notice danger" role="alert" part="save-error">
    <p>
      <strong>${msg('Your case was not saved.')}</strong> ${describeError(error)}
      ${fieldOnly ? nothing : msg('Everything you entered is kept: retry when you are ready.')}
    </p>
    ${fieldOnly ? nothing : renderServiceTeam(user, 'failure')}
  </div>`;
}

/** Why the form cannot be shown: not connected, or its data did not load (with a retry). */
export function renderFailure(error: unknown, retry: () => void, user: User | undefined) {
  const notConfigured = error instanceof Error && error.message === 'not-configured';
  return html`<div class="notice danger" role="alert">
    ${
      notConfigured
        ? msg(
            'This form is not connected to a support service. Set its api-base attribute, or place it inside <eq-support-provider>.',
          )
        : html`<p>${msg('The form could not be loaded:')} ${describeError(error)}</p>
            ${renderServiceTeam(user, 'failure')}
            <button type="button" class="button" @click=${retry}>${msg('Retry')}</button>`
    }
  </div>`;
}

/**
 * After "This solved my problem" on a suggested article: nothing may be left to file, so the form
 * offers to discard the draft (or to keep it, for a case after all).
 */
export function renderSolvedOffer(discard: () => void, keep: () => void) {
  return html`<div class="notice" role="group" part="solved-offer" aria-labelledby="solved-offer">
    <p id="solved-offer">
      ${msg('The article solved your problem: you can discard this draft instead of filing a case.')}
    </p>
    <button type="button" class="button" @click=${discard}>${msg('Discard draft')}</button>
    <button type="button" class="button" @click=${keep}>${msg('Keep')}</button>
  </div>`;
}
