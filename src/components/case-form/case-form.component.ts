import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SupportBackend } from '../../api/backend.js';
import { isSupportError } from '../../api/errors.js';
import type { Case, Priority, ServiceStatus, Taxonomy, User } from '../../api/schemas.js';
import { DraftStorageController } from '../../controllers/draft-storage.js';
import {
  EqCancelEvent,
  EqCaseCreatedEvent,
  EqFinishEvent,
  EqStepChangeEvent,
  type CaseFormStep,
} from '../../events/case-form-events.js';
import type { EqAttachmentsChangeEvent } from '../../events/attachments-change-event.js';
import { buttonStyles, fieldStyles } from '../../styles/shared.js';
import { SDK_VERSION } from '../../version.js';
import { afterPaint } from '../shared/after-paint.js';
import { describeError } from '../shared/error-message.js';
import type { EqFileDrop } from '../shared/file-drop.js';
import { ConfigRelayController } from '../../controllers/config-relay.js';
import type { MessagePart } from '../../locales/parts.js';
import { plural } from '../../localization.js';
import type { DiagnosticsChoice } from '../../diagnostics/review.js';
import { COLLECTOR_KEY, type ReportedError } from '../../diagnostics/types.js';
import { SupportElement } from '../support-element.js';
import { caseFormDraftKey } from '../../storage.js';
import { loadTaxonomy, loadUser } from '../../data/shared-data.js';
import { HOST_FIELDS, namesField, prefilledFields, withPrefill } from './host-fields.js';
import { caseFormStyles } from './case-form.styles.js';
import {
  DETAIL_FIELDS,
  hasContent,
  isCaseDraft,
  newDraft,
  serverErrors,
  toNewCase,
  loadRequestSchemas,
  validateDetails,
  type CaseDraft,
  type DraftFields,
  type FieldName,
} from './draft.js';
import { ContactPicker } from './steps/contact-picker.js';
import { Confirmation } from './steps/confirmation.js';
import { DiscardControl } from './steps/discard.js';
import { renderDetails, renderError } from './steps/details.js';
import {
  renderDraftNotices,
  renderFailure,
  renderSaveError,
  renderSolvedOffer,
} from './steps/notices.js';

const listConverter = {
  fromAttribute: (value: string | null) => (value ?? '').split(/[\s,]+/).filter(Boolean),
  toAttribute: (value: string[]) => value.join(' '),
};

/**
 * The complete create-a-case flow: Details, Collaborators, Confirmation with the case number.
 * The draft autosaves on this device (per person) and survives reloads, closed tabs and failed
 * saves; its idempotency key makes every retry file the same single case.
 *
 * @summary Files a support case in three steps, without losing anything typed.
 * @fires eq-step-change - The form moved to another step (`step`).
 * @fires eq-case-created - A case was filed (`case` with `id` and `number`).
 * @fires eq-cancel - The person left the form; the draft is kept.
 * @fires eq-finish - The person closed the confirmation.
 * @csspart form - The form element.
 * @csspart step-title - The heading of the current step.
 * @csspart case-number - The case number on the confirmation step.
 * @csspart actions - The row of step buttons.
 * @csspart diagnostics - "Include diagnostics", when the host collects them or reports an error.
 * @csspart diagnostics-review - The lines of diagnostics to review, each removable, before they are
 *   attached.
 * @csspart loading - The line shown while the person and the case taxonomy load.
 * @csspart notes - What support handles, in one line above the fields, with the details one click away.
 * @csspart priority-option - One priority choice (Blocker, Critical, Medium, Low).
 * @csspart counter - The "n of m characters" line under a field with a limit.
 * @csspart locked-note - "Set by …" under a field the host locked.
 * @csspart blocker-notice - What a Blocker means, when it is chosen.
 * @csspart collaborators - The table of contacts to add as collaborators.
 * @csspart restored-notice - "Your unsent case was restored", with the time it was saved.
 * @csspart save-error - Why the case could not be filed, with Try again.
 * @csspart solved-offer - The offer to discard the draft after an article solved the problem.
 * @csspart service-team - Who to contact when support cannot help (the Local Service Team).
 * @cssprop --eq-color-primary - Accent colour (buttons, focus, selection).
 * @cssprop --eq-color-danger - Colour of errors.
 */
@localized()
export class EqCaseForm extends SupportElement {
  /** @internal */
  static override messages: MessagePart = 'case-form';
  static override styles = [...SupportElement.styles, buttonStyles, fieldStyles, caseFormStyles];
  static override shadowRootOptions = { ...SupportElement.shadowRootOptions, delegatesFocus: true };

  /** Prefilled priority (`blocker`, `critical`, `medium`, `low`). */
  @property() priority?: Priority;
  /** Prefilled subject. */
  @property() subject?: string;
  /** Prefilled description. */
  @property() description?: string;
  /** Prefilled insertion ID(s). */
  @property({ attribute: 'insertion-id' }) insertionId?: string;
  /** Prefilled deal ID(s), e.g. from the deal the person is looking at. */
  @property({ attribute: 'deal-id' }) dealId?: string;
  /** Prefilled campaign ID(s). */
  @property({ attribute: 'campaign-id' }) campaignId?: string;
  /** Prefilled domain/URL; defaults to the host page's address. */
  @property() url?: string;
  /** Prefilled case type id. */
  @property() type?: string;
  /** Prefilled case category id (of the prefilled type). */
  @property() category?: string;
  /**
   * Who sets the locked fields, as the person knows it (e.g. `Maestro`): each locked field says
   * "Set by Maestro". Without it: "Set by this page".
   */
  @property({ attribute: 'locked-by' }) lockedBy?: string;
  /** Fields shown but locked, e.g. `deal-id type` (names as the prefill attributes). */
  @property({ attribute: 'readonly-fields', converter: listConverter }) readonlyFields: string[] =
    [];
  /** Fields not shown (their prefilled values are still sent). */
  @property({ attribute: 'hidden-fields', converter: listConverter }) hiddenFields: string[] = [];

  /**
   * The error the person reports (the launcher sets it from `reportError()`): it and the host's
   * event id go into the diagnostics the form offers to attach, and `eq-case-created` carries it.
   */
  @property({ attribute: false }) report?: ReportedError;

  /** The current step. */
  get step(): CaseFormStep {
    return this.created ? 'confirmation' : (this.draft?.step ?? 'details');
  }

  @state() private draft?: CaseDraft;
  @state() private draftKey?: string;
  @state() private restoredAt?: string;
  /** A suggested article solved the problem: the form offers to discard the draft. */
  @state() private solved = false;
  @state() private errors = new Map<string, string>();
  @state() private saving = false;
  @state() private saveError?: unknown;
  @state() private created?: Case;
  @state() private subjectTouched = false;
  @state() private announcement = '';
  @state() private diagnosticsChoice?: DiagnosticsChoice;
  private diagnosticsLoad?: Promise<unknown>;
  /**
   * The form's first frame shows priority, subject and description only: the subject takes typing
   * sooner, and the rest of step 1 renders once that frame is painted.
   */
  @state() private firstFramePainted = false;
  private firstFrame?: Promise<void>;
  private uploading = 0;
  private saveController?: AbortController;

  /** The article suggestions inside get this form's backend, person and language. */
  protected readonly relay = new ConfigRelayController(this, () => this.userTask.value);

  private readonly drafts = new DraftStorageController<CaseDraft>(this, {
    version: 1,
    isValid: isCaseDraft,
  });

  private readonly userTask = new Task(this, {
    task: async ([backend, provided], { signal }): Promise<User> => {
      if (provided) return provided;
      if (!backend) throw new Error('not-configured');
      return loadUser(backend, signal);
    },
    args: () => [this.supportConfig.backend, this.supportConfig.user] as const,
  });

  /**
   * In the language shown: a language change loads it again. The draft lives apart from it (same
   * ids in every language), and the form stays up with the previous texts until the new ones land.
   */
  private readonly taxonomyTask = new Task(this, {
    task: async ([backend, locale], { signal }): Promise<Taxonomy> => {
      if (!backend) throw new Error('not-configured');
      return loadTaxonomy(backend, locale, signal);
    },
    args: () => [this.supportConfig.backend, this.supportConfig.locale] as const,
  });

  private readonly contacts = new ContactPicker(this, () => this.supportConfig.backend);

  private readonly confirmation = new Confirmation(this, (text) => (this.announcement = text));

  private readonly discardControl = new DiscardControl(this);

  private readonly statusTask = new Task(this, {
    task: async ([backend, blocker], { signal }): Promise<ServiceStatus | undefined> =>
      backend && blocker ? backend.getServiceStatus({ signal }) : undefined,
    args: () => [this.supportConfig.backend, this.draft?.fields.priority === 'blocker'] as const,
  });

  private get backendOrThrow(): SupportBackend {
    const backend = this.supportConfig.backend;
    if (!backend) throw new Error('not-configured');
    return backend;
  }

  /** Prefill values from the host's attributes and properties. */
  private get prefill(): Partial<DraftFields> {
    return prefilledFields(this);
  }

  private isLocked(field: keyof DraftFields): boolean {
    return namesField(this.readonlyFields, field);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const user = this.userTask.value;
    const key = user ? caseFormDraftKey(user.id) : undefined;
    if (key && key !== this.draftKey) {
      this.draftKey = key;
      this.restore(key);
    }
    const prefillChanged = HOST_FIELDS.some(({ key }) => changed.has(key));
    if (this.draft && prefillChanged && this.step !== 'confirmation') this.applyPrefill(false);
  }

  protected override updated(): void {
    if (this.firstFrame || !this.renderRoot.querySelector('form')) return;
    this.firstFrame = afterPaint().then(() => {
      this.firstFramePainted = true;
    });
  }

  /** Also waits for the rest of step 1, which renders the frame after the form first shows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    // Next checks the draft once the contract's request schemas are there: wait for its outcome.
    if (this.checking) {
      await this.checking;
      return super.getUpdateComplete();
    }
    if (!this.firstFrame || this.firstFramePainted) return done;
    await this.firstFrame;
    return super.getUpdateComplete();
  }

  /** The check Next started, until its errors (or the next step) are shown. */
  private checking?: Promise<void>;

  /** Loads the person's draft, or starts one from the prefill. */
  private restore(key: string): void {
    const stored = this.drafts.load(key);
    if (stored) {
      this.draft = stored.value;
      this.restoredAt = stored.savedAt;
      this.applyPrefill(false);
    } else {
      this.draft = newDraft();
      this.restoredAt = undefined;
      this.applyPrefill(true);
    }
  }

  /** Applies the host's prefill to the draft (host-fields.ts says where). */
  private applyPrefill(fresh: boolean): void {
    if (!this.draft) return;
    const fields = withPrefill(this.draft.fields, this.prefill, fresh, this.readonlyFields);
    this.draft = { ...this.draft, fields };
  }

  private persist(): void {
    if (!this.draft || !this.draftKey) return;
    if (hasContent(this.draft, this.prefill)) this.drafts.save(this.draftKey, this.draft);
    else this.drafts.remove(this.draftKey);
  }

  private setFields(changes: Partial<DraftFields>): void {
    if (!this.draft) return;
    const fields = { ...this.draft.fields, ...changes };
    if ('typeId' in changes) {
      const type = this.taxonomyTask.value?.caseTypes.find((t) => t.id === fields.typeId);
      if (!type?.categories.some((c) => c.id === fields.categoryId)) fields.categoryId = '';
    }
    this.draft = { ...this.draft, fields };
    for (const field of Object.keys(changes)) {
      const name =
        field === 'technicalContactName'
          ? 'technicalContact.name'
          : field === 'technicalContactPhone'
            ? 'technicalContact.phone'
            : field;
      if (this.errors.has(name)) {
        this.errors = new Map(this.errors);
        this.errors.delete(name);
      }
    }
    this.persist();
  }

  private readonly handleInput = (event: Event): void => {
    // The person is writing: the contract's checks for Next load meanwhile.
    loadRequestSchemas().catch(() => undefined);
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const field = target.dataset.field as keyof DraftFields | undefined;
    if (!field || !this.draft) return;
    if (this.isLocked(field)) {
      this.requestUpdate(); // `live()` puts the locked value back
      return;
    }
    this.setFields({ [field]: target.value });
  };

  private handleFocusOut(event: FocusEvent): void {
    if ((event.target as HTMLElement).id === 'subject') this.subjectTouched = true;
  }

  private readonly handleAttachments = (event: EqAttachmentsChangeEvent): void => {
    event.stopPropagation();
    this.uploading = event.uploading;
    if (!this.draft) return;
    this.draft = { ...this.draft, attachments: [...event.attachments] };
    if (this.errors.has('attachmentIds')) {
      this.errors = new Map(this.errors);
      this.errors.delete('attachmentIds');
    }
    this.persist();
  };

  private handleCollaborators(ids: string[]): void {
    this.draft = { ...this.draft!, collaboratorIds: ids };
    if (this.errors.has('collaboratorIds')) this.errors = new Map();
    this.persist();
  }

  private handlePaste(event: ClipboardEvent): void {
    // A screenshot pasted anywhere in the details step goes to the upload area.
    const files = Array.from(event.clipboardData?.files ?? []);
    const target = event.composedPath()[0];
    if (files.length === 0 || (target instanceof HTMLElement && target.closest('eq-file-drop')))
      return;
    event.preventDefault();
    this.renderRoot.querySelector<EqFileDrop>('eq-file-drop')?.addFiles(files);
  }

  private goTo(step: 'details' | 'collaborators'): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, step };
    this.persist();
    this.dispatchEvent(new EqStepChangeEvent(step));
    void this.focusStepTitle();
  }

  private async focusStepTitle(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-title')?.focus();
  }

  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    const first =
      DETAIL_FIELDS.find((field) => this.errors.has(field)) ?? [...this.errors.keys()][0];
    if (!first) return;
    const control =
      first === 'attachmentIds'
        ? this.renderRoot.querySelector<HTMLElement>('eq-file-drop')
        : this.renderRoot.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`);
    control?.focus();
  }

  private announceErrors(): void {
    const count = this.errors.size;
    this.announcement = plural(count, {
      one: msg(str`${count} field needs attention.`, { id: 'pc5cdda' }),
      few: msg(str`${count} fields need attention.`, { id: 'p0d7d7f' }),
      many: msg(str`${count} fields need attention.`, { id: 'p59cd5a' }),
      other: msg(str`${count} fields need attention.`, { id: 'p9018e7' }),
    });
  }

  private handleNext(event: Event): void {
    event.preventDefault();
    const checking = this.next().finally(() => {
      if (this.checking === checking) this.checking = undefined;
    });
    this.checking = checking;
  }

  private async next(): Promise<void> {
    if (!this.draft) return;
    if (this.uploading > 0) {
      this.errors = new Map([
        ['attachmentIds', msg('Wait until every file has finished uploading.')],
      ]);
      this.announceErrors();
      void this.focusFirstError();
      return;
    }
    const errors = await validateDetails(this.draft, this.taxonomyTask.value);
    if (this.step !== 'details') return; // a second press went on meanwhile
    this.errors = errors;
    if (this.errors.size > 0) {
      this.announceErrors();
      void this.focusFirstError();
      return;
    }
    this.announcement = '';
    this.goTo('collaborators');
  }

  /**
   * "Include diagnostics" (src/diagnostics/review.ts), when the host collects them (`diagnostics`
   * on the provider, or `startDiagnostics()`) or the form was opened for an error: its code and
   * texts load then, not with the form.
   */
  private renderDiagnostics() {
    if (!this.report && !(COLLECTOR_KEY in globalThis)) return nothing;
    if (this.diagnosticsChoice) return this.diagnosticsChoice.render(this.report);
    this.diagnosticsLoad ??= import('../../diagnostics/review.js')
      .then((review) => review.choose(this, this.supportConfig.locale))
      .then(
        (choice) => (this.diagnosticsChoice = choice),
        () => (this.diagnosticsLoad = undefined), // offline: the next render tries again
      );
    return nothing;
  }

  /** Files the case; safe to call again: the draft's idempotency key makes it one case. */
  async save(): Promise<void> {
    if (!this.draft || this.saving) return;
    const draft = this.draft;
    this.saving = true;
    this.saveError = undefined;
    this.announcement = msg('Saving your case…');
    this.drafts.flush();
    this.saveController = new AbortController();
    try {
      const created = await this.backendOrThrow.createCase(
        toNewCase(draft, {
          sdkVersion: SDK_VERSION,
          userAgent: navigator.userAgent.slice(0, 1000),
          pageUrl: location.href.slice(0, 2048),
          locale: this.supportConfig.locale,
        }),
        { idempotencyKey: draft.idempotencyKey, signal: this.saveController.signal },
      );
      if (this.draftKey) this.drafts.remove(this.draftKey);
      this.created = created;
      this.restoredAt = undefined;
      this.announcement = msg(str`Case ${created.number} created.`);
      this.dispatchEvent(new EqCaseCreatedEvent(created, this.report));
      this.dispatchEvent(new EqStepChangeEvent('confirmation'));
      void this.focusStepTitle();
    } catch (error) {
      this.saveError = error;
      this.announcement = describeError(error);
      this.placeServerErrors(error);
    } finally {
      this.saving = false;
    }
  }

  /** Puts the backend's field errors next to their fields, going back to the step that has them. */
  private placeServerErrors(error: unknown): void {
    if (!isSupportError(error) || error.fieldErrors.length === 0) return;
    const errors = (this.errors = serverErrors(error.fieldErrors));
    if ([...errors.keys()].some((field) => DETAIL_FIELDS.includes(field as FieldName))) {
      this.draft = this.draft ? { ...this.draft, step: 'details' } : this.draft;
      this.persist();
      this.dispatchEvent(new EqStepChangeEvent('details'));
      void this.focusFirstError();
    }
  }

  private discard(): void {
    this.solved = false;
    if (this.draftKey) this.drafts.remove(this.draftKey);
    this.saveController?.abort();
    this.draft = newDraft();
    this.applyPrefill(true);
    this.errors = new Map();
    this.saveError = undefined;
    this.restoredAt = undefined;
    this.discardControl.reset();
    this.subjectTouched = false;
    this.announcement = msg('Draft discarded.');
    this.dispatchEvent(new EqStepChangeEvent('details'));
    void this.focusStepTitle();
  }

  private finish(): void {
    const created = this.created;
    this.created = undefined;
    this.draft = newDraft();
    this.applyPrefill(true);
    this.errors = new Map();
    this.confirmation.reset();
    if (created) this.dispatchEvent(new EqFinishEvent(created));
    this.dispatchEvent(new EqStepChangeEvent('details'));
  }

  // ------------------------------------------------------------------------------------------
  // Rendering
  // ------------------------------------------------------------------------------------------

  private renderForm(taxonomy: Taxonomy) {
    const draft = this.draft!;
    const details = draft.step === 'details';
    return html`
      ${renderDraftNotices(
        this.restoredAt,
        this.supportConfig.locale,
        this.drafts.available,
        // The person's zone, like every other time of the SDK (the browser's if unknown).
        this.userTask.value?.timeZone,
      )}
      <form
        part="form"
        novalidate
        @input=${this.handleInput}
        @paste=${this.handlePaste}
        @eq-article-solved=${() => (this.solved = true)}
        @focusout=${this.handleFocusOut}
        @submit=${
          details
            ? this.handleNext
            : (event: Event) => {
                event.preventDefault();
                void this.save();
              }
        }
      >
        <h2 id="step-title" tabindex="-1" part="step-title">
          ${
            // Not "Create a Case": the launcher's title (or the host's page) says that already.
            details ? msg('Case details') : msg('Add Collaborators')
          }
        </h2>
        <p class="step-count">
          ${details ? msg('Step 1 of 3: Details') : msg('Step 2 of 3: Collaborators')}
        </p>
        ${
          details
            ? renderDetails(
                {
                  draft,
                  errors: this.errors,
                  readonlyFields: this.readonlyFields,
                  hiddenFields: this.hiddenFields,
                  lockedNote: this.lockedBy
                    ? msg(str`Set by ${this.lockedBy}`)
                    : msg('Set by this page'),
                  status: this.statusTask.value,
                  subjectTouched: this.subjectTouched,
                  backend: this.supportConfig.backend,
                  user: this.userTask.value,
                  complete: this.firstFramePainted,
                  onInput: this.handleInput,
                  onAttachments: this.handleAttachments,
                  diagnostics: this.renderDiagnostics(),
                },
                taxonomy,
              )
            : this.contacts.render({
                chosen: draft.collaboratorIds,
                self: this.userTask.value?.contactId,
                error: renderError(this.errors, 'collaboratorIds'),
                onChange: (ids) => this.handleCollaborators(ids),
              })
        }
        ${renderSaveError(this.saveError, this.userTask.value)}
        ${
          this.solved && details
            ? renderSolvedOffer(
                () => this.discard(),
                () => (this.solved = false),
              )
            : nothing
        }
        <div class="actions" part="actions">
          ${
            details
              ? html`<button type="submit" class="button primary">${msg('Next')}</button>
                  <button
                    type="button"
                    class="button"
                    @click=${() => {
                      this.drafts.flush(); // kept now: the launcher's home says it is waiting
                      this.dispatchEvent(new EqCancelEvent());
                    }}
                  >
                    ${
                      // Says what it does: the draft stays, unless this device cannot store it.
                      this.drafts.available ? msg('Back — your draft is kept') : msg('Back')
                    }
                  </button>`
              : html`<button
                    type="button"
                    class="button"
                    ?disabled=${this.saving}
                    @click=${() => this.goTo('details')}
                  >
                    ${msg('Back')}
                  </button>
                  <button
                    type="submit"
                    class="button primary"
                    aria-disabled=${this.saving ? 'true' : 'false'}
                  >
                    ${this.saving ? msg('Saving…') : this.saveError ? msg('Retry') : msg('Next')}
                  </button>`
          }
          <span class="spacer"></span>
          ${this.discardControl.render(this.saving, () => this.discard())}
        </div>
      </form>
    `;
  }

  protected override render() {
    const live = html`<div class="visually-hidden" role="status" aria-live="polite">
      ${this.announcement}
    </div>`;
    if (this.created)
      return html`${live}${this.confirmation.render(this.created, () => this.finish())}`;
    const pending = html`<p class="loading" role="status" part="loading">
      ${msg('Loading the case form…')}
    </p>`;
    const body = this.userTask.render({
      pending: () => pending,
      error: (error) => renderFailure(error, () => void this.userTask.run(), undefined),
      complete: () =>
        this.taxonomyTask.render({
          // Reloading in another language: keep the form (focus, caret, open details) meanwhile.
          pending: () => {
            const previous = this.taxonomyTask.value;
            return previous && this.draft ? this.renderForm(previous) : pending;
          },
          error: (error) =>
            renderFailure(error, () => void this.taxonomyTask.run(), this.userTask.value),
          complete: (taxonomy) => (this.draft ? this.renderForm(taxonomy) : pending),
        }),
    });
    return html`${live}${body}`;
  }
}

// The types of this element's API (properties, events), importable beside it.
export type { SupportBackend } from '../../api/backend.js';
export type { TokenProvider } from '../../api/bearer.js';
export type {
  EqStepChangeEvent,
  EqCaseCreatedEvent,
  EqCancelEvent,
  EqFinishEvent,
  CaseFormStep,
} from '../../events/case-form-events.js';
export type { ReportedError } from '../../diagnostics/types.js';
export type { Priority } from '../../api/schemas.js';
