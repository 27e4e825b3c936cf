import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { SupportBackend } from '../../api/backend.js';
import { HttpError, isSupportError } from '../../api/errors.js';
import type { Case, ServiceStatus, Taxonomy, User } from '../../api/schemas.js';
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
import { describeError } from '../shared/error-message.js';
import type { EqFileDrop } from '../shared/file-drop.js';
import '../shared/file-drop.js';
import '../article-suggest/article-suggest.js';
import { formatDateTime } from '../shared/format.js';
import { ConfigRelayController } from '../../controllers/config-relay.js';
import type { MessagePart } from '../../locales/parts.js';
import { SupportElement } from '../support-element.js';
import { caseFormDraftKey } from '../../storage.js';
import { loadTaxonomy, loadUser } from '../../data/shared-data.js';
import { HOST_FIELDS, namesField, prefilledFields, withPrefill } from '../shared/host-fields.js';
import { caseFormStyles } from './case-form.styles.js';
import {
  DETAIL_FIELDS,
  hasContent,
  isCaseDraft,
  newDraft,
  subjectNeedsDetail,
  toNewCase,
  validateDetails,
  type CaseDraft,
  type DraftFields,
  type FieldName,
} from './draft.js';
import { ContactPicker } from './steps/contact-picker.js';
import { Confirmation } from './steps/confirmation.js';

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
  @property() priority?: string;
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
  /** Fields shown but locked, e.g. `deal-id type` (names as the prefill attributes). */
  @property({ attribute: 'readonly-fields', converter: listConverter }) readonlyFields: string[] =
    [];
  /** Fields not shown (their prefilled values are still sent). */
  @property({ attribute: 'hidden-fields', converter: listConverter }) hiddenFields: string[] = [];

  /** The current step. */
  get step(): CaseFormStep {
    return this.created ? 'confirmation' : (this.draft?.step ?? 'details');
  }

  @state() private draft?: CaseDraft;
  @state() private draftKey?: string;
  @state() private restoredAt?: string;
  @state() private errors = new Map<string, string>();
  @state() private saving = false;
  @state() private saveError?: unknown;
  @state() private created?: Case;
  @state() private confirmingDiscard = false;
  @state() private subjectTouched = false;
  @state() private announcement = '';
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

  private isHidden(field: keyof DraftFields): boolean {
    return namesField(this.hiddenFields, field);
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

  private handleInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const field = target.dataset.field as keyof DraftFields | undefined;
    if (!field || !this.draft) return;
    if (this.isLocked(field)) {
      this.requestUpdate(); // `live()` puts the locked value back
      return;
    }
    this.setFields({ [field]: target.value });
  }

  private handleFocusOut(event: FocusEvent): void {
    if ((event.target as HTMLElement).id === 'subject') this.subjectTouched = true;
  }

  private handleAttachments(event: EqAttachmentsChangeEvent): void {
    event.stopPropagation();
    this.uploading = event.uploading;
    if (!this.draft) return;
    this.draft = { ...this.draft, attachments: [...event.attachments] };
    if (this.errors.has('attachmentIds')) {
      this.errors = new Map(this.errors);
      this.errors.delete('attachmentIds');
    }
    this.persist();
  }

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
    this.announcement =
      count === 1 ? msg('1 field needs attention.') : msg(str`${count} fields need attention.`);
  }

  private handleNext(event: Event): void {
    event.preventDefault();
    if (!this.draft) return;
    if (this.uploading > 0) {
      this.errors = new Map([
        ['attachmentIds', msg('Wait until every file has finished uploading.')],
      ]);
      this.announceErrors();
      void this.focusFirstError();
      return;
    }
    this.errors = validateDetails(this.draft, this.taxonomyTask.value);
    if (this.errors.size > 0) {
      this.announceErrors();
      void this.focusFirstError();
      return;
    }
    this.announcement = '';
    this.goTo('collaborators');
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
      this.dispatchEvent(new EqCaseCreatedEvent(created));
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
    const errors = new Map<string, string>();
    for (const { field, message } of error.fieldErrors) {
      const name = field.startsWith('attachmentIds')
        ? 'attachmentIds'
        : field.startsWith('collaboratorIds')
          ? 'collaboratorIds'
          : field;
      if (!errors.has(name)) errors.set(name, message);
    }
    this.errors = errors;
    if ([...errors.keys()].some((field) => DETAIL_FIELDS.includes(field as FieldName))) {
      this.draft = this.draft ? { ...this.draft, step: 'details' } : this.draft;
      this.persist();
      this.dispatchEvent(new EqStepChangeEvent('details'));
      void this.focusFirstError();
    }
  }

  private discard(): void {
    if (this.draftKey) this.drafts.remove(this.draftKey);
    this.saveController?.abort();
    this.draft = newDraft();
    this.applyPrefill(true);
    this.errors = new Map();
    this.saveError = undefined;
    this.restoredAt = undefined;
    this.confirmingDiscard = false;
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

  private describedBy(field: string, ...extra: string[]): string {
    return [...extra, this.errors.has(field) ? `${field}-error` : ''].filter(Boolean).join(' ');
  }

  private renderError(field: string) {
    const error = this.errors.get(field);
    return error ? html`<p class="error" id="${field}-error">${error}</p>` : nothing;
  }

  private renderText(
    field: keyof DraftFields,
    label: string,
    options: {
      name?: string;
      help?: TemplateResult | string;
      multiline?: boolean;
      required?: boolean;
      placeholder?: string;
      type?: string;
      autocomplete?: string;
    } = {},
  ) {
    if (this.isHidden(field)) return nothing;
    const name = options.name ?? field;
    const value = this.draft?.fields[field] ?? '';
    const helpId = options.help ? `${name}-help` : '';
    const common = {
      id: name,
      describedBy: this.describedBy(name, helpId),
      invalid: this.errors.has(name) ? 'true' : 'false',
    };
    return html`<div class="field">
      <label for=${common.id} class=${options.required ? 'required' : ''}>${label}</label>
      ${options.help ? html`<div class="help" id=${helpId}>${options.help}</div>` : nothing}
      ${
        options.multiline
          ? html`<textarea
              id=${common.id}
              name=${name}
              data-field=${field}
              rows="5"
              .value=${live(value)}
              ?readonly=${this.isLocked(field)}
              ?required=${options.required}
              aria-required=${options.required ? 'true' : 'false'}
              aria-invalid=${common.invalid}
              aria-describedby=${common.describedBy || nothing}
            ></textarea>`
          : html`<input
              id=${common.id}
              name=${name}
              data-field=${field}
              type=${options.type ?? 'text'}
              .value=${live(value)}
              placeholder=${options.placeholder ?? nothing}
              autocomplete=${options.autocomplete ?? 'off'}
              ?readonly=${this.isLocked(field)}
              ?required=${options.required}
              aria-required=${options.required ? 'true' : 'false'}
              aria-invalid=${common.invalid}
              aria-describedby=${common.describedBy || nothing}
            />`
      }
      ${this.renderError(name)}
    </div>`;
  }

  private renderPriority(taxonomy: Taxonomy) {
    if (this.isHidden('priority')) return nothing;
    const selected = this.draft?.fields.priority ?? '';
    const locked = this.isLocked('priority');
    return html`<fieldset
      class="priorities"
      role="radiogroup"
      aria-labelledby="priority-legend"
      aria-describedby=${this.describedBy('priority', 'priority-help')}
      aria-required="true"
    >
      <legend class="label required" id="priority-legend">${msg('Priority')}</legend>
      <p class="help" id="priority-help">
        ${msg('The priority reflects the impact on your business revenue. It cannot be changed after the case is saved.')}
      </p>
      ${taxonomy.priorities.map(
        (p) =>
          html`<div class="priority ${selected === p.id ? 'selected' : ''}" part="priority-option">
            <input
              type="radio"
              id="priority-${p.id}"
              name="priority"
              data-field="priority"
              value=${p.id}
              .checked=${live(selected === p.id)}
              ?disabled=${locked && selected !== p.id}
              aria-describedby="priority-${p.id}-description"
              aria-invalid=${this.errors.has('priority') ? 'true' : 'false'}
              @change=${this.handleInput}
            />
            <label for="priority-${p.id}">${p.label}</label>
            <p class="help" id="priority-${p.id}-description">${p.description}</p>
            <details>
              <summary>${msg(str`Examples of ${p.label} cases`)}</summary>
              <ul>
                ${p.examples.map((example) => html`<li>${example}</li>`)}
              </ul>
            </details>
          </div>`,
      )}
      ${this.renderError('priority')}
    </fieldset>`;
  }

  private renderBlocker(taxonomy: Taxonomy) {
    if (this.draft?.fields.priority !== 'blocker') return nothing;
    const status = this.statusTask.value;
    const incidents = status?.incidents ?? [];
    return html`<div class="notice warning blocker" part="blocker-notice">
      <p><strong>${msg('Blocker is reserved for platform-wide outages.')}</strong></p>
      <ul>
        ${taxonomy.blockerPolicy.map((rule) => html`<li>${rule}</li>`)}
      </ul>
      ${
        incidents.length > 0
          ? html`<div class="incidents">
              <p><strong>${msg('Known incidents right now:')}</strong></p>
              <ul>
                ${incidents.map((incident) => html`<li>${incident.title} — ${incident.message}</li>`)}
              </ul>
              <p>${msg('If your problem is one of these, Equativ is already working on it.')}</p>
            </div>`
          : nothing
      }
      <fieldset class="technical-contact">
        <legend class="label">${msg('Technical contact who stays available')}</legend>
        ${this.renderText('technicalContactName', msg('Name'), { name: 'technicalContact.name', required: true, autocomplete: 'name' })}
        ${this.renderText('technicalContactPhone', msg('Phone'), {
          name: 'technicalContact.phone',
          required: true,
          type: 'tel',
          autocomplete: 'tel',
          placeholder: '+33 1 23 45 67 89',
        })}
      </fieldset>
    </div>`;
  }

  private renderTypeAndCategory(taxonomy: Taxonomy) {
    const fields = this.draft!.fields;
    const type = taxonomy.caseTypes.find((t) => t.id === fields.typeId);
    const select = (
      field: 'typeId' | 'categoryId',
      label: string,
      options: { id: string; label: string }[],
      placeholder: string,
      help: string,
    ) =>
      this.isHidden(field)
        ? nothing
        : html`<div class="field">
            <label for=${field} class="required">${label}</label>
            <p class="help" id="${field}-help">${help}</p>
            <select
              id=${field}
              name=${field}
              data-field=${field}
              .value=${live(fields[field])}
              ?disabled=${this.isLocked(field) || (field === 'categoryId' && !type)}
              aria-required="true"
              aria-invalid=${this.errors.has(field) ? 'true' : 'false'}
              aria-describedby=${this.describedBy(field, `${field}-help`)}
              @change=${this.handleInput}
            >
              <option value="" ?selected=${fields[field] === ''}>${placeholder}</option>
              ${options.map((o) => html`<option value=${o.id} ?selected=${fields[field] === o.id}>${o.label}</option>`)}
            </select>
            ${this.renderError(field)}
          </div>`;
    return html`${select('typeId', msg('Type'), taxonomy.caseTypes, msg('Choose a type'), msg('What the case is about.'))}
    ${select(
      'categoryId',
      msg('Case Category'),
      type?.categories ?? [],
      type ? msg('Choose a category') : msg('Choose a type first'),
      msg('Adds precision; the options depend on the type.'),
    )}`;
  }

  private renderDetails(taxonomy: Taxonomy) {
    const subject = this.draft!.fields.subject;
    const backend = this.supportConfig.backend;
    return html`
      ${this.renderPriority(taxonomy)} ${this.renderBlocker(taxonomy)}
      ${this.renderText('subject', msg('Subject'), {
        required: true,
        placeholder: msg('Deal ID 12333 — no delivery for last 24 hours'),
        help: msg(
          'Summarize your request with all relevant information, e.g. “Report Task ID 1254332 failed to load” or “Cannot access the Deals page anymore”.',
        ),
      })}
      ${
        this.subjectTouched && subjectNeedsDetail(subject)
          ? html`<p class="hint" id="subject-hint">
              ${msg('Tip: mention the ID (deal, insertion, campaign, report task) or the feature concerned, so support can start right away.')}
            </p>`
          : nothing
      }
      <div class="suggestions">
        <slot name="suggestions">
          <eq-article-suggest .query=${subject}></eq-article-suggest>
        </slot>
      </div>
      ${this.renderText('description', msg('Description'), {
        required: true,
        multiline: true,
        help: html`${msg('Indicate which feature is impacted (for example Instant Insights, Maestro API, delivery, interface or deal), then describe your question or request with all relevant information:')}
          <ul>
            <li>${msg('For a report problem, give all parameters and metrics.')}</li>
            <li>${msg('For an API report, give the task ID.')}</li>
            <li>
              ${msg('For counting discrepancies, attach the reports of the third-party system.')}
            </li>
            <li>${msg('For in-app cases, give the SDK version you use.')}</li>
          </ul>
          ${msg('Reference external resources: links to dashboards or reports, CSV or PDF files, screenshots of the browser developer tools.')}`,
      })}
      ${this.renderText('howToReproduce', msg('How to reproduce'), {
        multiline: true,
        help: msg('If applicable, the steps support needs to reproduce the problem.'),
      })}
      <div class="ids">
        ${this.renderText('insertionId', msg('Insertion ID'))}
        ${this.renderText('dealId', msg('Deal ID'))}
        ${this.renderText('campaignId', msg('Campaign ID'))}
      </div>
      ${this.renderText('domainUrl', msg('Domain/URL'), {
        type: 'url',
        help: msg('If the issue can be observed on a website, its domain or address.'),
      })}
      ${this.renderTypeAndCategory(taxonomy)}
      <eq-file-drop
        .upload=${backend ? (file: Blob, name: string, options: Parameters<SupportBackend['uploadAttachment']>[2]) => backend.uploadAttachment(file, name, options) : undefined}
        .attachments=${this.draft!.attachments}
        label=${msg('Upload File')}
        @eq-attachments-change=${this.handleAttachments}
      ></eq-file-drop>
      ${this.renderError('attachmentIds')}
      <details class="notes" part="notes">
        <summary>${msg('Support scope and case language')}</summary>
        <p>
          ${msg('These requests belong to your local service team rather than technical support:')}
        </p>
        <ul>
          ${taxonomy.outOfScope.map((item) => html`<li>${item}</li>`)}
        </ul>
        <p>
          ${msg('You can write your case in your local language; writing it in English may speed up the resolution, as international support specialists can handle it too.')}
        </p>
      </details>
    `;
  }

  private renderSaveError() {
    if (!this.saveError) return nothing;
    const fieldOnly = this.saveError instanceof HttpError && this.saveError.status === 400;
    return html`<div class="notice danger" role="alert" part="save-error">
      <p>
        <strong>${msg('Your case was not saved.')}</strong> ${describeError(this.saveError)}
        ${fieldOnly ? nothing : msg('Everything you entered is kept: retry when you are ready.')}
      </p>
    </div>`;
  }

  private renderForm(taxonomy: Taxonomy) {
    const draft = this.draft!;
    const details = draft.step === 'details';
    return html`
      ${
        this.restoredAt
          ? html`<div class="notice" part="restored-notice">
              ${msg(str`Your unsent case from ${formatDateTime(this.restoredAt, this.supportConfig.locale)} was restored.`)}
            </div>`
          : nothing
      }
      ${
        this.drafts.available
          ? nothing
          : html`<div class="notice warning" role="status">
              ${msg('Your draft cannot be saved on this device (storage is full or disabled). Keep this window open until you submit the case.')}
            </div>`
      }
      <form
        part="form"
        novalidate
        @input=${this.handleInput}
        @paste=${this.handlePaste}
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
          ${details ? msg('Create a Case') : msg('Add Collaborators')}
        </h2>
        <p class="step-count">
          ${details ? msg('Step 1 of 3: Details') : msg('Step 2 of 3: Collaborators')}
        </p>
        ${
          details
            ? this.renderDetails(taxonomy)
            : this.contacts.render({
                chosen: draft.collaboratorIds,
                self: this.userTask.value?.contactId,
                error: this.renderError('collaboratorIds'),
                onChange: (ids) => this.handleCollaborators(ids),
              })
        }
        ${this.renderSaveError()}
        <div class="actions" part="actions">
          ${
            details
              ? html`<button type="submit" class="button primary">${msg('Next')}</button>
                  <button
                    type="button"
                    class="button"
                    @click=${() => this.dispatchEvent(new EqCancelEvent())}
                  >
                    ${msg('Cancel')}
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
          ${
            this.confirmingDiscard
              ? html`<span class="confirm-discard" role="group" aria-label=${msg('Discard draft?')}>
                  ${msg('Discard everything you entered?')}
                  <button type="button" class="button danger" @click=${this.discard}>
                    ${msg('Discard')}
                  </button>
                  <button
                    type="button"
                    class="button"
                    @click=${() => (this.confirmingDiscard = false)}
                  >
                    ${msg('Keep')}
                  </button>
                </span>`
              : html`<button
                  type="button"
                  class="link-button"
                  ?disabled=${this.saving}
                  @click=${() => (this.confirmingDiscard = true)}
                >
                  ${msg('Discard draft')}
                </button>`
          }
        </div>
      </form>
    `;
  }

  private renderFailure(error: unknown, retry: () => void) {
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
      error: (error) => this.renderFailure(error, () => void this.userTask.run()),
      complete: () =>
        this.taxonomyTask.render({
          // Reloading in another language: keep the form (focus, caret, open details) meanwhile.
          pending: () => {
            const previous = this.taxonomyTask.value;
            return previous && this.draft ? this.renderForm(previous) : pending;
          },
          error: (error) => this.renderFailure(error, () => void this.taxonomyTask.run()),
          complete: (taxonomy) => (this.draft ? this.renderForm(taxonomy) : pending),
        }),
    });
    return html`${live}${body}`;
  }
}
