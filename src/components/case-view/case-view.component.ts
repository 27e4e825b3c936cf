import { localized, msg, str } from '@lit/localize';
import { Task, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HttpError, isSupportError } from '../../api/errors.js';
import type { Attachment, Case, Taxonomy, User } from '../../api/schemas.js';
import { EqAttachmentAddedEvent } from '../../events/case-action-events.js';
import { EqCaseBackEvent } from '../../events/case-back-event.js';
import { buttonStyles, fieldStyles, skeletonStyles } from '../../styles/shared.js';
import { describeError } from '../shared/error-message.js';
import { renderServiceTeam } from '../shared/service-team.js';
import type { FileUploader } from '../shared/file-drop.js';
import { formatDateTime } from '../shared/format.js';
import type { MessagePart } from '../../locales/parts.js';
import { SupportElement } from '../support-element.js';
import type { CaseViewHost } from './actions/case-action.js';
import { CloseAction } from './actions/close.js';
import { ConcernAction } from './actions/concern.js';
import { ReopenAction } from './actions/reopen.js';
import { ReplyAction } from './actions/reply.js';
import { SurveyAction } from './actions/survey.js';
import { caseViewStyles } from './case-view.styles.js';
import { renderAttachmentLink, renderHistory } from './history.js';
import {
  closeReasons,
  concernCategories,
  labelOf,
  priorityLabel,
  statusLabel,
  typeAndCategory,
} from '../shared/labels.js';
import { allows } from '../../api/case-rules.js';
import { loadTaxonomy, loadUser } from '../../data/shared-data.js';

type Panel = 'reopen' | 'close' | 'concern' | 'attachments';

/**
 * The upload area, loaded when "Manage File Attachments" is wanted (pointer or focus on it, or
 * opened), not with the case: most visits to a case upload nothing.
 */
const loadFileDrop = () => void import('../shared/file-drop.js');

/**
 * One support case: every detail, the history with the reply box, the attachments, and the actions
 * of the guide — Manage File Attachments, Reopen Case, Close Case, Raise a Case Concern, a priority
 * change request and the satisfaction survey. Unsent texts survive failures and reloads of the
 * view (per case, in sessionStorage) until they are sent or discarded.
 *
 * @summary A support case with its history and actions.
 * @fires eq-case-back - "Back to My Cases" was chosen (`caseId`).
 * @fires eq-message-sent - A message was added (`case`).
 * @fires eq-attachment-added - A file was uploaded to the case (`case`, `attachment`).
 * @fires eq-case-reopened - The case was reopened (`case`).
 * @fires eq-case-closed - The case was closed (`case`, `reason`).
 * @fires eq-concern-raised - A case concern was raised (`case`, `concern`).
 * @fires eq-survey-answered - The satisfaction survey was answered (`case`, `survey`).
 * @csspart header - The case number, subject, status and priority.
 * @csspart back-button - The "Back to My Cases" button.
 * @csspart badge - The status and priority badges.
 * @csspart notice - Result of the last action.
 * @csspart details - The list of the case's details.
 * @csspart attachments - The files of the case.
 * @csspart attachment-link - A download link.
 * @csspart history - The timeline of the case.
 * @csspart event - One entry of the timeline (messages also have the part `message`).
 * @csspart message-link - A web address in a message, as a link (http and https only).
 * @csspart reply - The "Add a message" form.
 * @csspart survey - The satisfaction survey.
 * @csspart actions - The column of actions.
 * @csspart panel - The form of the chosen action.
 * @csspart priority-change - The priority change request of a message.
 * @csspart action-error - The error of an action.
 * @csspart error - The error shown when the case cannot be loaded.
 * @csspart message - A message of the timeline (also has the part `event`).
 * @csspart concern-notice - The notice that a concern was raised on the case.
 * @csspart service-team - Who to contact when support cannot help (the Local Service Team).
 * @cssprop --eq-case-view-actions-width - Width of the actions column on wide layouts (default 21.3333em, 320px at the default size).
 * @cssprop --eq-color-primary - Buttons, links and support messages' accent.
 * @cssprop --eq-color-warning-surface - Background of "Waiting for your reply" and concern notices.
 */
@localized()
export class EqCaseView extends SupportElement implements CaseViewHost {
  /** @internal */
  static override messages: MessagePart = 'cases';
  static override styles = [
    ...SupportElement.styles,
    buttonStyles,
    fieldStyles,
    skeletonStyles,
    caseViewStyles,
  ];

  /** Id of the case to show. */
  @property({
    attribute: 'case-id',
    reflect: true,
    converter: {
      fromAttribute: (value: string | null) => value ?? '',
      toAttribute: (value: string) => (value === '' ? null : value),
    },
  })
  caseId = '';

  /** Shows a "Back to My Cases" button that fires `eq-case-back`. */
  @property({ type: Boolean, attribute: 'show-back' }) showBack = false;

  @state() private current: Case | undefined;
  @state() private panel: Panel | null = null;
  @state() private announcement = '';

  private readonly reply = new ReplyAction(this);
  private readonly reopen = new ReopenAction(this, () => this.actionDone());
  private readonly closing = new CloseAction(this, () => this.actionDone());
  private readonly concern = new ConcernAction(this, () => this.actionDone());
  private readonly survey = new SurveyAction(this);
  /** The case whose drafts were last restored (panels with a draft open once per case). */
  private restoredFor = '';

  private readonly caseTask = new Task(this, {
    args: () => [this.supportConfig.backend, this.caseId] as const,
    task: async ([backend, caseId], { signal }) => {
      if (!backend || !caseId) return initialState;
      return backend.getCase(caseId, { signal });
    },
    onComplete: (kase) => this.show(kase),
  });

  /** In the language shown: a language change loads the labels again (the old ones stay meanwhile). */
  private readonly taxonomyTask = new Task(this, {
    args: () => [this.supportConfig.backend, this.supportConfig.locale] as const,
    task: async ([backend, locale], { signal }) => {
      if (!backend) return initialState;
      return loadTaxonomy(backend, locale, signal);
    },
  });

  private readonly userTask = new Task(this, {
    args: () => [this.supportConfig.backend, this.supportConfig.user] as const,
    task: async ([backend, provided], { signal }) => {
      if (provided) return provided;
      if (!backend) return initialState;
      return loadUser(backend, signal);
    },
    onComplete: (user) => {
      // The person's drafts first: loading them resets the fields the phone then fills.
      if (this.current) {
        this.loadDrafts(this.current.id, user.id);
        this.openUnsent(this.current);
      }
      this.concern.prefill(user.phone);
    },
  });

  // CaseViewHost ------------------------------------------------------------------------------

  /**
   * The case as shown, with the changes made here since it loaded.
   * @internal
   */
  get currentCase(): Case | undefined {
    return this.current;
  }

  /**
   * The backend this view talks to (property, provider or `api-base`).
   * @internal
   */
  get resolvedBackend() {
    return this.supportConfig.backend;
  }

  /** Labels of types, categories, reasons; undefined until loaded (codes are shown meanwhile). */
  get taxonomy(): Taxonomy | undefined {
    return this.taxonomyTask.value;
  }

  /** The signed-in person (time zone, phone number). */
  get user(): User | undefined {
    return this.userTask.value;
  }

  /**
   * Shows a case an action changed, when it is the one on screen.
   * @internal
   */
  applyCase(updated: Case): void {
    if (updated.id === this.caseId || !this.caseId) this.current = updated;
  }

  /**
   * Reads `text` out to screen readers (the view's polite live region).
   * @internal
   */
  announce(text: string): void {
    this.announcement = text;
  }

  // Public API --------------------------------------------------------------------------------

  /** The case as shown (after the last action), once loaded. */
  get case(): Case | undefined {
    return this.current;
  }

  /** Loads the case again (the view keeps showing it meanwhile). */
  async reload(): Promise<void> {
    await this.caseTask.run();
  }

  // Lifecycle ---------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.handleVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.handleVisibility);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('caseId') && this.current && this.current.id !== this.caseId) {
      this.current = undefined;
      this.panel = null;
      this.announcement = '';
    }
  }

  private readonly handleVisibility = (): void => {
    const busy = [this.reply, this.reopen, this.closing, this.concern, this.survey].some(
      (a) => a.pending,
    );
    if (document.visibilityState === 'visible' && this.current && !busy) void this.reload();
  };

  /** The person's unsent texts on this case (drafts are kept per person and case). */
  private loadDrafts(caseId: string, userId: string | undefined): void {
    this.reply.load(caseId, userId);
    this.reopen.load(caseId, userId);
    this.concern.load(caseId, userId);
  }

  private show(kase: Case): void {
    this.current = kase;
    this.loadDrafts(kase.id, this.user?.id);
    if (this.user) this.openUnsent(kase);
  }

  /**
   * Reopens the form whose text was not sent, so nothing typed is lost from sight: once per case,
   * when both the case and the person (whose drafts they are) are known.
   */
  private openUnsent(kase: Case): void {
    if (this.restoredFor === kase.id) return;
    this.restoredFor = kase.id;
    if (allows(kase.status, 'reopen') && this.reopen.hasContent) this.panel = 'reopen';
    else if (this.concern.hasContent) this.panel = 'concern';
  }

  // Formatting --------------------------------------------------------------------------------

  private get resolvedLocale(): string {
    return this.supportConfig.locale;
  }

  private get timeZone(): string | undefined {
    return this.user?.timeZone;
  }

  private readonly when = (iso: string): string => {
    try {
      return formatDateTime(iso, this.resolvedLocale, this.timeZone);
    } catch {
      return formatDateTime(iso, this.resolvedLocale); // unknown time zone: the browser's
    }
  };

  // Actions -----------------------------------------------------------------------------------

  private async focusControl(id: string): Promise<void> {
    await this.updateComplete;
    const control = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    control?.scrollIntoView?.({ block: 'nearest' });
    control?.focus();
  }

  private openPanel(panel: Panel, focusId?: string): void {
    if (panel === 'attachments') loadFileDrop();
    this.panel = panel;
    this.announcement = '';
    const first: Record<Panel, string> = {
      reopen: this.reopen.messageControlId,
      close: 'close-reason-0',
      concern: 'concern-phone',
      attachments: 'panel-title',
    };
    void this.focusControl(focusId ?? first[panel]);
  }

  private closePanel(): void {
    const was = this.panel;
    this.panel = null;
    if (was) void this.focusControl(`action-${was}`);
  }

  private togglePanel(panel: Panel): void {
    if (this.panel === panel) this.closePanel();
    else this.openPanel(panel);
  }

  private actionDone(): void {
    this.panel = null;
    void this.focusControl('case-title');
  }

  private handleRequestPriority(): void {
    const kase = this.current;
    if (!kase) return;
    if (allows(kase.status, 'message')) {
      this.reply.requestPriorityChange();
      void this.focusControl(this.reply.priorityControlId);
    } else {
      this.reopen.requestPriorityChange();
      this.openPanel('reopen', this.reopen.priorityControlId);
    }
  }

  private handleBack(): void {
    this.dispatchEvent(new EqCaseBackEvent(this.caseId));
  }

  private readonly upload: FileUploader = async (file, name, options) => {
    const backend = this.resolvedBackend;
    const kase = this.current;
    if (!backend || !kase) throw new Error('The case is not loaded.');
    const before = new Set(kase.attachments.map((a) => a.id));
    const updated = await backend.addCaseAttachment(kase.id, file, name, options);
    const attachment: Attachment | undefined =
      updated.attachments.find((a) => !before.has(a.id)) ?? updated.attachments.at(-1);
    if (!attachment) throw new Error('The file is missing from the case.');
    this.applyCase(updated);
    this.announce(msg(str`${attachment.name} was added to the case.`));
    this.dispatchEvent(new EqAttachmentAddedEvent(updated, attachment));
    return attachment;
  };

  // Rendering ---------------------------------------------------------------------------------

  protected override render() {
    return this.caseTask.render({
      initial: () => (this.caseId ? this.renderLoading() : this.renderNoCase()),
      pending: () => (this.current ? this.renderCase(this.current) : this.renderLoading()),
      complete: () => (this.current ? this.renderCase(this.current) : this.renderLoading()),
      error: (error) =>
        this.current ? this.renderCase(this.current, error) : this.renderLoadError(error),
    });
  }

  private renderNoCase() {
    return html`<p class="help">${msg('No case selected.')}</p>`;
  }

  private renderBack() {
    return this.showBack
      ? html`<button
          type="button"
          class="link-button back"
          part="back-button"
          id="back"
          @click=${this.handleBack}
        >
          <span aria-hidden="true">←</span> ${msg('Back to My Cases')}
        </button>`
      : nothing;
  }

  private renderLoading() {
    return html`${this.renderBack()}
      <div class="skeleton" aria-busy="true">
        <p role="status" class="visually-hidden">${msg('Loading the case…')}</p>
        <div class="bone title"></div>
        <div class="bone"></div>
        <div class="bone"></div>
        <div class="bone short"></div>
      </div>`;
  }

  private renderLoadError(error: unknown) {
    const notFound = error instanceof HttpError && (error.status === 404 || error.status === 403);
    const retry = !notFound && (!isSupportError(error) || error.retryable);
    return html`${this.renderBack()}
      <div class="load-error notice danger" role="alert" part="error">
        <h2>${msg('This case cannot be shown')}</h2>
        <p>${describeError(error)}</p>
        ${notFound ? nothing : renderServiceTeam(this.user, 'failure')}
        ${
          retry
            ? html`<button type="button" class="button" @click=${() => void this.reload()}>
                ${msg('Try again')}
              </button>`
            : nothing
        }
      </div>`;
  }

  private renderCase(kase: Case, refreshError?: unknown) {
    const taxonomy = this.taxonomy;
    const waiting = kase.status === 'waiting_for_customer';
    return html`<article class="case" aria-labelledby="case-title">
      <header part="header" class="header">
        ${this.renderBack()}
        <p class="number">${msg(str`Case ${kase.number}`)}</p>
        <h2 id="case-title" tabindex="-1">${kase.subject}</h2>
        <p class="badges">
          <span part="badge" class="badge status ${kase.status}">${statusLabel(kase.status)}</span>
          <span part="badge" class="badge priority ${kase.priority}"
            >${msg('Priority:')} ${priorityLabel(kase.priority, taxonomy)}</span
          >
        </p>
        ${
          waiting
            ? html`<p class="notice warning">
                ${msg('The support team is waiting for your reply. Add a message below.')}
              </p>`
            : nothing
        }
      </header>
      <div class="result" role="status" part="notice">
        ${this.announcement ? html`<p class="notice success">${this.announcement}</p>` : nothing}
      </div>
      ${
        refreshError
          ? html`<p class="notice danger" role="alert">
              ${msg('The case could not be refreshed:')} ${describeError(refreshError)}
            </p>`
          : nothing
      }
      <div class="layout">
        ${this.renderActions(kase)}
        <div class="main">
          ${this.renderConcerns(kase)}
          ${allows(kase.status, 'survey') ? this.survey.render(kase) : nothing}
          ${this.renderDetails(kase)} ${this.renderTexts(kase)} ${this.renderAttachments(kase)}
          <section class="history-section" aria-labelledby="history-title">
            <h3 id="history-title">${msg('History')}</h3>
            ${renderHistory(kase, { locale: this.resolvedLocale, taxonomy, when: this.when })}
          </section>
          ${this.renderReply(kase)}
        </div>
      </div>
    </article>`;
  }

  private renderConcerns(kase: Case) {
    const last = kase.concerns.at(-1);
    if (!last) return nothing;
    const category = labelOf(concernCategories(this.taxonomy), last.category);
    return html`<p class="notice warning concern-notice" part="concern-notice">
      ${msg(
        str`A case concern was raised on ${this.when(last.createdAt)} (${category}). The case owner's manager was notified.`,
      )}
    </p>`;
  }

  private renderDetails(kase: Case) {
    const taxonomy = this.taxonomy;
    const { type, category } = typeAndCategory(taxonomy, kase.typeId, kase.categoryId);
    const row = (label: string, value: unknown) =>
      html`<div class="detail">
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`;
    const optional = (label: string, value: string | undefined) =>
      value ? row(label, value) : nothing;
    const person = (p: { name: string; email?: string | undefined; phone?: string | undefined }) =>
      html`<span class="person">
        <span>${p.name}</span>
        ${p.email ? html`<span class="meta">${p.email}</span>` : nothing}
        ${p.phone ? html`<span class="meta">${p.phone}</span>` : nothing}
      </span>`;
    const time = (iso: string) => html`<time datetime=${iso}>${this.when(iso)}</time>`;
    return html`<section class="details-section" aria-labelledby="details-title">
      <h3 id="details-title">${msg('Details')}</h3>
      <dl class="details" part="details">
        ${row(msg('Case number'), kase.number)} ${row(msg('Status'), statusLabel(kase.status))}
        ${row(
          msg('Priority'),
          html`${priorityLabel(kase.priority, taxonomy)}
            <span class="meta">${msg('(fixed once the case is saved)')}</span>`,
        )}
        ${row(msg('Type'), type)} ${row(msg('Category'), category)}
        ${optional(msg('Insertion ID'), kase.insertionId)} ${optional(msg('Deal ID'), kase.dealId)}
        ${optional(msg('Campaign ID'), kase.campaignId)}
        ${optional(msg('Domain/URL'), kase.domainUrl)} ${row(msg('Created'), time(kase.createdAt))}
        ${row(msg('Last updated'), time(kase.updatedAt))}
        ${row(msg('Contact'), person(kase.contact))}
        ${
          kase.technicalContact
            ? row(msg('Technical contact'), person(kase.technicalContact))
            : nothing
        }
        ${row(
          msg('Collaborators'),
          kase.collaborators.length > 0
            ? html`<ul class="plain">
                ${kase.collaborators.map((c) => html`<li>${person(c)}</li>`)}
              </ul>`
            : msg('None'),
        )}
        ${
          kase.closeReason
            ? row(msg('Close reason'), labelOf(closeReasons(taxonomy), kase.closeReason))
            : nothing
        }
      </dl>
      ${
        this.timeZone
          ? html`<p class="help">
              ${msg(str`Times are shown in the ${this.timeZone} time zone.`)}
            </p>`
          : nothing
      }
    </section>`;
  }

  private renderTexts(kase: Case) {
    return html`<section aria-labelledby="description-title">
        <h3 id="description-title">${msg('Description')}</h3>
        <div class="body">${kase.description}</div>
      </section>
      ${
        kase.howToReproduce
          ? html`<section aria-labelledby="reproduce-title">
              <h3 id="reproduce-title">${msg('How to reproduce')}</h3>
              <div class="body">${kase.howToReproduce}</div>
            </section>`
          : nothing
      }`;
  }

  private renderAttachments(kase: Case) {
    return html`<section aria-labelledby="attachments-title" part="attachments">
      <h3 id="attachments-title">${msg('Attachments')}</h3>
      ${
        kase.attachments.length > 0
          ? html`<ul class="files">
              ${kase.attachments.map(
                (a) =>
                  html`<li>
                    ${renderAttachmentLink(a, this.resolvedLocale)}
                    <span class="meta"
                      >· <time datetime=${a.createdAt}>${this.when(a.createdAt)}</time></span
                    >
                  </li>`,
              )}
            </ul>`
          : html`<p class="help">${msg('No files are attached yet.')}</p>`
      }
      ${
        allows(kase.status, 'attach')
          ? nothing
          : html`<p class="help">${msg('To add files, reopen the case.')}</p>`
      }
    </section>`;
  }

  private renderReply(kase: Case) {
    if (allows(kase.status, 'message')) return this.reply.render();
    return html`<div class="notice reply-closed" part="reply">
      <p>
        ${kase.status === 'closed' ? msg('This case is closed.') : msg('This case is resolved.')}
        ${msg('To add a message, reopen the case.')}
      </p>
      <button type="button" class="button" @click=${() => this.openPanel('reopen')}>
        ${msg('Reopen the case')}
      </button>
    </div>`;
  }

  private panelButton(panel: Panel, label: string, variant = '') {
    const open = this.panel === panel;
    return html`<button
      type="button"
      class="button ${variant}"
      id="action-${panel}"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${open ? 'panel' : nothing}
      @click=${() => this.togglePanel(panel)}
      @pointerenter=${panel === 'attachments' ? loadFileDrop : nothing}
      @focus=${panel === 'attachments' ? loadFileDrop : nothing}
    >
      ${label}
    </button>`;
  }

  private renderActions(kase: Case) {
    // What each status allows is the backend's rule too (src/api/case-rules.ts).
    const open = allows(kase.status, 'message');
    return html`<div class="actions" part="actions" role="group" aria-label=${msg('Case actions')}>
      <div class="action-buttons">
        ${
          open
            ? html`<button
                type="button"
                class="button primary"
                id="action-message"
                @click=${() => void this.focusControl(this.reply.messageControlId)}
              >
                ${msg('Add a message')}
              </button>`
            : allows(kase.status, 'reopen')
              ? this.panelButton('reopen', msg('Reopen Case'), 'primary')
              : nothing
        }
        ${
          allows(kase.status, 'attach')
            ? this.panelButton('attachments', msg('Manage File Attachments'))
            : nothing
        }
        <button
          type="button"
          class="button"
          id="action-priority"
          aria-describedby="priority-rule"
          @click=${this.handleRequestPriority}
        >
          ${msg('Request priority change')}
        </button>
        <p class="help" id="priority-rule">
          ${
            open
              ? msg(
                  'The priority cannot be changed once the case is saved: add a message requesting a change, with a justification.',
                )
              : msg(
                  'The priority cannot be changed once the case is saved: reopen the case with a message requesting a change, with a justification.',
                )
          }
        </p>
        ${
          allows(kase.status, 'concern')
            ? this.panelButton('concern', msg('Raise a Case Concern'))
            : nothing
        }
        ${
          allows(kase.status, 'close')
            ? this.panelButton('close', msg('Close Case'), 'danger')
            : nothing
        }
      </div>
      ${this.panel ? this.renderPanel(kase, this.panel) : nothing}
    </div>`;
  }

  private renderPanel(kase: Case, panel: Panel) {
    const cancel = () => this.closePanel();
    let title: string;
    let content: unknown;
    switch (panel) {
      case 'reopen':
        if (!allows(kase.status, 'reopen')) return nothing;
        title = msg('Reopen Case');
        content = this.reopen.render(cancel);
        break;
      case 'close':
        if (!allows(kase.status, 'close')) return nothing;
        title = msg('Close Case');
        content = this.closing.render(cancel);
        break;
      case 'concern':
        if (!allows(kase.status, 'concern')) return nothing;
        title = msg('Raise a Case Concern');
        content = this.concern.render(cancel);
        break;
      case 'attachments':
        if (!allows(kase.status, 'attach')) return nothing;
        title = msg('Manage File Attachments');
        content = html`<eq-file-drop
            label=${msg('Add files')}
            .upload=${this.upload}
          ></eq-file-drop>
          <div class="form-actions">
            <button class="button" type="button" @click=${cancel}>${msg('Done')}</button>
          </div>`;
        break;
    }
    return html`<section class="panel" part="panel" id="panel" aria-labelledby="panel-title">
      <h3 id="panel-title" tabindex="-1">${title}</h3>
      ${content}
    </section>`;
  }
}

// The types of this element's API (properties, events), importable beside it.
export type { SupportBackend } from '../../api/backend.js';
export type { TokenProvider } from '../../api/bearer.js';
export type { Taxonomy, User, Case } from '../../api/schemas.js';
export type {
  EqMessageSentEvent,
  EqAttachmentAddedEvent,
  EqCaseReopenedEvent,
  EqCaseClosedEvent,
  EqConcernRaisedEvent,
  EqSurveyAnsweredEvent,
} from '../../events/case-action-events.js';
export type { EqCaseBackEvent } from '../../events/case-back-event.js';
