import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ServiceStatus, SupportCenter, User } from '../../api/schemas.js';
import {
  EqCloseEvent,
  EqOpenEvent,
  EqViewChangeEvent,
  type LauncherView,
} from '../../events/launcher-events.js';
import { buttonStyles, fieldStyles } from '../../styles/shared.js';
import { ConfigRelayController } from '../../controllers/config-relay.js';
import { deprecated } from '../../deprecation.js';
import { safeHref } from '../../url/safe-url.js';
import { describeError } from '../shared/error-message.js';
import { tabbables } from '../shared/focus-trap.js';
import type { MessagePart } from '../../locales/parts.js';
import { SupportElement } from '../support-element.js';
import { centerState, weeklyHours } from './hours.js';
import { launcherStyles } from './launcher.styles.js';
import { prefillProperties, type CasePrefill, type OpenOptions } from './prefill.js';
import type { ReportedError } from '../../diagnostics/types.js';
import type { EqCaseOpenEvent } from '../../events/case-open-event.js';
import type { EqCreateCaseEvent } from '../../events/create-case-event.js';
import type { EqSimilarCaseSelectEvent } from '../../events/similar-case-select-event.js';
import type { EqArticleOpenEvent } from '../../events/article-open-event.js';
import { loadTaxonomy, loadUser } from '../../data/shared-data.js';
import type { EqSettingsSaveEvent } from '../../events/settings-save-event.js';
import { caseFormDraftKey } from '../../storage.js';
import { localeReady } from '../../localization.js';
import type { DraftNotice } from './draft-notice.js';

interface Entry {
  view: LauncherView;
  caseId?: string;
  /** The documentation's article in the reading pane. */
  articleId?: string;
  knownErrors?: boolean;
}

/** Each view's element module, loaded the first time the view opens. */
const VIEW_MODULES: Partial<Record<LauncherView, () => Promise<unknown>>> = {
  create: () => import('../case-form/case-form.js'),
  cases: () => import('../case-list/case-list.js'),
  case: () => import('../case-view/case-view.js'),
  docs: () => import('../documentation/documentation.js'),
  settings: () => import('../user-settings/user-settings.js'),
};

/**
 * The support dialog opened by `<eq-support-button>`: a home with the three actions of the
 * portal (Create a Case, See My Cases, Read Documentation), the service status, the delivery
 * centers and the person's settings; and, inside the same dialog, the case form, the case list,
 * a case and the documentation, with a back action and a title that follows the view.
 *
 * @summary The support dialog: home, case form, case list, case view, documentation, settings.
 * @fires eq-open - The dialog opened (`view`).
 * @fires eq-close - The dialog closed.
 * @fires eq-view-change - Another view is shown (`view`).
 * @csspart dialog - The dialog.
 * @csspart header - The title bar with back and close.
 * @csspart body - The scrolling content.
 * @csspart status-banner - The notice about degraded services and open incidents.
 * @csspart draft-notice - The home's notice of an unsent case, with Continue and Discard.
 * @csspart action - One of the home's actions (Create a Case, My Cases, Documentation).
 * @cssprop --eq-dialog-max-width - Width My Cases, a case and the documentation grow to on wide
 *   screens (default 76.8em, 1152 px); the home, the form and the settings stay 736 px wide.
 * @cssprop --eq-dialog-sheet-width - Width of the side sheet (`dialog-placement="end"` or `"start"`;
 *   default 36em, 540 px).
 */
@localized()
export class EqSupportLauncher extends SupportElement {
  /** @internal */
  static override messages: MessagePart = 'launcher';
  static override styles = [...SupportElement.styles, buttonStyles, fieldStyles, launcherStyles];

  /** Address of the privacy policy. */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;

  /**
   * Where the dialog opens: `center` (default), or a full-height side sheet at the page's
   * inline `end` or `start`. Inside `<eq-support-button>`, the button's `dialog-placement`
   * attribute, read each time the dialog opens.
   */
  @property({ attribute: 'dialog-placement' }) dialogPlacement?: 'center' | 'end' | 'start';

  /**
   * Where a suggested article opens: `help-site` (default: its address, in a new tab) or `dialog`
   * (the documentation's reading pane, inside this dialog, with no help-site links: for a host
   * without a help site). Inside `<eq-support-button>`, the button's `article-target` attribute,
   * read each time the dialog opens.
   */
  @property({ attribute: 'article-target' }) articleTarget?: 'help-site' | 'dialog';

  @state() private stack: Entry[] = [{ view: 'home' }];
  @state() private prefill: CasePrefill = {};
  /** The error of the last `open({ report })`, for the form (set with the view it renders). */
  private report?: ReportedError;
  @state() private viewError?: unknown;
  @state() private viewReady = false;
  /** The person as last saved by the settings view (the provided one may be older). */
  @state() private savedUser?: User;
  @state() private placement?: string;
  @state() private articlesInDialog = false;
  @state() private draftNotice?: DraftNotice;
  private draftNoticeLoad?: Promise<unknown>;
  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly userTask = new Task(this, {
    task: async ([backend, provided], { signal }): Promise<User | undefined> =>
      provided ?? (backend ? loadUser(backend, signal) : undefined),
    args: () => [this.supportConfig.backend, this.supportConfig.user] as const,
  });

  private readonly homeTask = new Task(this, {
    task: async (
      [backend, home],
      { signal },
    ): Promise<{ status: ServiceStatus; centers: SupportCenter[] } | undefined> => {
      if (!backend || !home) return undefined;
      const [status, centers] = await Promise.all([
        backend.getServiceStatus({ signal }),
        backend.listSupportCenters({ signal }),
      ]);
      return { status, centers };
    },
    args: () => [this.supportConfig.backend, this.current.view === 'home'] as const,
  });

  /** The elements shown inside the dialog get this launcher's backend, person and language. */
  protected readonly relay = new ConfigRelayController(
    this,
    () => this.savedUser ?? this.userTask.value,
  );

  private get current(): Entry {
    return this.stack[this.stack.length - 1]!;
  }

  /**
   * Opens the dialog on a view.
   * @deprecated Use `open()`, the name `<eq-support-button>` uses too (removed in the next release).
   */
  show(options: OpenOptions = {}): void {
    deprecated('<eq-support-launcher> show()', 'use open()');
    this.open(options);
  }

  /** Opens the dialog on a view. */
  open(options: OpenOptions = {}): void {
    const view = options.view ?? 'home';
    this.prefill = options.prefill ?? {};
    this.report = options.report;
    this.stack =
      view === 'home'
        ? [{ view: 'home' }]
        : [{ view: 'home' }, { view, ...(options.caseId ? { caseId: options.caseId } : {}) }];
    const host = (this.getRootNode() as ShadowRoot).host;
    this.placement = host?.getAttribute('dialog-placement') ?? this.dialogPlacement;
    this.articlesInDialog =
      (host?.getAttribute('article-target') ?? this.articleTarget) === 'dialog';
    if (!this.dialog.open) {
      this.dialog.showModal();
      this.lockPageScroll();
      this.fitViewport();
      visualViewport?.addEventListener('resize', this.fitViewport);
      visualViewport?.addEventListener('scroll', this.fitViewport);
    }
    void this.loadView();
    this.dispatchEvent(new EqOpenEvent(view, options.report));
    void this.focusTitle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    visualViewport?.removeEventListener('resize', this.fitViewport);
    visualViewport?.removeEventListener('scroll', this.fitViewport);
    this.unlockPageScroll?.();
  }

  /** Closes the dialog. */
  close(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  /** Tab past either end of the dialog comes back in at the other end. */
  private wrapFocus(to: 'start' | 'end'): void {
    const inside = tabbables(this.dialog);
    (to === 'start' ? inside[0] : inside[inside.length - 1])?.focus();
  }

  /**
   * On a phone the dialog is as tall as the visual viewport: what the on-screen keyboard leaves
   * (100dvh does not shrink for it in Safari), and the focused field is scrolled back into view.
   */
  private readonly fitViewport = (): void => {
    const { height, offsetTop = 0 } = visualViewport ?? {};
    const style = this.dialog.style;
    if (height) style.setProperty('--_viewport', `${height}px`);
    style.setProperty('--_viewport-top', `${offsetTop}px`);
    let active = document.activeElement;
    let inside = false;
    while (active?.shadowRoot?.activeElement) {
      inside ||= active === this;
      active = active.shadowRoot.activeElement;
    }
    if (inside && this.dialog.open) active?.scrollIntoView({ block: 'nearest' });
  };

  private handleDialogClose(): void {
    visualViewport?.removeEventListener('resize', this.fitViewport);
    visualViewport?.removeEventListener('scroll', this.fitViewport);
    this.unlockPageScroll?.();
    this.dispatchEvent(new EqCloseEvent());
  }

  private unlockPageScroll?: () => void;

  /**
   * The host page stops scrolling while the dialog is open: its scrollbars would otherwise be
   * drawn over the full-screen dialog on a phone (Firefox), taking the clicks meant for its
   * bottom edge, and the page would scroll behind it. Set through the CSSOM (allowed by a strict
   * CSP); the page's own values come back on close.
   */
  private lockPageScroll(): void {
    if (this.unlockPageScroll) return;
    const root = document.documentElement;
    const { overflow, scrollbarGutter } = root.style;
    const hadScrollbar = window.innerWidth > root.clientWidth;
    root.style.overflow = 'hidden';
    if (hadScrollbar) root.style.scrollbarGutter = 'stable';
    this.unlockPageScroll = () => {
      root.style.overflow = overflow;
      root.style.scrollbarGutter = scrollbarGutter;
      this.unlockPageScroll = undefined;
    };
  }

  private navigate(entry: Entry): void {
    this.stack = [...this.stack, entry];
    this.afterNavigation();
  }

  private back(): void {
    if (this.stack.length > 1) this.stack = this.stack.slice(0, -1);
    this.afterNavigation();
  }

  private home(): void {
    this.stack = [{ view: 'home' }];
    this.afterNavigation();
  }

  private afterNavigation(): void {
    this.draftNotice?.reset();
    void this.loadView();
    this.dispatchEvent(new EqViewChangeEvent(this.current.view));
    void this.focusTitle();
  }

  private async loadView(): Promise<void> {
    const load = VIEW_MODULES[this.current.view];
    this.viewError = undefined;
    if (!load) {
      this.viewReady = true;
      return;
    }
    this.viewReady = false;
    try {
      await load();
      this.viewReady = true;
    } catch (error) {
      this.viewError = error;
    }
  }

  private async focusTitle(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  private viewTitle(): string {
    switch (this.current.view) {
      case 'create':
        return msg('Create a Case');
      case 'cases':
        return msg('My Cases');
      case 'case':
        return msg('Case');
      case 'docs':
        return this.current.knownErrors ? msg('Known errors') : msg('Documentation');
      case 'settings':
        return msg('My Settings');
      default:
        return msg('Contact Support');
    }
  }

  // ------------------------------------------------------------------------------------------
  // Home
  // ------------------------------------------------------------------------------------------

  private renderStatusBanner(status: ServiceStatus): TemplateResult | typeof nothing {
    const degraded = status.components.filter((c) => c.status !== 'operational');
    // The address comes from the backend: only an http(s) one becomes a link.
    const statusPage = safeHref(status.statusPageUrl) && status.statusPageUrl;
    if (degraded.length === 0 && status.incidents.length === 0) {
      return html`<p class="status-ok">${msg('All services are operating normally.')}</p>`;
    }
    const state: Record<string, string> = {
      degraded: msg('degraded performance'),
      partial_outage: msg('partial outage'),
      major_outage: msg('major outage'),
    };
    return html`<div class="notice warning" role="status" part="status-banner">
      <p><strong>${msg('Some services are affected right now.')}</strong></p>
      <ul>
        ${degraded.map((c) => html`<li>${c.name}: ${state[c.status] ?? c.status}</li>`)}
        ${status.incidents.map((i) => html`<li><strong>${i.title}</strong> — ${i.message}</li>`)}
      </ul>
      <p>
        ${msg('If your problem is caused by one of these, there is no need to file a case.')}
        ${
          statusPage
            ? html`<a href=${statusPage} target="_blank" rel="noopener noreferrer"
                >${msg('Status page')}</a
              >`
            : nothing
        }
      </p>
    </div>`;
  }

  private renderCenters(centers: SupportCenter[], timeZone: string | undefined): TemplateResult {
    const now = new Date();
    const options: Intl.DateTimeFormatOptions = {
      weekday: 'short',
      hour: 'numeric',
      minute: '2-digit',
    };
    let time: Intl.DateTimeFormat;
    try {
      time = new Intl.DateTimeFormat(this.supportConfig.locale, { ...options, timeZone });
    } catch {
      time = new Intl.DateTimeFormat(this.supportConfig.locale, options); // unknown zone: the browser's
    }
    const zone = time.resolvedOptions().timeZone;
    const regions: [SupportCenter['region'], string][] = [
      ['europe', msg('European Delivery Centers')],
      ['americas', msg('Americas Delivery Centers')],
      ['apac', msg('APAC Delivery Center')],
    ];
    const renderCenter = (center: SupportCenter) => {
      const place = html`<span class="place"
        ><span class="city">${center.city}</span>, ${center.country}</span
      >`;
      let state: ReturnType<typeof centerState>;
      let week: string;
      try {
        state = centerState(center, now);
        week = weeklyHours(center, this.supportConfig.locale);
      } catch {
        // The center's time zone is unknown to this browser: its hours cannot be placed.
        return html`<li>${place}</li>`;
      }
      const next = state.next ? time.format(state.next) : '';
      return html`<li class=${state.open ? 'open' : 'closed'}>
        ${place}
        <span class="state">
          ${
            state.open
              ? html`<strong>${msg('Open now')}</strong> · ${msg(str`until ${next}`)}`
              : html`${state.holiday ? msg('Closed today: public holiday') : msg('Closed')}${
                  next ? html` · ${msg(str`opens ${next}`)}` : nothing
                }`
          }
        </span>
        <span class="hours">${msg(str`${week} (local time)`)}</span>
      </li>`;
    };
    return html`<section class="centers" aria-labelledby="centers-title">
      <h3 id="centers-title">${msg('Support delivery centers')}</h3>
      <p class="help">
        ${msg(str`Business hours are each center's local time, excluding local public holidays. Open now, and the next opening or closing, are in your time zone (${zone}).`)}
      </p>
      ${regions.map(([region, title]) => {
        const inRegion = centers.filter((c) => c.region === region);
        return inRegion.length === 0
          ? nothing
          : html`<h4 class="region">${title}</h4>
              <ul>
                ${inRegion.map(renderCenter)}
              </ul>`;
      })}
    </section>`;
  }

  /**
   * The unsent case the form keeps, announced on the home with Continue and Discard. Its code
   * loads only when there is one (`draft-notice.ts`).
   */
  private renderDraft(user: User | undefined): TemplateResult | typeof nothing {
    if (!user) return nothing;
    const key = caseFormDraftKey(user.id);
    if (this.draftNotice) return this.draftNotice.render(key);
    try {
      if (!this.draftNoticeLoad && localStorage.getItem(key))
        this.draftNoticeLoad = Promise.all([
          import('./draft-notice.js'),
          localeReady(this.supportConfig.locale, 'drafts'),
        ]).then(
          ([{ DraftNotice }]) =>
            (this.draftNotice = new DraftNotice(this, () => this.navigate({ view: 'create' }))),
          () => (this.draftNoticeLoad = undefined), // offline: the next home tries again
        );
    } catch {
      // No storage: the form keeps no draft.
    }
    return nothing;
  }

  protected override updated(): void {
    // The form stores its draft as it goes away (closed with the dialog): the notice loads then.
    if (this.current.view === 'home' && !this.draftNotice) this.renderDraft(this.userTask.value);
  }

  private renderHome(): TemplateResult {
    const user = this.userTask.value;
    const statusUrl = this.homeTask.value?.status.statusPageUrl;
    const statusPage = statusUrl && safeHref(statusUrl) && statusUrl;
    // A view's module starts loading on intent (pointer, focus, touch), as the button does for
    // the launcher, and the form's taxonomy with it (shared with the form: asked once): by the
    // click, most of it has arrived.
    const warm = (view: LauncherView) => ({
      handleEvent: () => {
        void VIEW_MODULES[view]?.();
        const { backend, locale } = this.supportConfig;
        if (view === 'create' && backend) loadTaxonomy(backend, locale).catch(() => undefined);
      },
      passive: true,
    });
    const action = (view: LauncherView, label: string, description: string) =>
      html`<button
        type="button"
        class="action"
        part="action"
        @click=${() => this.navigate({ view })}
        @pointerenter=${warm(view)}
        @focus=${warm(view)}
        @touchstart=${warm(view)}
      >
        <span class="action-label">${label}</span>
        <span class="action-description">${description}</span>
      </button>`;
    return html`
      ${this.homeTask.render({
        pending: () =>
          html`<p class="loading" role="status">${msg('Checking the service status…')}</p>`,
        error: (error) =>
          html`<p class="notice">
            ${msg('The service status could not be loaded:')} ${describeError(error)}
          </p>`,
        complete: (home) => (home ? this.renderStatusBanner(home.status) : nothing),
      })}
      ${this.renderDraft(user)}
      <div class="actions-grid">
        ${action('create', msg('Create a Case'), msg('Submit a new support case.'))}
        ${action('cases', msg('See My Cases'), msg('Follow, answer, reopen or close your cases.'))}
        ${action('docs', msg('Read Documentation'), msg('Explore help articles.'))}
      </div>
      <p>
        <button
          type="button"
          class="link-button"
          @click=${() => this.navigate({ view: 'docs', knownErrors: true })}
        >
          ${msg('Known errors: issues Equativ is already fixing, with workarounds')}
        </button>
      </p>
      ${this.homeTask.value ? this.renderCenters(this.homeTask.value.centers, user?.timeZone) : nothing}
      <nav class="links" aria-label=${msg('Useful links')}>
        ${
          statusPage
            ? html`<a href=${statusPage} target="_blank" rel="noopener noreferrer"
                >${msg('Status page')}</a
              >`
            : nothing
        }
        <button type="button" class="link-button" @click=${() => this.navigate({ view: 'docs' })}>
          ${msg('Documentation')}
        </button>
        ${
          this.privacyUrl
            ? html`<a href=${this.privacyUrl} target="_blank" rel="noopener noreferrer"
                >${msg('Privacy policy')}</a
              >`
            : nothing
        }
        <button
          type="button"
          class="link-button"
          @click=${() => this.navigate({ view: 'settings' })}
        >
          ${msg('My Settings')}
        </button>
      </nav>
    `;
  }

  // ------------------------------------------------------------------------------------------
  // Views hosted from other elements
  // ------------------------------------------------------------------------------------------

  private renderHosted(): TemplateResult | typeof nothing {
    if (this.viewError) {
      return html`<div class="notice danger" role="alert">
        <p>
          ${msg('This part of the support experience could not be loaded. Check your connection.')}
        </p>
        <button type="button" class="button" @click=${() => void this.loadView()}>
          ${msg('Retry')}
        </button>
      </div>`;
    }
    if (!this.viewReady) return html`<p class="loading" role="status">${msg('Loading…')}</p>`;
    const entry = this.current;
    const p = this.prefill;
    switch (entry.view) {
      case 'create':
        return html`<eq-case-form
          ${prefillProperties(p)}
          .readonlyFields=${p.readonlyFields ?? []}
          .hiddenFields=${p.hiddenFields ?? []}
          .lockedBy=${p.lockedBy}
          .report=${this.report}
          @eq-cancel=${() => this.back()}
          @eq-finish=${() => this.home()}
        ></eq-case-form>`;
      case 'cases':
        return html`<eq-case-list
          hide-heading
          @eq-case-open=${(e: EqCaseOpenEvent) => {
            e.preventDefault();
            this.navigate({ view: 'case', caseId: e.caseId });
          }}
          @eq-create-case=${(e: EqCreateCaseEvent) => {
            e.preventDefault();
            this.navigate({ view: 'create' });
          }}
        ></eq-case-list>`;
      case 'case':
        return html`<eq-case-view
          case-id=${entry.caseId ?? nothing}
          @eq-case-back=${() => this.back()}
        ></eq-case-view>`;
      case 'docs':
        return html`<eq-documentation
          ?known-errors=${entry.knownErrors === true}
          article-id=${entry.articleId ?? ''}
          ?hide-help-site-links=${this.articlesInDialog}
        ></eq-documentation>`;
      case 'settings':
        return html`<eq-user-settings
          @eq-settings-save=${(e: EqSettingsSaveEvent) => (this.savedUser = e.user)}
        ></eq-user-settings>`;
      default:
        return nothing;
    }
  }

  private renderView(): TemplateResult | typeof nothing | undefined {
    switch (this.current.view) {
      case 'home':
        return this.renderHome();
      default:
        return this.renderHosted();
    }
  }

  protected override render() {
    const canGoBack = this.stack.length > 1;
    const view = this.current.view;
    const sheet = this.placement === 'end' || this.placement === 'start';
    const wide = !sheet && (view === 'cases' || view === 'case' || view === 'docs');
    return html`<dialog
      part="dialog"
      class="${wide ? 'wide' : ''} ${sheet ? `sheet ${this.placement}` : ''}"
      aria-labelledby="title"
      @close=${this.handleDialogClose}
    >
      <span data-focus-sentinel tabindex="0" @focus=${() => this.wrapFocus('end')}></span>
      <header part="header">
        ${
          canGoBack
            ? html`<button type="button" class="icon-button" @click=${this.back}>
                <span aria-hidden="true">←</span><span class="visually-hidden">${msg('Back')}</span>
              </button>`
            : nothing
        }
        <h2 id="title" tabindex="-1">${this.viewTitle()}</h2>
        <button type="button" class="icon-button" @click=${this.close}>
          <span aria-hidden="true">×</span
          ><span class="visually-hidden">${msg('Close support')}</span>
        </button>
      </header>
      <div
        class="body"
        part="body"
        @eq-similar-case-select=${(e: EqSimilarCaseSelectEvent) => {
          this.navigate({ view: 'case', caseId: e.caseId });
        }}
        @eq-article-open=${(e: EqArticleOpenEvent) => {
          // A suggestion opens in the documentation's reading pane; Back returns to the form.
          if (!this.articlesInDialog || e.source !== 'suggestions') return;
          e.preventDefault();
          this.navigate({ view: 'docs', articleId: e.article.id });
        }}
      >
        ${this.renderView()}
      </div>
      <span data-focus-sentinel tabindex="0" @focus=${() => this.wrapFocus('start')}></span>
    </dialog>`;
  }
}

// The types of this element's API (properties, events), importable beside it.
export type { SupportBackend } from '../../api/backend.js';
export type { TokenProvider } from '../../api/bearer.js';
export type { EqOpenEvent, EqCloseEvent, EqViewChangeEvent } from '../../events/launcher-events.js';
export type { OpenOptions } from './prefill.js';
