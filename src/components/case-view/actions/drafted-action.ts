/**
 * An action whose typed text is precious (a message, a reopen message, a concern): the values
 * are kept per case in sessionStorage with the request's idempotency key, restored when the view
 * shows the case again, and cleared only when the request succeeds or the person discards them.
 */
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { SupportBackend } from '../../../api/backend.js';
import type { Case } from '../../../api/schemas.js';
import { caseDrafts, type DraftKind } from '../drafts.js';
import { CaseAction } from './case-action.js';

export abstract class DraftedAction extends CaseAction {
  /** The values of the form's fields. */
  values: Record<string, string> = {};
  /** The values were restored from an unsent draft. */
  restored = false;
  private caseId: string | undefined;

  protected abstract readonly kind: DraftKind;
  /** Names of the fields whose text makes a draft worth keeping. */
  protected abstract readonly textFields: readonly string[];

  /** Initial values of the form. */
  protected defaults(): Record<string, string> {
    return {};
  }

  /** Whether the form holds text worth keeping. */
  get hasContent(): boolean {
    return this.textFields.some((name) => (this.values[name] ?? '').trim() !== '');
  }

  /** Shows the draft of `caseId` (once per case; later calls keep what is being typed). */
  load(caseId: string): void {
    if (this.caseId === caseId) return;
    this.caseId = caseId;
    const draft = caseDrafts.get(caseId, this.kind);
    this.values = { ...this.defaults(), ...draft?.fields };
    this.restored = draft !== undefined;
    this.reset();
  }

  /** Sets one field and keeps the draft in step. */
  set(name: string, value: string): void {
    this.values = { ...this.values, [name]: value };
    if (this.fieldErrors[name]) {
      const { [name]: _fixed, ...rest } = this.fieldErrors;
      this.fieldErrors = rest;
    }
    if (this.caseId) {
      if (this.hasContent) caseDrafts.save(this.caseId, this.kind, this.values);
      else caseDrafts.clear(this.caseId, this.kind);
    }
    this.host.requestUpdate();
  }

  /** Forgets the typed text (the person chose Discard, or the request succeeded). */
  discard(): void {
    if (this.caseId) caseDrafts.clear(this.caseId, this.kind);
    this.values = this.defaults();
    this.restored = false;
    this.reset();
  }

  /** Sends the draft with its idempotency key; clears it on success. */
  protected async sendDraft(
    send: (backend: SupportBackend, kase: Case, key: string, signal: AbortSignal) => Promise<Case>,
  ): Promise<Case | undefined> {
    const caseId = this.caseId;
    if (!caseId) return undefined;
    const draft = caseDrafts.attempt(caseId, this.kind, this.values);
    const updated = await this.run((backend, kase, signal) =>
      send(backend, kase, draft.key, signal),
    );
    if (updated && this.caseId === caseId) this.discard();
    return updated;
  }

  /** "Restored" notice and the Discard button. */
  protected renderDraftControls(focusAfterDiscard: string) {
    if (!this.hasContent) return nothing;
    return html`<p class="draft-note">
      ${
        this.restored
          ? html`<span>${msg('Your unsent text was restored.')}</span>`
          : html`<span>${msg('Your text is kept until it is sent.')}</span>`
      }
      <button
        type="button"
        class="link-button"
        ?disabled=${this.pending}
        @click=${() => {
          this.discard();
          void this.host.updateComplete.then(() =>
            this.host.renderRoot.querySelector<HTMLElement>(`#${focusAfterDiscard}`)?.focus(),
          );
        }}
      >
        ${msg('Discard')}
      </button>
    </p>`;
  }
}
