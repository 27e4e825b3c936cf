/**
 * An action whose typed text is precious (a message, a reopen message, a concern): the values
 * are kept per case in sessionStorage with the request's idempotency key, restored when the view
 * shows the case again, and cleared only when the request succeeds or the person discards them.
 */
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { SupportBackend } from '../../../api/backend.js';
import type { Case } from '../../../api/schemas.js';
import { caseDrafts, type DraftKind, type DraftScope } from '../drafts.js';
import { CaseAction } from './case-action.js';

export abstract class DraftedAction extends CaseAction {
  /** The values of the form's fields. */
  values: Record<string, string> = {};
  /** The values were restored from an unsent draft. */
  restored = false;
  private caseId: string | undefined;
  private userId: string | undefined;

  private get scope(): DraftScope | undefined {
    return this.caseId ? { caseId: this.caseId, userId: this.userId } : undefined;
  }

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

  /**
   * Shows the draft of `userId` on `caseId` (once per person and case; later calls keep what is
   * being typed). When the person becomes known after typing began, the text becomes theirs.
   */
  load(caseId: string, userId: string | undefined): void {
    if (this.caseId === caseId && this.userId === userId) return;
    const samePage = this.caseId === caseId && this.userId === undefined;
    this.caseId = caseId;
    this.userId = userId;
    if (samePage && this.hasContent) {
      caseDrafts.save(this.scope!, this.kind, this.values);
      return;
    }
    const draft = caseDrafts.get({ caseId, userId }, this.kind);
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
    const scope = this.scope;
    if (scope) {
      if (this.hasContent) caseDrafts.save(scope, this.kind, this.values);
      else caseDrafts.clear(scope, this.kind);
    }
    this.host.requestUpdate();
  }

  /** Forgets the typed text (the person chose Discard, or the request succeeded). */
  discard(): void {
    const scope = this.scope;
    if (scope) caseDrafts.clear(scope, this.kind);
    this.values = this.defaults();
    this.restored = false;
    this.reset();
  }

  /** Sends the draft with its idempotency key; clears it on success. */
  protected async sendDraft(
    send: (backend: SupportBackend, kase: Case, key: string, signal: AbortSignal) => Promise<Case>,
  ): Promise<Case | undefined> {
    const scope = this.scope;
    const caseId = this.caseId;
    if (!scope || !caseId) return undefined;
    const draft = caseDrafts.attempt(scope, this.kind, this.values);
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
