/**
 * What every action of the case view shares: progress, success, a specific error, field errors
 * next to their controls with focus moved to the first one, and cancellation when the view goes.
 */
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { SupportBackend } from '../../../api/backend.js';
import { isSupportError } from '../../../api/errors.js';
import { randomId } from '../../../api/random.js';
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

/** How `renderForm` lays out an action's form. */
export interface FormOptions {
  /** Label of the submit button, and while the request is in flight. */
  submit: string;
  pending: string;
  onCancel?: (() => void) | undefined;
  /** Controls after the buttons. */
  extra?: unknown;
  /** Id of the form's title. */
  labelledBy?: string | undefined;
  /** `part` (and class) of the form. */
  part?: string | undefined;
}

/** A radio choice of `renderChoices`. */
export interface ChoiceOptions {
  /** `name` of the radio buttons and prefix of their ids. */
  name: string;
  legend: string;
  options: readonly { value: string; label: string; description?: string | undefined }[];
  /** The value chosen, if any. */
  checked: string;
  pick: (value: string) => void;
  /** Number of the first control's id (default 0). */
  first?: number;
  /** Class of the fieldset (default `choices`). */
  class?: string;
}

/** A text area of `renderTextArea`. */
export interface TextAreaOptions {
  id: string;
  label: string;
  rows: number;
  required?: boolean;
  value: string;
  input: (value: string) => void;
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
    if (this.attempt?.body !== json) this.attempt = { body: json, key: randomId() };
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

  /** Sends the form (after checking its fields). */
  abstract submit(): Promise<void>;

  /**
   * The form of an action: its fields, the error alert, then Submit, Cancel (when `onCancel` is
   * given) and `extra` controls (e.g. the draft's Discard).
   */
  protected renderForm(fields: unknown, options: FormOptions) {
    return html`<form
      class=${options.part ?? nothing}
      part=${options.part ?? nothing}
      novalidate
      aria-labelledby=${options.labelledBy ?? nothing}
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.submit();
      }}
    >
      ${fields} ${this.renderError()}
      <div class="form-actions">
        <button class="button primary" type="submit" ?disabled=${this.pending}>
          ${this.pending ? options.pending : options.submit}
        </button>
        ${
          options.onCancel
            ? html`<button class="button" type="button" @click=${options.onCancel}>
                ${msg('Cancel')}
              </button>`
            : nothing
        }
        ${options.extra ?? nothing}
      </div>
    </form>`;
  }

  /**
   * A required choice among radio buttons, each with its help text: controls `${name}-${i}`
   * (counted from `first`), the field's error after them.
   */
  protected renderChoices(field: string, choices: ChoiceOptions) {
    const { name, first = 0 } = choices;
    return html`<fieldset class=${choices.class ?? 'choices'}>
      <legend class="required">${choices.legend}</legend>
      ${choices.options.map((option, i) => {
        const id = `${name}-${i + first}`;
        return html`<div class="choice">
          <input
            type="radio"
            name=${name}
            id=${id}
            value=${option.value}
            .checked=${choices.checked === option.value}
            aria-invalid=${this.invalid(field)}
            aria-describedby=${this.describedBy(field, ...(option.description ? [`${id}-help`] : []))}
            @change=${() => choices.pick(option.value)}
          />
          <label for=${id}>${option.label}</label>
          ${
            option.description
              ? html`<p class="help" id="${id}-help">${option.description}</p>`
              : nothing
          }
        </div>`;
      })}
      ${this.renderFieldError(field)}
    </fieldset>`;
  }

  /** A text area with its label, optional help text and error. */
  protected renderTextArea(field: string, area: TextAreaOptions) {
    const { id, required = false } = area;
    return html`<div class="field">
      <label for=${id} class=${required ? 'required' : nothing}>${area.label}</label>
      <textarea
        id=${id}
        rows=${area.rows}
        ?required=${required}
        aria-invalid=${this.invalid(field)}
        aria-describedby=${this.describedBy(field)}
        .value=${area.value}
        @input=${(e: Event) => area.input((e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${this.renderFieldError(field)}
    </div>`;
  }

  /** The optional comment of Close and of the survey, sent with the action. */
  comment = '';

  protected renderComment(id: string) {
    return this.renderTextArea('comment', {
      id,
      label: msg('Comment (optional)'),
      rows: 3,
      value: this.comment,
      input: (value) => {
        this.comment = value;
      },
    });
  }

  /** The alert with the error of the last attempt, and the progress for screen readers. */
  protected renderError() {
    return html`<div class="alert" role="alert" part="action-error">
        ${this.error ? html`<p class="error">${this.error}</p>` : nothing}
      </div>
      <p class="visually-hidden" role="status">${this.pending ? msg('Sending…') : nothing}</p>`;
  }
}
