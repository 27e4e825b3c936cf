import { localized, msg, str } from '@lit/localize';
import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import type { CaseListParams } from '../../api/backend.js';
import {
  CASE_SORTS,
  CASE_STATUSES,
  PRIORITIES,
  STATUS_FILTERS,
  type Case,
  type CaseSort,
  type CaseSummary,
  type Priority,
  type StatusFilter,
} from '../../api/schemas.js';
import { CASE_ACTION_EVENTS, type EqCaseActionEvent } from '../../events/case-action-events.js';
import type { EqCaseBackEvent } from '../../events/case-back-event.js';
import {
  EqCaseFilterChangeEvent,
  type CaseListFilters,
} from '../../events/case-filter-change-event.js';
import { EqCaseOpenEvent } from '../../events/case-open-event.js';
import { EqCreateCaseEvent } from '../../events/create-case-event.js';
import { buttonStyles, fieldStyles, skeletonStyles } from '../../styles/shared.js';
import { priorityLabel, statusLabel } from '../shared/labels.js';
import { describeError } from '../shared/error-message.js';
import { renderServiceTeam } from '../shared/service-team.js';
import { formatDateTime, formatRelative } from '../shared/format.js';
import { deprecated } from '../../deprecation.js';
import { ConfigRelayController } from '../../controllers/config-relay.js';
import type { MessagePart } from '../../locales/parts.js';
import { plural } from '../../localization.js';
import { SupportElement } from '../support-element.js';
import { caseListStyles } from './case-list.styles.js';
import { VirtualRowsController } from './virtual-rows.js';
import '../case-view/case-view.js';

interface ListState {
  items: CaseSummary[];
  nextCursor: string | null;
  total: number;
  waiting: number;
}

/** Height of a row in px (the 68px row and the item's 6px top padding) until rows are measured. */
const ROW_ESTIMATE_PX = 74;
const SEARCH_DELAY_MS = 300;
/** Up to this many loaded cases, a refresh loads them all again (at most 5 requests). */
const FULL_REFRESH_LIMIT = 500;
/** Rows left below the last visible one when the next page is requested. */
const PREFETCH_ROWS = 5;

/** An empty value removes the attribute instead of leaving `query=""`. */
const optional = {
  fromAttribute: (value: string | null) => value ?? '',
  toAttribute: (value: string) => (value === '' ? null : value),
};

const isStatus = (v: string): v is StatusFilter =>
  (STATUS_FILTERS as readonly string[]).includes(v);
const isSort = (v: string): v is CaseSort => (CASE_SORTS as readonly string[]).includes(v);

/**
 * "My Cases": the person's support cases with their number, subject, status, priority and last
 * change; cases waiting for their reply stand out. Filters, search and sort live in attributes (a
 * host can deep-link to them); pages load from the backend as the person scrolls, and only the
 * rows in view are in the DOM, so the list stays fast at thousands of cases. Opening a case shows
 * `<eq-case-view>` in place unless the host handles `eq-case-open` itself.
 *
 * @summary The person's support cases: filter, search, sort, open.
 * @fires eq-case-open - A case was opened (`caseId`, `number`); cancelable: prevent it to show the case yourself.
 * @fires eq-case-filter-change - The person changed the status, priority, search or sort (`filters`).
 * @fires eq-create-case - "Create a Case" was chosen; cancelable: the host that shows the form prevents it.
 * @csspart header - The title, the waiting summary and the Create a Case button.
 * @csspart filters - The search, filters and sort.
 * @csspart list - The scrolling list of cases.
 * @csspart row - One case (a button).
 * @csspart row-waiting - A case waiting for the person's reply (also has the part `row`).
 * @csspart badge - The status badge of a row.
 * @csspart waiting-summary - How many cases wait for the person's reply.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart service-team - Who to contact when support cannot help (the Local Service Team).
 * @csspart more - The "Showing n of m" line with Load more.
 * @csspart view - The `<eq-case-view>` shown in place.
 * @cssprop --eq-case-list-height - Maximum height of the list; a short list fits its rows (default 34.1333em, 512px at the default size).
 * @cssprop --eq-color-warning-surface - Background of cases waiting for the person's reply.
 * @cssprop --eq-color-warning - Accent of cases waiting for the person's reply.
 */
@localized()
export class EqCaseList extends SupportElement {
  /** @internal */
  static override messages: MessagePart = 'cases';
  static override styles = [
    ...SupportElement.styles,
    buttonStyles,
    fieldStyles,
    skeletonStyles,
    caseListStyles,
  ];

  /** Which cases: `all`, `open`, `closed` (resolved and closed) or one status, e.g. `waiting_for_customer`. */
  @property({ reflect: true }) status: StatusFilter = 'all';

  /** Priority filter: `blocker`, `critical`, `medium`, `low`, a comma-separated list, or empty for all. */
  @property({ reflect: true, converter: optional }) priority = '';

  /** Search: a case number (or its first digits) or words of the subject. */
  @property({ reflect: true, converter: optional }) query = '';

  /**
   * The search under its old name (attribute `q`).
   * @deprecated Use `query` (removed in the next release).
   */
  @property({ attribute: 'q', converter: optional })
  get q(): string {
    return this.query;
  }
  set q(value: string) {
    deprecated('<eq-case-list> q', 'use query');
    this.query = value;
  }

  /** Order: `-updatedAt` (last update first, default), `updatedAt`, `-priority`, `priority`, `-createdAt`, `createdAt`. */
  @property({ reflect: true }) sort: CaseSort = '-updatedAt';

  /** Cases per request (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  /** Id of the case shown in place of the list; set when a case is opened, cleared by Back. */
  @property({ attribute: 'case-id', reflect: true, converter: optional }) caseId = '';

  /**
   * Its "My Cases" heading only for screen readers: for a host whose own title says it already
   * (the launcher's dialog does).
   */
  @property({ type: Boolean, attribute: 'hide-heading' }) hideHeading = false;

  @state() private list: ListState | undefined;
  @state() private more: { state: 'idle' | 'loading' | 'error'; error?: string } = {
    state: 'idle',
  };
  @state() private searchText = '';
  /** On a narrow list, whether the status, priority and sort fields are unfolded. */
  @state() private filtersOpen = false;

  @query('.scroller') private scroller?: HTMLElement;

  /** Only the rows in view are in the DOM. */
  /** The case view inside gets this list's backend and language (never a backend of its own). */
  protected readonly relay = new ConfigRelayController(this);

  private readonly rows = new VirtualRowsController<CaseSummary>(this, {
    key: (c) => c.id,
    estimate: ROW_ESTIMATE_PX,
    onVisible: (_first, last) => {
      if (this.list && last >= this.list.items.length - PREFETCH_ROWS) void this.loadMore();
    },
  });

  /** Rows to load again on the next run (a refresh keeps what was loaded). */
  private keep = 0;
  private moreController: AbortController | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** The list changed behind the case view (an action was taken); refresh when back. */
  private stale = false;
  private returnTo: { id: string; scrollTop: number } | undefined;

  private readonly listTask = new Task(this, {
    args: () =>
      [
        this.supportConfig.backend,
        this.status,
        this.priority,
        this.query,
        this.sort,
        this.limit,
      ] as const,
    task: async (
      [backend, status, priority, query, sort, limit],
      { signal },
    ): Promise<ListState | typeof initialState> => {
      if (!backend) return initialState;
      this.moreController?.abort();
      const want = Math.max(this.keep, limit);
      this.keep = 0;
      const params = this.params(status, priority, query, sort);
      const previous = this.list;
      if (previous && want > FULL_REFRESH_LIMIT) {
        // Many pages loaded: reload the most recent ones only, and keep the rest as it was.
        const page = await backend.listCases({ ...params, limit: 100 }, { signal });
        const fresh = new Set(page.items.map((c) => c.id));
        return {
          items: [...page.items, ...previous.items.filter((c) => !fresh.has(c.id))],
          nextCursor: previous.nextCursor,
          total: page.total,
          waiting: page.waitingForCustomer,
        };
      }
      const items: CaseSummary[] = [];
      let cursor: string | null = null;
      let page;
      do {
        page = await backend.listCases(
          { ...params, cursor, limit: Math.min(100, Math.max(limit, want - items.length)) },
          { signal },
        );
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor && items.length < want);
      return { items, nextCursor: cursor, total: page.total, waiting: page.waitingForCustomer };
    },
    onComplete: (list) => {
      this.list = list;
      this.more = { state: 'idle' };
    },
  });

  // Public API --------------------------------------------------------------------------------

  /** The cases loaded so far, in order. */
  get cases(): readonly CaseSummary[] {
    return this.list?.items ?? [];
  }

  /** The filters in effect. */
  get filters(): CaseListFilters {
    return { status: this.status, priority: this.priority, query: this.query, sort: this.sort };
  }

  /** Loads again every case loaded so far, keeping the scroll position and the filters. */
  async refresh(): Promise<void> {
    this.keep = this.list?.items.length ?? 0;
    this.stale = false;
    await this.listTask.run();
  }

  /** Loads the next page (done automatically as the person scrolls). */
  async loadMore(): Promise<void> {
    const list = this.list;
    const backend = this.supportConfig.backend;
    if (
      !backend ||
      !list?.nextCursor ||
      this.more.state === 'loading' ||
      this.listTask.status === TaskStatus.PENDING
    )
      return;
    this.moreController?.abort();
    const controller = new AbortController();
    this.moreController = controller;
    this.more = { state: 'loading' };
    try {
      const page = await backend.listCases(
        {
          ...this.params(this.status, this.priority, this.query, this.sort),
          cursor: list.nextCursor,
          limit: this.limit,
        },
        { signal: controller.signal },
      );
      if (controller.signal.aborted || this.list !== list) return;
      this.list = {
        items: [...list.items, ...page.items],
        nextCursor: page.nextCursor,
        total: page.total,
        waiting: page.waitingForCustomer,
      };
      this.more = { state: 'idle' };
    } catch (error) {
      if (controller.signal.aborted) return;
      this.more = { state: 'error', error: describeError(error) };
    }
  }

  // Lifecycle ---------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.handleVisibility);
    for (const name of CASE_ACTION_EVENTS) document.addEventListener(name, this.handleCaseAction);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.handleVisibility);
    for (const name of CASE_ACTION_EVENTS)
      document.removeEventListener(name, this.handleCaseAction);
    clearTimeout(this.searchTimer);
    this.moreController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) this.searchText = this.query;
    const filtersChanged = (['status', 'priority', 'query', 'sort', 'pageSize'] as const).some(
      (name) => changed.has(name) && changed.get(name) !== undefined,
    );
    if (filtersChanged) {
      // Other filters: other cases. Show the loading state, not the previous results.
      this.moreController?.abort();
      this.list = undefined;
      this.keep = 0;
      this.more = { state: 'idle' };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('caseId') && !this.caseId && this.returnTo) void this.restorePosition();
  }

  // Data --------------------------------------------------------------------------------------

  private get limit(): number {
    return Math.min(100, Math.max(1, Math.floor(this.pageSize) || 25));
  }

  private params(status: string, priority: string, query: string, sort: string): CaseListParams {
    const priorities = priority
      .split(',')
      .map((p) => p.trim())
      .filter((p): p is Priority => (PRIORITIES as readonly string[]).includes(p));
    return {
      status: isStatus(status) ? status : 'all',
      ...(priorities.length > 0 ? { priority: priorities } : {}),
      ...(query.trim() ? { q: query.trim() } : {}),
      sort: isSort(sort) ? sort : '-updatedAt',
    };
  }

  private readonly handleVisibility = (): void => {
    if (document.visibilityState === 'visible' && this.list) void this.refresh();
  };

  /** An action on a case (here or in a view the host shows): show it at once, then refresh. */
  private readonly handleCaseAction = (event: Event): void => {
    const updated = (event as EqCaseActionEvent).case as Case | undefined;
    if (updated && this.list) {
      const index = this.list.items.findIndex((c) => c.id === updated.id);
      if (index >= 0) {
        const items = [...this.list.items];
        items[index] = {
          id: updated.id,
          number: updated.number,
          subject: updated.subject,
          status: updated.status,
          priority: updated.priority,
          typeId: updated.typeId,
          categoryId: updated.categoryId,
          createdAt: updated.createdAt,
          updatedAt: updated.updatedAt,
        };
        this.list = { ...this.list, items };
      }
    }
    if (this.caseId) this.stale = true;
    else void this.refresh();
  };

  // Filters -----------------------------------------------------------------------------------

  private setFilters(changes: Partial<CaseListFilters>): void {
    const before = JSON.stringify(this.filters);
    Object.assign(this, changes);
    if (JSON.stringify(this.filters) === before) return;
    this.dispatchEvent(new EqCaseFilterChangeEvent({ ...this.filters, q: this.query }));
  }

  private handleSearchInput(event: Event): void {
    this.searchText = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(
      () => this.setFilters({ query: this.searchText.trim() }),
      SEARCH_DELAY_MS,
    );
  }

  private handleSearchSubmit(event: Event): void {
    event.preventDefault();
    clearTimeout(this.searchTimer);
    this.setFilters({ query: this.searchText.trim() });
  }

  private clearFilters(): void {
    clearTimeout(this.searchTimer);
    this.setFilters({ status: 'all', priority: '', query: '' });
  }

  // Opening a case ----------------------------------------------------------------------------

  private open(kase: CaseSummary): void {
    const event = new EqCaseOpenEvent(kase.id, kase.number);
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    this.returnTo = { id: kase.id, scrollTop: this.scroller?.scrollTop ?? 0 };
    this.caseId = kase.id;
  }

  private handleBack(event: EqCaseBackEvent): void {
    if (!this.caseId) return;
    event.stopPropagation();
    this.caseId = '';
    if (this.stale) void this.refresh();
  }

  /** Back from the case view: the list where it was, focus on the case that was opened. */
  private async restorePosition(): Promise<void> {
    const target = this.returnTo;
    this.returnTo = undefined;
    await this.updateComplete;
    const scroller = this.scroller;
    if (!target || !scroller) return;
    // Hidden, the list lost its scroll position; the rows rendered then are still there.
    scroller.scrollTop = target.scrollTop;
    const index = this.cases.findIndex((c) => c.id === target.id);
    if (index >= 0) await this.rows.scrollToIndex(index, 'nearest');
    scroller
      .querySelector<HTMLElement>(`[data-case-id="${CSS.escape(target.id)}"]`)
      ?.focus({ preventScroll: true });
  }

  private handleRowKeydown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row) return;
    event.preventDefault();
    const index = Number(row.dataset.index) + (event.key === 'ArrowDown' ? 1 : -1);
    if (index < 0 || index >= this.cases.length) return;
    void this.rows
      .scrollToIndex(index, 'nearest')
      .then(() =>
        this.scroller?.querySelector<HTMLElement>(`[data-index="${index}"] button`)?.focus(),
      );
  }

  // Rendering ---------------------------------------------------------------------------------

  private get resolvedLocale(): string {
    return this.supportConfig.locale;
  }

  // Counted texts, in every plural form (see `plural`); `n` is the count as formatted.
  private waitingText(count: number): string {
    const n = this.formatCount(count);
    return plural(count, {
      one: msg(str`${n} case is waiting for your reply.`, { id: 'p1747df' }),
      few: msg(str`${n} cases are waiting for your reply.`, { id: 'pfbb3cd' }),
      many: msg(str`${n} cases are waiting for your reply.`, { id: 'p309cc2' }),
      other: msg(str`${n} cases are waiting for your reply.`, { id: 'p870dc5' }),
    });
  }

  private listedText(count: number, n: string): string {
    return plural(count, {
      one: msg(str`${n} case`, { id: 'p6aebad' }),
      few: msg(str`${n} cases`, { id: 'p0a533c' }),
      many: msg(str`${n} cases`, { id: 'p9f462a' }),
      other: msg(str`${n} cases`, { id: 'p1ad83e' }),
    });
  }

  private showingAllText(count: number, n: string): string {
    return plural(count, {
      one: msg(str`Showing ${n} case`, { id: 'p8980a3' }),
      few: msg(str`Showing all ${n} cases`, { id: 'p6691ca' }),
      many: msg(str`Showing all ${n} cases`, { id: 'p6d2570' }),
      other: msg(str`Showing all ${n} cases`, { id: 'p8bbcb7' }),
    });
  }

  private formatCount(n: number): string {
    return new Intl.NumberFormat(this.resolvedLocale).format(n);
  }

  protected override render() {
    return html`${this.caseId ? this.renderView() : nothing}
      <section class="cases" aria-labelledby="title" ?hidden=${this.caseId !== ''}>
        ${this.renderHeader()} ${this.renderFilters()}
        ${this.listTask.render({
          initial: () => this.renderSkeleton(),
          pending: () => (this.list ? this.renderList(this.list, true) : this.renderSkeleton()),
          complete: () => (this.list ? this.renderList(this.list) : this.renderSkeleton()),
          error: (error) =>
            this.list ? this.renderList(this.list, false, error) : this.renderError(error),
        })}
      </section>`;
  }

  private renderView() {
    return html`<eq-case-view
      part="view"
      case-id=${this.caseId}
      show-back
      @eq-case-back=${this.handleBack}
    ></eq-case-view>`;
  }

  private renderHeader() {
    const waiting = this.list?.waiting ?? 0;
    return html`<header class="header" part="header">
      <h2 id="title" class=${this.hideHeading ? 'visually-hidden' : ''}>${msg('My Cases')}</h2>
      <button
        type="button"
        class="button primary"
        @click=${() => this.dispatchEvent(new EqCreateCaseEvent())}
      >
        ${msg('Create a Case')}
      </button>
      ${
        waiting > 0
          ? html`<p class="waiting-summary" part="waiting-summary">
              <span>${this.waitingText(waiting)}</span>
              ${
                this.status === 'waiting_for_customer'
                  ? nothing
                  : html`<button
                      type="button"
                      class="link-button"
                      @click=${() => this.setFilters({ status: 'waiting_for_customer' })}
                    >
                      ${msg('Show them')}
                    </button>`
              }
            </p>`
          : nothing
      }
    </header>`;
  }

  private renderFilters() {
    const statuses: [StatusFilter, string][] = [
      ['all', msg('All cases')],
      ['open', msg('Open')],
      ['waiting_for_customer', msg('Waiting for your reply')],
      ['closed', msg('Resolved or closed')],
    ];
    const sorts: [CaseSort, string][] = [
      ['-updatedAt', msg('Last update, newest first')],
      ['updatedAt', msg('Last update, oldest first')],
      ['-priority', msg('Priority, most severe first')],
      ['priority', msg('Priority, least severe first')],
    ];
    // Values a host may deep-link to that have no option of their own.
    if (this.sort === '-createdAt' || this.sort === 'createdAt')
      sorts.push([
        this.sort,
        this.sort === '-createdAt' ? msg('Creation, newest first') : msg('Creation, oldest first'),
      ]);
    // On a narrow list the three fields fold into one button that counts those not at their default.
    const changed =
      Number(this.status !== 'all') +
      Number(this.priority !== '') +
      Number(this.sort !== '-updatedAt');
    const single = CASE_STATUSES.find((s) => s === this.status);
    if (single && !statuses.some(([s]) => s === single))
      statuses.push([single, statusLabel(single)]);
    return html`<form
      class="filters"
      part="filters"
      role="search"
      aria-label=${msg('Find cases')}
      @submit=${this.handleSearchSubmit}
    >
      <div class="field search">
        <label for="q">${msg('Search')}</label>
        <input
          id="q"
          type="search"
          autocomplete="off"
          aria-describedby="q-help"
          .value=${this.searchText}
          @input=${this.handleSearchInput}
        />
        <p class="help" id="q-help">${msg('Case number or words of the subject')}</p>
      </div>
      <button
        type="button"
        class="button filter-toggle"
        aria-expanded=${this.filtersOpen}
        aria-controls="filter-fields"
        @click=${() => (this.filtersOpen = !this.filtersOpen)}
      >
        ${changed ? msg(str`Filters (${changed})`) : msg('Filters')}
      </button>
      <div id="filter-fields" class="filter-fields ${this.filtersOpen ? 'open' : ''}">
        <div class="field">
          <label for="status">${msg('Status')}</label>
          <select
            id="status"
            @change=${(e: Event) =>
              this.setFilters({ status: (e.target as HTMLSelectElement).value as StatusFilter })}
          >
            ${statuses.map(
              ([value, label]) =>
                html`<option value=${value} ?selected=${this.status === value}>${label}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="priority">${msg('Priority')}</label>
          <select
            id="priority"
            @change=${(e: Event) =>
              this.setFilters({ priority: (e.target as HTMLSelectElement).value })}
          >
            <option value="" ?selected=${this.priority === ''}>${msg('All priorities')}</option>
            ${PRIORITIES.map(
              (p) =>
                html`<option value=${p} ?selected=${this.priority === p}>
                  ${priorityLabel(p)}
                </option>`,
            )}
            ${
              this.priority !== '' && !(PRIORITIES as readonly string[]).includes(this.priority)
                ? html`<option value=${this.priority} selected>${this.priority}</option>`
                : nothing
            }
          </select>
        </div>
        <div class="field">
          <label for="sort">${msg('Sort by')}</label>
          <select
            id="sort"
            @change=${(e: Event) =>
              this.setFilters({ sort: (e.target as HTMLSelectElement).value as CaseSort })}
          >
            ${sorts.map(
              ([value, label]) =>
                html`<option value=${value} ?selected=${this.sort === value}>${label}</option>`,
            )}
          </select>
        </div>
      </div>
    </form>`;
  }

  private renderSkeleton() {
    return html`<div class="skeleton" aria-busy="true" part="list">
      <p role="status" class="visually-hidden">${msg('Loading your cases…')}</p>
      ${[0, 1, 2, 3, 4].map(() => html`<div class="bone"></div>`)}
    </div>`;
  }

  private renderError(error: unknown) {
    return html`<div class="notice danger state" role="alert" part="error">
      <p><strong>${msg('Your cases could not be loaded.')}</strong></p>
      <p>${describeError(error)}</p>
      ${renderServiceTeam(this.supportConfig.user, 'failure')}
      <button type="button" class="button" @click=${() => void this.listTask.run()}>
        ${msg('Try again')}
      </button>
    </div>`;
  }

  private get filtered(): boolean {
    return this.status !== 'all' || this.priority !== '' || this.query.trim() !== '';
  }

  private renderEmpty() {
    return html`<div class="state empty" part="empty">
      <p role="status">
        <strong
          >${this.filtered ? msg('No cases match these filters.') : msg('You have no cases')}</strong
        >
      </p>
      ${
        this.filtered
          ? html`<button type="button" class="button" @click=${this.clearFilters}>
              ${msg('Clear filters')}
            </button>`
          : html`<p>${msg('When you need help, create a case for the Technical Support team.')}</p>
              <button
                type="button"
                class="button primary"
                @click=${() => this.dispatchEvent(new EqCreateCaseEvent())}
              >
                ${msg('Create a Case')}
              </button>`
      }
    </div>`;
  }

  private renderList(list: ListState, refreshing = false, refreshError?: unknown) {
    if (list.items.length === 0 && !refreshing) return this.renderEmpty();
    const shown = this.formatCount(list.items.length);
    const total = this.formatCount(list.total);
    return html`${
        refreshError
          ? html`<p class="notice danger" role="alert">
              ${msg('The list could not be refreshed:')} ${describeError(refreshError)}
              <button type="button" class="link-button" @click=${() => void this.refresh()}>
                ${msg('Try again')}
              </button>
            </p>`
          : nothing
      }
      <p class="visually-hidden" role="status">
        ${refreshing ? msg('Updating the list…') : this.listedText(list.total, total)}
      </p>
      <div
        class="scroller"
        part="list"
        role="list"
        aria-label=${msg('Cases')}
        aria-busy=${refreshing ? 'true' : 'false'}
        ${ref(this.rows.attach)}
        @keydown=${this.handleRowKeydown}
      >
        ${this.rows.render(list.items, (c, index) => this.renderRow(c, index, list.total))}
      </div>
      <div class="more" part="more">
        <p>
          ${
            list.items.length < list.total
              ? msg(str`Showing ${shown} of ${total} cases`)
              : this.showingAllText(list.total, total)
          }
        </p>
        ${this.renderMore(list)}
      </div>`;
  }

  private renderMore(list: ListState) {
    if (!list.nextCursor) return nothing;
    switch (this.more.state) {
      case 'loading':
        return html`<p role="status">${msg('Loading more cases…')}</p>`;
      case 'error':
        return html`<p class="error" role="alert">${this.more.error}</p>
          <button type="button" class="button" @click=${() => void this.loadMore()}>
            ${msg('Try again')}
          </button>`;
      default:
        return html`<button type="button" class="button" @click=${() => void this.loadMore()}>
          ${msg('Load more')}
        </button>`;
    }
  }

  private renderRow(kase: CaseSummary, index: number, total: number) {
    const waiting = kase.status === 'waiting_for_customer';
    let updated: string;
    let updatedExact: string;
    try {
      updated = formatRelative(kase.updatedAt, this.resolvedLocale);
      updatedExact = formatDateTime(
        kase.updatedAt,
        this.resolvedLocale,
        this.supportConfig.user?.timeZone,
      );
    } catch {
      updated = updatedExact = kase.updatedAt;
    }
    return html`<div
      class="item"
      role="listitem"
      aria-setsize=${total}
      aria-posinset=${index + 1}
      data-index=${index}
    >
      <button
        type="button"
        class="row ${waiting ? 'waiting' : ''}"
        part=${waiting ? 'row row-waiting' : 'row'}
        data-case-id=${kase.id}
        @click=${() => this.open(kase)}
      >
        <span class="line">
          <span class="number">${kase.number}</span>
          <span class="subject">${kase.subject}</span>
        </span>
        <span class="line meta">
          <span part="badge" class="badge ${kase.status}">${statusLabel(kase.status)}</span>
          <span class="priority ${kase.priority}"
            >${msg('Priority:')} ${priorityLabel(kase.priority)}</span
          >
          <span
            >${msg('Updated')}
            <time datetime=${kase.updatedAt} title=${updatedExact}>${updated}</time></span
          >
        </span>
      </button>
    </div>`;
  }
}

// The types of this element's API (properties, events), importable beside it.
export type { SupportBackend } from '../../api/backend.js';
export type { TokenProvider } from '../../api/bearer.js';
export type { StatusFilter, CaseSort, CaseSummary } from '../../api/schemas.js';
export type {
  EqCaseFilterChangeEvent,
  CaseListFilters,
} from '../../events/case-filter-change-event.js';
export type { EqCaseOpenEvent } from '../../events/case-open-event.js';
export type { EqCreateCaseEvent } from '../../events/create-case-event.js';
