/**
 * What every action of the case view shares: progress, success, a specific error, field errors
 * next to their controls with focus moved to the first one, and cancellation when the view goes.
 */
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { SupportBackend } from '../../../api/backend.js';
import { isSupportError } from '../../../api/errors.js';
import type { Case, FieldError, Taxonomy, User } from '../../../api/schemas.js';
import { describeError } from '../../shared/error-message.js';

/** What the actions need from `<eq-case-view>`. */
export interface CaseViewHost extends ReactiveControllerHost, HTMLElement {
  /** The case as currently shown. */
  readonly currentCase: Case | undefined;
  readonly resolvedBackend: SupportBackend | undefined;
  readonly taxonomy: Taxonomy | undefined;
  readonly user: User | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Shows the case the backend returned after an action. */
  applyCase(updated: Case): void;
  /** Announces a result in the view's polite live region. */
  announce(text: string): void;
}

export abstract class CaseAction implements ReactiveController {
  /** A request is in flight. */
  pending = false;
  /** What went wrong with the last attempt (shown in an alert). */
  error = '';
  /** Messages by field path of the request body (`body`, `priorityChange.justification`…). */
  fieldErrors: Record<string, string> = {};
  private controller: AbortController | undefined;
  private attempt: { body: string; key: string } | undefined;

  /** Control id (in the view's shadow root) of each field path, in the order of the form. */
  protected abstract readonly fieldIds: Record<string, string>;

  constructor(protected readonly host: CaseViewHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  /** Forgets the last error (e.g. when the form is closed). */
  reset(): void {
    this.error = '';
    this.fieldErrors = {};
    this.host.requestUpdate();
  }

  /** Runs the request; on success shows the updated case, on failure the error. */
  protected async run(
    send: (backend: SupportBackend, kase: Case, signal: AbortSignal) => Promise<Case>,
  ): Promise<Case | undefined> {
    const backend = this.host.resolvedBackend;
    const kase = this.host.currentCase;
    if (!backend || !kase || this.pending) return undefined;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.pending = true;
    this.error = '';
    this.fieldErrors = {};
    this.host.requestUpdate();
    try {
      const updated = await send(backend, kase, controller.signal);
      if (controller.signal.aborted) return undefined;
      this.host.applyCase(updated);
      return updated;
    } catch (error) {
      if (controller.signal.aborted) return undefined;
      const fieldErrors = isSupportError(error) ? error.fieldErrors : [];
      this.showErrors(describeError(error), fieldErrors);
      return undefined;
    } finally {
      if (this.controller === controller) {
        this.pending = false;
        this.controller = undefined;
        this.host.requestUpdate();
      }
    }
  }

  /**
   * Idempotency key for a request body: the same body (a retry) gets the same key, so it never
   * acts twice; another body is another request.
   */
  protected keyFor(body: unknown): string {
    const json = JSON.stringify(body);
    if (this.attempt?.body !== json) this.attempt = { body: json, key: crypto.randomUUID() };
    return this.attempt.key;
  }

  /** Forgets the key after a success, so the next request is a new one. */
  protected settled(): void {
    this.attempt = undefined;
  }

  /** Shows errors found before sending. Returns false when there are some. */
  protected check(errors: FieldError[]): boolean {
    if (errors.length === 0) return true;
    this.showErrors(msg('Some fields need attention.'), errors);
    return false;
  }

  private showErrors(summary: string, errors: readonly FieldError[]): void {
    const known = Object.keys(this.fieldIds);
    const byField: Record<string, string> = {};
    const other: string[] = [];
    for (const e of errors) {
      const field = known.find((k) => e.field === k || e.field.startsWith(`${k}.`));
      if (field && !byField[field]) byField[field] = e.message;
      else if (!field) other.push(e.message);
    }
    this.fieldErrors = byField;
    this.error = [summary, ...other].filter((t, i, all) => all.indexOf(t) === i).join(' ');
    this.host.requestUpdate();
    const first = known.find((k) => byField[k]);
    if (first) {
      void this.host.updateComplete.then(() => {
        const control = this.host.renderRoot.querySelector<HTMLElement>(`#${this.fieldIds[first]}`);
        control?.focus();
      });
    }
  }

  /** `aria-invalid`/`aria-describedby` values of a control. */
  protected invalid(field: string): 'true' | 'false' {
    return this.fieldErrors[field] ? 'true' : 'false';
  }

  protected describedBy(field: string, ...others: string[]): string {
    const ids = [...others];
    if (this.fieldErrors[field]) ids.push(`${this.fieldIds[field]}-error`);
    return ids.join(' ');
  }

  /** The error next to a control. */
  protected renderFieldError(field: string) {
    const message = this.fieldErrors[field];
    return message
      ? html`<p class="error" id="${this.fieldIds[field]}-error">${message}</p>`
      : nothing;
  }

  /** The alert with the error of the last attempt, and the progress for screen readers. */
  protected renderError() {
    return html`<div class="alert" role="alert" part="action-error">
        ${this.error ? html`<p class="error">${this.error}</p>` : nothing}
      </div>
      <p class="visually-hidden" role="status">${this.pending ? msg('Sending…') : nothing}</p>`;
  }
}
