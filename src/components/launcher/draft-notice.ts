/**
 * The launcher home's notice of an unsent case: the case form keeps a person's half-written case
 * (README "Drafts"), and the home says so, with Continue and Discard (then Undo). Loaded only when
 * a draft is stored.
 */
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { DRAFT_MAX_AGE_MS } from '../../storage.js';

/** What the form stores (`DraftStorageController`, version 1), read only as far as the notice needs. */
interface StoredCaseDraft {
  version?: unknown;
  savedAt?: unknown;
  value?: { fields?: { subject?: unknown } };
}

export class DraftNotice {
  /** The draft just discarded, kept until the next view for Undo. */
  private discarded?: { key: string; raw: string };

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly onContinue: () => void,
  ) {}

  /** Forgets the discarded draft: Undo lasts until the person goes to another view. */
  reset(): void {
    this.discarded = undefined;
  }

  render(key: string): TemplateResult | typeof nothing {
    if (this.discarded?.key === key) {
      const { raw } = this.discarded;
      return html`<p class="notice" role="status" part="draft-notice">
        ${msg('The unsent case was discarded.')}
        <button type="button" class="link-button" @click=${() => this.undo(key, raw)}>
          ${msg('Undo')}
        </button>
      </p>`;
    }
    let raw: string | null;
    let draft: StoredCaseDraft;
    try {
      raw = localStorage.getItem(key);
      draft = raw ? (JSON.parse(raw) as StoredCaseDraft) : {};
    } catch {
      return nothing; // No storage, or a damaged draft (the form drops it).
    }
    // The form's own checks, so that Continue finds the draft: version 1, at most 7 days old.
    const age = Date.now() - Date.parse(String(draft.savedAt));
    if (!raw || draft.version !== 1 || !(age <= DRAFT_MAX_AGE_MS)) return nothing;
    const subject = draft.value?.fields?.subject;
    return html`<div class="notice" part="draft-notice">
      <p>
        <strong>${msg('An unsent case is waiting.')}</strong>
        ${typeof subject === 'string' && subject.trim() ? html`<q>${subject}</q>` : nothing}
      </p>
      <div class="links">
        <button type="button" class="button primary" @click=${this.onContinue}>
          ${msg('Continue')}
        </button>
        <button type="button" class="button" @click=${() => this.discard(key, raw)}>
          ${msg('Discard')}
        </button>
      </div>
    </div>`;
  }

  private discard(key: string, raw: string): void {
    try {
      localStorage.removeItem(key);
    } catch {
      return;
    }
    this.discarded = { key, raw };
    this.refocus();
  }

  private undo(key: string, raw: string): void {
    try {
      localStorage.setItem(key, raw);
    } catch {
      // Storage refused the draft back: the notice says it is discarded.
      return;
    }
    this.discarded = undefined;
    this.refocus();
  }

  /** The pressed button goes away: focus moves to the notice's first button (Undo, or Continue). */
  private refocus(): void {
    this.host.requestUpdate();
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>('[part=draft-notice] button')?.focus(),
    );
  }
}
