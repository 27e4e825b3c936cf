/**
 * Discard draft, asked twice: the link, then Discard or Keep. It keeps its own state (whether it
 * is asking); the form does the discarding.
 */
import { msg } from '@lit/localize';
import { html, type ReactiveControllerHost } from 'lit';

export class DiscardControl {
  private asking = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Back to the link. */
  reset(): void {
    this.ask(false);
  }

  private ask(asking: boolean): void {
    this.asking = asking;
    this.host.requestUpdate();
  }

  render(disabled: boolean, discard: () => void) {
    return this.asking
      ? html`<span class="confirm-discard" role="group" aria-label=${msg('Discard draft?')}>
          ${msg('Discard everything you entered?')}
          <button type="button" class="button danger" @click=${discard}>${msg('Discard')}</button>
          <button type="button" class="button" @click=${() => this.ask(false)}>
            ${msg('Keep')}
          </button>
        </span>`
      : html`<button
          type="button"
          class="link-button"
          ?disabled=${disabled}
          @click=${() => this.ask(true)}
        >
          ${msg('Discard draft')}
        </button>`;
  }
}
