/**
 * The confirmation of the case form: the number of the case just filed, a way to copy it, and
 * Finish. It keeps its own state (whether the number was copied).
 */
import { msg } from '@lit/localize';
import { html, type ReactiveControllerHost } from 'lit';
import type { Case } from '../../../api/schemas.js';

export class Confirmation {
  private copied = false;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    /** Tells screen-reader users what happened (the form's live region). */
    private readonly announce: (text: string) => void,
  ) {}

  /** Back to the state of a new confirmation. */
  reset(): void {
    this.copied = false;
  }

  private async copy(created: Case): Promise<void> {
    try {
      await navigator.clipboard.writeText(created.number);
      this.copied = true;
      this.host.requestUpdate();
      this.announce(msg('Case number copied.'));
    } catch {
      const output = this.host.renderRoot.querySelector('[part=case-number]');
      if (output) getSelection()?.selectAllChildren(output);
      this.announce(msg('Select the number and copy it with your keyboard.'));
    }
  }

  render(created: Case, finish: () => void) {
    return html`<section class="confirmation" aria-labelledby="step-title">
      <h2 id="step-title" tabindex="-1" part="step-title">${msg('Your case has been created')}</h2>
      <p class="step-count">${msg('Step 3 of 3: Confirmation')}</p>
      <p>${msg('Your case number is')}</p>
      <p class="number-row">
        <output part="case-number" class="case-number" aria-label=${msg('Case number')}
          >${created.number}</output
        >
        <button type="button" class="button" @click=${() => void this.copy(created)}>
          ${this.copied ? msg('Copied') : msg('Copy number')}
        </button>
      </p>
      <p class="notice">
        ${msg('Note this number: include it in all communications with the Technical Support team.')}
      </p>
      <div class="actions" part="actions">
        <button type="button" class="button primary" @click=${finish}>${msg('Finish')}</button>
      </div>
    </section>`;
  }
}
