/**
 * The details step of the case form: the fields of the draft, each with its label, help and
 * error, locked or hidden as the host asked (src/components/case-form/host-fields.ts).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SupportBackend } from '../../../api/backend.js';
import { TEXT_LIMITS } from '../../../api/limits.js';
import type { ServiceStatus, Taxonomy, User } from '../../../api/schemas.js';
import type { EqAttachmentsChangeEvent } from '../../../events/attachments-change-event.js';
import { namesField } from '../host-fields.js';
import { renderServiceTeam } from '../../shared/service-team.js';
import '../../shared/file-drop.js';
import '../../article-suggest/article-suggest.js';
import { subjectNeedsDetail, type CaseDraft, type DraftFields } from '../draft.js';

/** What the details step shows, and where what the person does goes. */
export interface DetailsContext {
  readonly draft: CaseDraft;
  readonly errors: ReadonlyMap<string, string>;
  /** Host fields shown but locked, and not shown (names as the form's attributes). */
  readonly readonlyFields: readonly string[];
  readonly hiddenFields: readonly string[];
  /** Under a locked field: who set it ("Set by Maestro"). */
  readonly lockedNote: string;
  /** The service status, asked for when the priority is Blocker. */
  readonly status: ServiceStatus | undefined;
  /** The person left the subject: a hint may suggest naming an ID or a feature. */
  readonly subjectTouched: boolean;
  readonly backend: SupportBackend | undefined;
  /** The signed-in person: their Local Service Team is named beside the support scope. */
  readonly user: User | undefined;
  /**
   * False on the form's first frame: only what comes first (priority, subject, description) is
   * rendered, so the subject takes typing sooner; the rest follows on the next frame.
   */
  readonly complete: boolean;
  readonly onInput: (event: Event) => void;
  readonly onAttachments: (event: EqAttachmentsChangeEvent) => void;
  /** "Include diagnostics" and its review, under the uploads (or nothing). */
  readonly diagnostics: unknown;
}

function describedBy(
  errors: ReadonlyMap<string, string>,
  field: string,
  ...extra: string[]
): string {
  return [...extra, errors.has(field) ? `${field}-error` : ''].filter(Boolean).join(' ');
}

/** That the host set a locked field, with a lock: it does not look editable, and says why. */
function renderLocked(v: DetailsContext, id: string) {
  return html`<p class="locked" id="${id}-locked" part="locked-note">
    <svg class="lock" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M5 7V5a3 3 0 0 1 6 0v2h1a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h1zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2z"
      />
    </svg>
    ${v.lockedNote}
  </p>`;
}

export function renderError(errors: ReadonlyMap<string, string>, field: string) {
  const error = errors.get(field);
  return error ? html`<p class="error" id="${field}-error">${error}</p>` : nothing;
}

function renderText(
  v: DetailsContext,
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
  if (namesField(v.hiddenFields, field)) return nothing;
  const name = options.name ?? field;
  const value = v.draft.fields[field] ?? '';
  const helpId = options.help ? `${name}-help` : '';
  // The contract's limit holds while typing; the count shows once the text nears it.
  const max = (TEXT_LIMITS as Partial<Record<string, number>>)[field];
  const counted = max !== undefined && value.length >= max * 0.8 ? max : undefined;
  const locked = namesField(v.readonlyFields, field);
  const common = {
    id: name,
    describedBy: describedBy(
      v.errors,
      name,
      helpId,
      locked ? `${name}-locked` : '',
      counted ? `${name}-count` : '',
    ),
    invalid: v.errors.has(name) ? 'true' : 'false',
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
            maxlength=${max ?? nothing}
            ?readonly=${locked}
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
            maxlength=${max ?? nothing}
            ?readonly=${locked}
            ?required=${options.required}
            aria-required=${options.required ? 'true' : 'false'}
            aria-invalid=${common.invalid}
            aria-describedby=${common.describedBy || nothing}
          />`
    }
    ${locked ? renderLocked(v, name) : nothing}
    ${
      counted
        ? html`<p
            class="counter ${value.length >= counted ? 'at-limit' : ''}"
            id="${name}-count"
            part="counter"
          >
            ${msg(str`${value.length} of ${counted} characters`)}
          </p>`
        : nothing
    }
    ${renderError(v.errors, name)}
  </div>`;
}

function renderPriority(v: DetailsContext, taxonomy: Taxonomy) {
  if (namesField(v.hiddenFields, 'priority')) return nothing;
  const selected = v.draft.fields.priority ?? '';
  const locked = namesField(v.readonlyFields, 'priority');
  return html`<fieldset
    class="priorities"
    role="radiogroup"
    aria-labelledby="priority-legend"
    aria-describedby=${describedBy(
      v.errors,
      'priority',
      'priority-help',
      locked ? 'priority-locked' : '',
    )}
    aria-required="true"
  >
    <legend class="label required" id="priority-legend">${msg('Priority')}</legend>
    <p class="help" id="priority-help">
      ${msg('The priority reflects the impact on your business revenue. It cannot be changed after the case is saved.')}
    </p>
    ${locked ? renderLocked(v, 'priority') : nothing}
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
            aria-invalid=${v.errors.has('priority') ? 'true' : 'false'}
            @change=${v.onInput}
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
    ${renderError(v.errors, 'priority')}
  </fieldset>`;
}

function renderBlocker(v: DetailsContext, taxonomy: Taxonomy) {
  if (v.draft.fields.priority !== 'blocker') return nothing;
  const incidents = v.status?.incidents ?? [];
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
      ${renderText(v, 'technicalContactName', msg('Name'), { name: 'technicalContact.name', required: true, autocomplete: 'name' })}
      ${renderText(v, 'technicalContactPhone', msg('Phone'), {
        name: 'technicalContact.phone',
        required: true,
        type: 'tel',
        autocomplete: 'tel',
        placeholder: '+33 1 23 45 67 89',
      })}
    </fieldset>
  </div>`;
}

function renderTypeAndCategory(v: DetailsContext, taxonomy: Taxonomy) {
  const fields = v.draft.fields;
  const type = taxonomy.caseTypes.find((t) => t.id === fields.typeId);
  const select = (
    field: 'typeId' | 'categoryId',
    label: string,
    options: { id: string; label: string }[],
    placeholder: string,
    help: string,
  ) => {
    if (namesField(v.hiddenFields, field)) return nothing;
    const locked = namesField(v.readonlyFields, field);
    return html`<div class="field">
      <label for=${field} class="required">${label}</label>
      <p class="help" id="${field}-help">${help}</p>
      <select
        id=${field}
        name=${field}
        data-field=${field}
        .value=${live(fields[field])}
        ?disabled=${locked || (field === 'categoryId' && !type)}
        aria-required="true"
        aria-invalid=${v.errors.has(field) ? 'true' : 'false'}
        aria-describedby=${describedBy(
          v.errors,
          field,
          `${field}-help`,
          locked ? `${field}-locked` : '',
        )}
        @change=${v.onInput}
      >
        <option value="" ?selected=${fields[field] === ''}>${placeholder}</option>
        ${options.map((o) => html`<option value=${o.id} ?selected=${fields[field] === o.id}>${o.label}</option>`)}
      </select>
      ${locked ? renderLocked(v, field) : nothing} ${renderError(v.errors, field)}
    </div>`;
  };
  return html`${select('typeId', msg('Type'), taxonomy.caseTypes, msg('Choose a type'), msg('What the case is about.'))}
  ${select(
    'categoryId',
    msg('Case Category'),
    type?.categories ?? [],
    type ? msg('Choose a category') : msg('Choose a type first'),
    msg('Adds precision; the options depend on the type.'),
  )}`;
}

/**
 * What support handles, in one line that stays in view above the fields (the guides' support
 * scope and case language), with the details and the Local Service Team one click away.
 */
function renderScope(v: DetailsContext, taxonomy: Taxonomy) {
  return html`<div class="notes" part="notes">
    <p class="scope-summary">
      ${msg('Support handles technical problems, in any language; other requests go to your Local Service Team.')}
    </p>
    <details>
      <summary>${msg('Support scope and case language')}</summary>
      <p>
        ${msg('These requests belong to your local service team rather than technical support:')}
      </p>
      <ul>
        ${taxonomy.outOfScope.map((item) => html`<li>${item}</li>`)}
      </ul>
      ${renderServiceTeam(v.user, 'scope')}
      <p>
        ${msg('You can write your case in your local language; writing it in English may speed up the resolution, as international support specialists can handle it too.')}
      </p>
    </details>
  </div>`;
}

/** The details step: everything about the problem, the attachments and the support scope. */
export function renderDetails(v: DetailsContext, taxonomy: Taxonomy) {
  const subject = v.draft.fields.subject;
  return html`
    ${renderScope(v, taxonomy)} ${renderPriority(v, taxonomy)} ${renderBlocker(v, taxonomy)}
    ${renderText(v, 'subject', msg('Subject'), {
      required: true,
      placeholder: msg('Deal ID 12333 — no delivery for last 24 hours'),
      help: msg(
        'Summarize your request with all relevant information, e.g. “Report Task ID 1254332 failed to load” or “Cannot access the Deals page anymore”.',
      ),
    })}
    ${
      v.subjectTouched && subjectNeedsDetail(subject)
        ? html`<p class="hint" id="subject-hint">
            ${msg('Tip: mention the ID (deal, insertion, campaign, report task) or the feature concerned, so support can start right away.')}
          </p>`
        : nothing
    }
    <div class="suggestions">
      <slot name="suggestions">
        ${v.complete ? html`<eq-article-suggest .query=${subject}></eq-article-suggest>` : nothing}
      </slot>
    </div>
    ${renderText(v, 'description', msg('Description'), {
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
    ${v.complete ? renderRest(v, taxonomy) : nothing}
  `;
}

/** Step 1 below the description: the second frame of the form's first render. */
function renderRest(v: DetailsContext, taxonomy: Taxonomy) {
  const backend = v.backend;
  return html`
    ${renderText(v, 'howToReproduce', msg('How to reproduce'), {
      multiline: true,
      help: msg('If applicable, the steps support needs to reproduce the problem.'),
    })}
    <div class="ids">
      ${renderText(v, 'insertionId', msg('Insertion ID'))}
      ${renderText(v, 'dealId', msg('Deal ID'))} ${renderText(v, 'campaignId', msg('Campaign ID'))}
    </div>
    ${renderText(v, 'domainUrl', msg('Domain/URL'), {
      type: 'url',
      help: msg('If the issue can be observed on a website, its domain or address.'),
    })}
    ${renderTypeAndCategory(v, taxonomy)}
    <eq-file-drop
      .upload=${backend ? (file: Blob, name: string, options: Parameters<SupportBackend['uploadAttachment']>[2]) => backend.uploadAttachment(file, name, options) : undefined}
      .attachments=${v.draft.attachments}
      label=${msg('Upload File')}
      @eq-attachments-change=${v.onAttachments}
    ></eq-file-drop>
    ${renderError(v.errors, 'attachmentIds')} ${v.diagnostics}
  `;
}
