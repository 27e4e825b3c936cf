import { localized, msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ArticleSummary } from '../../api/schemas.js';
import { EqArticleOpenEvent } from '../../events/article-open-event.js';
import { EqArticleSolvedEvent } from '../../events/article-solved-event.js';
import { EqErrorEvent } from '../../events/error-event.js';
import { EqSimilarCaseSelectEvent } from '../../events/similar-case-select-event.js';
import { buttonStyles, fieldStyles, tokens } from '../../styles/shared.js';
import { DebouncedSearchController } from '../../controllers/debounced-search.js';
import { describeError } from '../shared/error-message.js';
import { statusLabel } from '../shared/labels.js';
import type { MessagePart } from '../../locales/parts.js';
import { SupportElement } from '../support-element.js';
import { asError, highlighted, knownErrorBadge, workaround } from './article-parts.js';
import { safeHref } from '../../url/safe-url.js';
import {
  createCaseMatcher,
  getArticleIndex,
  loadFuse,
  queryTerms,
  searchArticles,
  type ArticleMatch,
  type SimilarCase,
} from '../../search/article-search.js';
import { articleStyles, articleSuggestStyles } from './article-suggest.styles.js';

/**
 * `search`: the element has its own search box (an ARIA combobox). `inline`: it lists
 * suggestions for the `query` its host sets (e.g. the subject of a case being typed).
 */
export type SuggestMode = 'search' | 'inline';

interface SearchResult {
  query: string;
  matches: ArticleMatch[];
}

/** One entry of the list: the person's similar open case, or an article with its 1-based rank. */
type Entry =
  { kind: 'case'; similar: SimilarCase } | { kind: 'article'; match: ArticleMatch; rank: number };

interface Opened {
  article: ArticleSummary;
  query: string;
  rank: number;
  solved: boolean;
}

const NO_RESULTS: SearchResult = { query: '', matches: [] };

/**
 * Suggests help articles for what the person is typing, to solve the problem before a case is
 * filed: fuzzy search (fuse.js) over the help center's articles, active known errors first with
 * their workaround, and — when the person already has an open case that looks the same — "You may
 * already have a case for this".
 *
 * Two modes (`mode`): with `query` set by the host (e.g. `<eq-case-form>` binds the subject) it is
 * a polite live region listing links, titled "These articles might be helpful"; used alone, it
 * has its own search box following the ARIA combobox pattern (arrow keys, Enter, Escape). Without
 * `mode`, it is `inline` as soon as `query` is set and `search` otherwise.
 *
 * Articles open on the help site in a new tab; `eq-article-open` fires first (cancel it to show
 * the article elsewhere, e.g. in `<eq-documentation>`). The article index is fetched once per
 * backend and cached for 10 minutes, shared with `<eq-documentation>`.
 *
 * @summary Help-article suggestions and "you may already have a case" while a case is written.
 *
 * @fires eq-article-open - An article was chosen (`article`, `query`, `rank`, `source`). Cancelable.
 * @fires eq-article-solved - The person answered "This solved my problem" (`article`, `query`, `rank`).
 * @fires eq-similar-case-select - The person chose their similar open case (`caseId`, `number`, `summary`, `query`).
 * @fires eq-error - The person's open cases could not be loaded (`operation`: `load-open-cases`).
 *
 * @csspart base - The wrapper: the live region (inline) or the combobox (search).
 * @csspart label - The search box's label (search mode).
 * @csspart input - The search box (search mode).
 * @csspart listbox - The popup list of options (search mode).
 * @csspart option - One option of the list (search mode).
 * @csspart heading - "These articles might be helpful" (inline mode).
 * @csspart list - The list of suggested articles (inline mode).
 * @csspart item - One suggested article (inline mode).
 * @csspart link - The link of a suggested article (inline mode).
 * @csspart highlight - A matched word (`<mark>`).
 * @csspart badge - The "Known error" badge.
 * @csspart workaround - The workaround of a known error.
 * @csspart summary - An article's summary.
 * @csspart similar-case - "You may already have a case for this" (inline mode).
 * @csspart feedback - "Did … solve your problem?" after an article was opened.
 * @csspart solved-button - The "This solved my problem" button.
 * @csspart status - Loading, "no results" and error messages.
 *
 * @cssprop --eq-article-highlight - Background of matched words.
 * @cssprop --eq-article-suggest-max-height - Maximum height of the popup list (search mode).
 * @cssprop --eq-article-suggest-z-index - Stacking order of the popup list (search mode).
 */
@localized()
export class EqArticleSuggest extends SupportElement {
  /** @internal */
  static override messages: MessagePart = 'suggest';
  static override styles = [tokens, buttonStyles, fieldStyles, articleStyles, articleSuggestStyles];
  static override shadowRootOptions: ShadowRootInit = {
    ...SupportElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /**
   * Text to find articles for. Set by a host (e.g. bound to a case subject), it makes the element
   * list suggestions (inline mode); in search mode it pre-fills the search box.
   */
  @property() query?: string;

  /** `inline` (suggestions for `query`) or `search` (own search box); see the class description. */
  @property() mode?: SuggestMode;

  /** At most this many articles are suggested. */
  @property({ type: Number }) limit = 5;

  /** Milliseconds without typing before searching. */
  @property({ type: Number }) debounce = 250;

  /** Label of the search box (search mode); "Search help articles" by default. */
  @property() label?: string;

  /** Do not look for a similar open case of the person. */
  @property({ type: Boolean, attribute: 'hide-cases' }) hideCases = false;

  /** What the person typed in the search box (search mode). */
  @state() private typed = '';

  /** Whether the popup list is open (search mode). */
  @state() private expanded = false;

  /** Index of the active option in the popup list, -1 for none. */
  @state() private activeIndex = -1;

  /** The article last opened, for "Did it solve your problem?". */
  @state() private opened?: Opened;

  /** Open cases are loaded once the person has typed something. */
  @state() private casesWanted = false;

  private readonly debounced = new DebouncedSearchController(this, {
    delay: () => this.debounce,
    hasTerms: (text) => queryTerms(text).length > 0,
  });
  private shownResult?: SearchResult;
  private activateFirstOnResults = false;
  private shownSimilarId?: string;

  private readonly searchTask = new Task(this, {
    task: async ([backend, text, limit], { signal }): Promise<SearchResult> => {
      if (!backend || !queryTerms(text).length) return NO_RESULTS;
      const index = await getArticleIndex(backend, { signal });
      return { query: text, matches: searchArticles(index, text, { limit }) };
    },
    args: () => [this.supportConfig.backend, this.searched, this.limit] as const,
  });

  private readonly casesTask = new Task(this, {
    task: async ([backend, wanted], { signal }) => {
      if (!backend || !wanted) return undefined;
      try {
        const [page] = await Promise.all([
          backend.listCases({ status: 'open', limit: 100 }, { signal }),
          loadFuse(),
        ]);
        return createCaseMatcher(page.items);
      } catch (error) {
        // A nicety, not a reason to show an error next to the articles: tell the host only.
        if (!signal.aborted)
          this.dispatchEvent(new EqErrorEvent(asError(error), 'load-open-cases'));
        return undefined;
      }
    },
    args: () => [this.supportConfig.backend, this.casesWanted && !this.hideCases] as const,
  });

  /** The mode in effect. */
  get resolvedMode(): SuggestMode {
    if (this.mode === 'search' || this.mode === 'inline') return this.mode;
    return this.query === undefined ? 'search' : 'inline';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Picks up a search that a disconnect cancelled.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') && this.resolvedMode === 'search') this.typed = this.query ?? '';
    const text = this.resolvedMode === 'search' ? this.typed : (this.query ?? '');
    this.debounced.follow(text);
    if (this.searched.trim()) this.casesWanted = true;
    const result = this.searchTask.value;
    const similarId = this.similar?.case.id;
    if (result !== this.shownResult) {
      this.shownResult = result;
      this.activeIndex = this.activateFirstOnResults && this.entries.length ? 0 : -1;
      this.activateFirstOnResults = false;
    } else if (similarId !== this.shownSimilarId && this.activeIndex >= 0) {
      // The case option came or went above the articles: keep the same article active.
      this.activeIndex = Math.max(
        -1,
        this.activeIndex + (similarId ? 1 : -1) - (this.shownSimilarId && similarId ? 1 : 0),
      );
    }
    this.shownSimilarId = similarId;
  }

  /** The text last searched (after the debounce). */
  private get searched(): string {
    return this.debounced.searched;
  }

  /** The similar open case for the text searched, if any. */
  private get similar(): SimilarCase | undefined {
    if (this.hideCases) return undefined;
    return this.casesTask.value?.(this.searched);
  }

  private get result(): SearchResult {
    return this.searchTask.value ?? NO_RESULTS;
  }

  /** The options as listed: the similar case first, then the articles. */
  private get entries(): Entry[] {
    const similar = this.similar;
    const entries: Entry[] = similar ? [{ kind: 'case', similar }] : [];
    this.result.matches.forEach((match, i) =>
      entries.push({ kind: 'article', match, rank: i + 1 }),
    );
    return entries;
  }

  // -------------------------------------------------------------------------------------------
  // Actions
  // -------------------------------------------------------------------------------------------

  /**
   * Tells the host an article was chosen; unless it cancels, opens the article in a new tab
   * (`openWindow`: links open themselves, options need `window.open`).
   */
  private openArticle(article: ArticleSummary, rank: number, openWindow: boolean): boolean {
    const query = this.result.query;
    const proceed = this.dispatchEvent(new EqArticleOpenEvent(article, query, rank, 'suggestions'));
    this.opened = { article, query, rank, solved: false };
    const href = safeHref(article.url);
    if (proceed && openWindow && href) window.open(href, '_blank', 'noopener');
    return proceed;
  }

  private selectCase(similar: SimilarCase): void {
    this.dispatchEvent(new EqSimilarCaseSelectEvent(similar.case, this.result.query));
  }

  private activate(entry: Entry): void {
    this.expanded = false;
    this.activeIndex = -1;
    if (entry.kind === 'case') this.selectCase(entry.similar);
    else this.openArticle(entry.match.article, entry.rank, true);
  }

  private handleLinkClick(event: MouseEvent, article: ArticleSummary, rank: number): void {
    if (!this.openArticle(article, rank, false)) event.preventDefault();
  }

  private handleSolved(): void {
    const opened = this.opened;
    if (!opened || opened.solved) return;
    this.opened = { ...opened, solved: true };
    this.dispatchEvent(
      new EqArticleSolvedEvent(opened.article, opened.query, opened.rank, 'suggestions'),
    );
  }

  private handleInput(event: Event): void {
    this.typed = (event.target as HTMLInputElement).value;
    this.expanded = true;
    this.activateFirstOnResults = false;
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    const entries = this.entries;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (this.debounced.flush() || this.searchTask.status === TaskStatus.PENDING) {
          // Results for the latest text are on their way: open on them.
          this.expanded = true;
          this.activateFirstOnResults = true;
          return;
        }
        if (!entries.length) return;
        if (!this.expanded || this.activeIndex < 0) {
          this.expanded = true;
          this.activeIndex = down ? 0 : entries.length - 1;
        } else {
          this.activeIndex = (this.activeIndex + (down ? 1 : -1) + entries.length) % entries.length;
        }
        return;
      }
      case 'Enter': {
        const entry = this.expanded ? entries[this.activeIndex] : undefined;
        if (!entry) return;
        event.preventDefault();
        this.activate(entry);
        return;
      }
      case 'Escape':
        // Handled here, the key must not also close a dialog around the element.
        if (this.expanded && entries.length) {
          event.preventDefault();
          event.stopPropagation();
          this.expanded = false;
          this.activeIndex = -1;
        } else if (this.typed) {
          event.preventDefault();
          event.stopPropagation();
          this.typed = '';
        }
        return;
    }
  }

  private handleFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.renderRoot.contains(next)) {
      this.expanded = false;
      this.activeIndex = -1;
    }
  }

  /** Keeps the focus in the search box when an option is clicked. */
  private handleListMouseDown(event: MouseEvent): void {
    event.preventDefault();
  }

  // -------------------------------------------------------------------------------------------
  // Rendering
  // -------------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return this.resolvedMode === 'search' ? this.renderSearch() : this.renderInline();
  }

  private get loading(): boolean {
    return this.searchTask.status === TaskStatus.PENDING && this.searchTask.value === undefined;
  }

  private renderError(): TemplateResult | typeof nothing {
    if (this.searchTask.status !== TaskStatus.ERROR) return nothing;
    return html`<div class="notice danger" part="status">
      <p class="error" role="alert">${describeError(this.searchTask.error)}</p>
      <button type="button" class="link-button" @click=${() => void this.searchTask.run()}>
        ${msg('Try again')}
      </button>
    </div>`;
  }

  private renderFeedback(): TemplateResult | typeof nothing {
    const opened = this.opened;
    if (!opened) return nothing;
    if (opened.solved) {
      return html`<p class="feedback" part="feedback">${msg('Thanks — glad it helped.')}</p>`;
    }
    return html`<p class="feedback" part="feedback">
      <span>${msg(str`Did “${opened.article.title}” solve your problem?`)}</span>
      <button type="button" class="button" part="solved-button" @click=${this.handleSolved}>
        ${msg('This solved my problem')}
      </button>
    </p>`;
  }

  // Inline mode: a polite live region listing links.

  private renderInline(): TemplateResult {
    const { matches } = this.result;
    const similar = this.similar;
    return html`<div
      class="suggestions"
      part="base"
      aria-live="polite"
      aria-busy=${this.searchTask.status === TaskStatus.PENDING ? 'true' : 'false'}
    >
      ${similar ? this.renderSimilarInline(similar) : nothing}
      ${
        matches.length
          ? html`<p class="heading" id="heading" part="heading">
                ${msg('These articles might be helpful')}
              </p>
              <ul aria-labelledby="heading" part="list">
                ${matches.map((match, i) => this.renderItem(match, i + 1))}
              </ul>`
          : nothing
      }
      ${this.renderError()} ${this.renderFeedback()}
    </div>`;
  }

  private renderSimilarInline(similar: SimilarCase): TemplateResult {
    const { number, status } = similar.case;
    return html`<div class="similar" part="similar-case">
      <p class="heading" id="similar-heading">${msg('You may already have a case for this')}</p>
      <button
        type="button"
        class="link-button"
        aria-describedby="similar-heading"
        @click=${() => this.selectCase(similar)}
      >
        ${msg(str`Case ${number}`)}: ${highlighted(similar.subject)}
      </button>
      <span class="summary">(${statusLabel(status)})</span>
    </div>`;
  }

  private renderItem(match: ArticleMatch, rank: number): TemplateResult {
    const { article } = match;
    const href = safeHref(article.url);
    const title = highlighted(match.title);
    return html`<li class="item" part="item">
      ${
        href
          ? html`<a
              part="link"
              href=${href}
              target="_blank"
              rel="noopener"
              @click=${(event: MouseEvent) => this.handleLinkClick(event, article, rank)}
              >${title}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span></a
            >`
          : html`<span class="title">${title}</span>`
      }
      ${knownErrorBadge(article)}
      <p class="summary" part="summary">${highlighted(match.summary)}</p>
      ${workaround(article)}
    </li>`;
  }

  // Search mode: the ARIA combobox.

  private renderSearch(): TemplateResult {
    const entries = this.entries;
    const open = this.expanded && entries.length > 0;
    const active = open && this.activeIndex >= 0 ? `option-${this.activeIndex}` : undefined;
    const caseEntries = entries.filter((entry) => entry.kind === 'case');
    const articleEntries = entries.filter((entry) => entry.kind === 'article');
    return html`<div class="combobox" part="base" @focusout=${this.handleFocusOut}>
        <label class="label" id="label" for="input" part="label"
          >${this.label ?? msg('Search help articles')}</label
        >
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          aria-labelledby="label"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-controls="listbox"
          aria-expanded=${open ? 'true' : 'false'}
          aria-activedescendant=${active ?? nothing}
          .value=${live(this.typed)}
          @input=${this.handleInput}
          @keydown=${this.handleKeydown}
        />
        <div
          id="listbox"
          role="listbox"
          part="listbox"
          aria-label=${msg('Suggestions')}
          ?hidden=${!open}
          @mousedown=${this.handleListMouseDown}
        >
          ${this.renderGroup('cases', msg('You may already have a case for this'), caseEntries, entries)}
          ${this.renderGroup('articles', msg('Help articles'), articleEntries, entries)}
        </div>
        ${this.renderStatus(entries.length)}
      </div>
      ${this.renderError()}
      <div aria-live="polite">${this.renderFeedback()}</div>`;
  }

  private renderStatus(count: number): TemplateResult {
    let text = '';
    let visible = false;
    if (this.loading && queryTerms(this.searched).length) {
      text = msg('Loading articles…');
      visible = true;
    } else if (this.searchTask.status === TaskStatus.COMPLETE && queryTerms(this.searched).length) {
      if (count === 0) {
        text = msg(str`No help articles match “${this.searched.trim()}”.`);
        visible = true;
      } else if (this.expanded) {
        text =
          count === 1
            ? msg('1 suggestion. Use the arrow keys to choose it.')
            : msg(str`${count} suggestions. Use the arrow keys to choose one.`);
      }
    }
    return html`<p class="message ${visible ? '' : 'visually-hidden'}" role="status" part="status">
      ${text}
    </p>`;
  }

  /** A labelled group of the listbox's options (nothing when it has none). */
  private renderGroup(
    id: string,
    label: string,
    group: readonly Entry[],
    entries: readonly Entry[],
  ) {
    if (!group.length) return nothing;
    return html`<div role="group" aria-labelledby="${id}-label">
      <div class="group-label" id="${id}-label" role="presentation">${label}</div>
      ${group.map((entry) => this.renderOption(entry, entries.indexOf(entry)))}
    </div>`;
  }

  private renderOption(entry: Entry, index: number): TemplateResult {
    const selected = index === this.activeIndex;
    // The keyboard works on the combobox input (aria-activedescendant), as the ARIA combobox
    // pattern requires; options themselves are only clicked with a pointer.
    const option = (content: TemplateResult) =>
      // eslint-disable-next-line lit-a11y/click-events-have-key-events -- keys: see above
      html`<div
        id="option-${index}"
        role="option"
        part="option"
        aria-selected=${selected ? 'true' : 'false'}
        @click=${() => this.activate(entry)}
      >
        ${content}
      </div>`;
    if (entry.kind === 'case') {
      const { number, status } = entry.similar.case;
      return option(
        html`<span class="title"
            >${msg(str`Case ${number}`)}: ${highlighted(entry.similar.subject)}</span
          >
          <span class="summary">(${statusLabel(status)})</span>`,
      );
    }
    const { article } = entry.match;
    return option(html`
      <span class="title">${highlighted(entry.match.title)}</span> ${knownErrorBadge(article)}
      <span class="summary" part="summary">${highlighted(entry.match.summary)}</span>
      ${
        article.knownError
          ? html`<span class="workaround" part="workaround"
              ><strong>${msg('Workaround:')}</strong> ${article.knownError.workaround}</span
            >`
          : nothing
      }
    `);
  }
}

// The types of this element's API (properties, events), importable beside it.
export type { SupportBackend } from '../../api/backend.js';
export type { TokenProvider } from '../../api/bearer.js';
export type { EqArticleOpenEvent } from '../../events/article-open-event.js';
export type { EqArticleSolvedEvent } from '../../events/article-solved-event.js';
export type { EqErrorEvent } from '../../events/error-event.js';
export type { EqSimilarCaseSelectEvent } from '../../events/similar-case-select-event.js';
