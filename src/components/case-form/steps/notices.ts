/** The notices of the case form about what went wrong. */
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { HttpError } from '../../../api/errors.js';
import { describeError } from '../../shared/error-message.js';

/** Why the case was not saved, and that nothing typed is lost. */
export function renderSaveError(error: unknown) {
  if (!error) return nothing;
  const fieldOnly = error instanceof HttpError && error.status === 400;
  return html`<div class="notice danger" role="alert" part="save-error">
    <p>
      <strong>${msg('Your case was not saved.')}</strong> ${describeError(error)}
      ${fieldOnly ? nothing : msg('Everything you entered is kept: retry when you are ready.')}
    </p>
  </div>`;
}

/** Why the form cannot be shown: not connected, or its data did not load (with a retry). */
export function renderFailure(error: unknown, retry: () => void) {
  const notConfigured = error instanceof Error && error.message === 'not-configured';
  return html`<div class="notice danger" role="alert">
    ${
      notConfigured
        ? msg(
            'This form is not connected to a support service. Set its api-base attribute, or place it inside <eq-support-provider>.',
          )
        : html`<p>${msg('The form could not be loaded:')} ${describeError(error)}</p>
            <button type="button" class="button" @click=${retry}>${msg('Retry')}</button>`
    }
  </div>`;
}
