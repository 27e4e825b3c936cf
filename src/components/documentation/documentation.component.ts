import { localized, msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { InvalidResponseError } from '../../api/errors.js';
import type { Article, ArticleSection, ArticleSummary } from '../../api/schemas.js';
import { EqArticleOpenEvent } from '../../events/article-open-event.js';
import { EqArticleSolvedEvent } from '../../events/article-solved-event.js';
import { buttonStyles, fieldStyles, tokens } from '../../styles/shared.js';
import {
  highlighted,
  knownErrorBadge,
  knownErrorStatusLabel,
  workaround,
} from '../article-suggest/article-parts.js';
import { safeHref } from '../../url/safe-url.js';
import {
  browseArticles,
  getArticleIndex,
  getArticles,
  queryTerms,
  searchArticles,
  type ArticleIndex,
  type HighlightSegment,
} from '../../search/article-search.js';
import { articleStyles } from '../article-suggest/article-suggest.styles.js';
import { describeError } from '../shared/error-message.js';
import { DebouncedSearchController } from '../../controllers/debounced-search.js';
import type { MessagePart } from '../../locales/parts.js';
import { plural } from '../../localization.js';
import { SupportElement } from '../support-element.js';
import { sanitizeArticleBody } from './article-body.js';
import { documentationStyles } from './documentation.styles.js';

/** A section of the help center, or all of them. */
export type DocumentationSection = 'all' | ArticleSection;

const SECTIONS: readonly DocumentationSection[] = ['all', 'platform', 'api', 'reports'];

function sectionLabel(section: DocumentationSection): string {
  switch (section) {
    case 'all':
      return msg('All');
    case 'platform':
      return msg('Platform');
    case 'api':
      return msg('API');
    case 'reports':
      return msg('Reports');
  }
}

interface ListItem {
  article: ArticleSummary;
  title: readonly HighlightSegment[];
  summary: readonly HighlightSegment[];
}

/** Where the open article came from, for `eq-article-solved`. */
interface OpenedFrom {
  id: string;
  query: string;
  rank: number | null;
}

const plain = (text: string): HighlightSegment[] => [{ text, match: false }];

/**
 * The help center inside the page: search, browse by section (Platform, API, Reports), the known
 * errors (the "Known Error page"), and a reading pane that shows an article sanitized — its body
 * is untrusted HTML, rebuilt from an allowlist (no scripts, styles, event handlers, forms or frames;
 * links open in a new tab) — with a link to the full article on the help site and a "This solved
 * my problem" button. `article-id` opens an article directly.
 *
 * The articles are fetched once per backend and cached for 10 minutes, shared with
 * `<eq-article-suggest>`.
 *
 * @summary Searchable documentation with sections, known errors and a safe reading pane.
 *
 * @fires eq-article-open - An article was opened from the list (`article`, `query`, `rank`, `source: 'documentation'`). Cancelable: the article is then not shown.
 * @fires eq-article-solved - The person answered "This solved my problem" for the open article.
 *
 * @csspart base - The layout around the list and the reading pane.
 * @csspart search - The search box.
 * @csspart tabs - The section tabs.
 * @csspart tab - One section tab.
 * @csspart known-errors-toggle - The "Known errors" filter button.
 * @csspart results - The list of articles (tab panel).
 * @csspart item - One article of the list.
 * @csspart link - The title link of an article in the list.
 * @csspart highlight - A matched word (`<mark>`).
 * @csspart badge - The "Known error" badge.
 * @csspart workaround - The workaround of a known error.
 * @csspart summary - An article's summary in the list.
 * @csspart article - The reading pane.
 * @csspart title - The title of the open article.
 * @csspart known-error - The known-error notice of the open article.
 * @csspart body - The sanitized body of the open article.
 * @csspart help-link - The link to the full article on the help site.
 * @csspart back - The "Back to the articles" button.
 * @csspart solved-button - The "This solved my problem" button.
 *
 * @cssprop --eq-article-highlight - Background of matched words.
 * @cssprop --eq-font-family-mono - Font of code in articles.
 * @cssprop --eq-documentation-reader-max-height - Height of the reading pane beside the list, which scrolls on its own (default: the viewport's).
 */
@localized()
export class EqDocumentation extends SupportElement {
  /** @internal */
  static override messages: MessagePart = 'documentation';
  static override styles = [tokens, buttonStyles, fieldStyles, articleStyles, documentationStyles];

  /** Id of the article shown in the reading pane ('' for none). */
  @property({ attribute: 'article-id' }) articleId = '';

  /** Section listed: `all`, `platform`, `api` or `reports`. */
  @property() section: DocumentationSection = 'all';

  /** List known errors only (the "Known Error page"). */
  @property({ type: Boolean, attribute: 'known-errors' }) knownErrors = false;

  /** Search text; the list shows the best matches for it. */
  @property() query = '';

  /** At most this many search results are listed. */
  @property({ type: Number }) limit = 50;

  /** Milliseconds without typing before searching. */
  @property({ type: Number }) debounce = 200;

  /** No "Read the full article on the help site" link: for a host without a help site. */
  @property({ type: Boolean, attribute: 'hide-help-site-links' }) hideHelpSiteLinks = false;

  @state() private solved: ReadonlySet<string> = new Set();
  @state() private browseLimit = 100;

  @query('.article-body') private bodyElement?: HTMLElement;
  @query('#article-title') private titleElement?: HTMLElement;

  private readonly debounced = new DebouncedSearchController(this, {
    delay: () => this.debounce,
    hasTerms: (text) => queryTerms(text).length > 0,
  });
  private openedFrom?: OpenedFrom;
  private filled?: { container: HTMLElement; article: Article };
  private focusTitleOnLoad = false;
  private returnFocusTo?: string;

  private readonly articlesTask = new Task(this, {
    task: async ([backend], { signal }): Promise<ArticleSummary[] | undefined> =>
      backend ? getArticles(backend, { signal }) : undefined,
    args: () => [this.supportConfig.backend] as const,
  });

  /** The search index (with fuse.js), loaded with the first search only: browsing needs neither. */
  private readonly indexTask = new Task(this, {
    task: async ([backend, searching], { signal }): Promise<ArticleIndex | undefined> =>
      backend && searching ? getArticleIndex(backend, { signal }) : undefined,
    args: () => [this.supportConfig.backend, queryTerms(this.searched).length > 0] as const,
  });

  private readonly articleTask = new Task(this, {
    task: async ([backend, id], { signal }): Promise<Article | undefined> =>
      backend && id ? backend.getArticle(id, { signal }) : undefined,
    args: () => [this.supportConfig.backend, this.articleId] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!SECTIONS.includes(this.section)) this.section = 'all';
    this.debounced.follow(this.query);
    if (changed.has('section') || changed.has('knownErrors')) this.browseLimit = 100;
    if (changed.has('articleId') && this.openedFrom?.id !== this.articleId) {
      this.openedFrom = undefined;
    }
  }

  /** The text last searched (after the debounce). */
  private get searched(): string {
    return this.debounced.searched;
  }

  protected override updated(): void {
    const article = this.currentArticle;
    const container = this.bodyElement;
    if (
      article &&
      container &&
      (this.filled?.container !== container || this.filled.article !== article)
    ) {
      container.replaceChildren(sanitizeArticleBody(article.body, article.url));
      // Lit does not render into this container, so its listener is added here.
      if (this.filled?.container !== container) {
        container.addEventListener('click', this.handleBodyClick);
      }
      this.filled = { container, article };
    }
    if (article && this.focusTitleOnLoad && this.titleElement) {
      this.focusTitleOnLoad = false;
      this.titleElement.focus();
    }
    if (!this.articleId && this.returnFocusTo) {
      const id = this.returnFocusTo;
      this.returnFocusTo = undefined;
      const link = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-article-id]')].find(
        (element) => element.dataset.articleId === id,
      );
      (link ?? this.renderRoot.querySelector<HTMLElement>('#search'))?.focus();
    }
  }

  /** The loaded article, when it is the one asked for. */
  private get currentArticle(): Article | undefined {
    const article = this.articleTask.value;
    return article?.id === this.articleId ? article : undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Actions
  // -------------------------------------------------------------------------------------------

  /** Opens `article` in the reading pane unless the host cancels `eq-article-open`. */
  private open(article: ArticleSummary, query: string, rank: number | null): void {
    const proceed = this.dispatchEvent(
      new EqArticleOpenEvent(article, query, rank, 'documentation'),
    );
    if (!proceed) return;
    this.openedFrom = { id: article.id, query, rank };
    this.focusTitleOnLoad = true;
    this.articleId = article.id;
  }

  private handleOpenClick(event: MouseEvent, article: ArticleSummary, rank: number): void {
    // Let the browser open the help site for a middle or modified click.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    this.open(article, this.searched, rank);
  }

  /** A link in an article to another article of the help center opens it here. */
  private readonly handleBodyClick = (event: MouseEvent): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    const anchor = (event.target as Element | null)?.closest('a');
    const href = anchor?.getAttribute('href');
    const articles = this.articlesTask.value;
    if (!href || !articles) return;
    const target = articles.find((article) => safeHref(article.url) === href);
    if (!target) return;
    event.preventDefault();
    this.open(target, '', null);
  };

  private handleBack(): void {
    this.returnFocusTo = this.articleId;
    this.articleId = '';
  }

  private handleSolved(article: Article): void {
    if (this.solved.has(article.id)) return;
    this.solved = new Set([...this.solved, article.id]);
    const from = this.openedFrom?.id === article.id ? this.openedFrom : undefined;
    this.dispatchEvent(
      new EqArticleSolvedEvent(article, from?.query ?? '', from?.rank ?? null, 'documentation'),
    );
  }

  private handleSearchInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private selectSection(section: DocumentationSection, focus = false): void {
    this.section = section;
    if (focus) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#tab-${section}`)?.focus(),
      );
    }
  }

  /** Arrow keys, Home and End move between the tabs (ARIA tabs, automatic activation). */
  private handleTabKeydown(event: KeyboardEvent): void {
    const current = SECTIONS.indexOf(this.section);
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = (current + 1) % SECTIONS.length;
        break;
      case 'ArrowLeft':
        next = (current - 1 + SECTIONS.length) % SECTIONS.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = SECTIONS.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.selectSection(SECTIONS[next]!, true);
  }

  // -------------------------------------------------------------------------------------------
  // Rendering
  // -------------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const reading = Boolean(this.articleId);
    return html`<div class="layout ${reading ? 'reading' : ''}" part="base">
      <div class="browse">${this.renderBrowse()}</div>
      ${reading ? this.renderReader() : nothing}
    </div>`;
  }

  private renderBrowse(): TemplateResult {
    const articles = this.articlesTask.value;
    const section = this.section === 'all' ? undefined : this.section;
    const knownErrorCount = articles
      ? browseArticles(articles, { section, knownErrorsOnly: true }).length
      : 0;
    return html`
      <form role="search" @submit=${(event: Event) => event.preventDefault()}>
        <label for="search">${msg('Search the documentation')}</label>
        <input
          id="search"
          type="search"
          part="search"
          autocomplete="off"
          .value=${live(this.query)}
          @input=${this.handleSearchInput}
        />
      </form>
      <div class="filters">
        <div
          role="tablist"
          aria-label=${msg('Sections')}
          part="tabs"
          @keydown=${this.handleTabKeydown}
        >
          ${SECTIONS.map(
            (section) =>
              html`<button
                type="button"
                role="tab"
                id="tab-${section}"
                part="tab"
                aria-selected=${section === this.section ? 'true' : 'false'}
                aria-controls="results"
                tabindex=${section === this.section ? '0' : '-1'}
                @click=${() => this.selectSection(section)}
              >
                ${sectionLabel(section)}
              </button>`,
          )}
        </div>
        <button
          type="button"
          class="button"
          part="known-errors-toggle"
          aria-pressed=${this.knownErrors ? 'true' : 'false'}
          @click=${() => (this.knownErrors = !this.knownErrors)}
        >
          ${msg(str`Known errors (${knownErrorCount})`)}
        </button>
      </div>
      <div role="tabpanel" id="results" part="results" aria-labelledby="tab-${this.section}">
        ${this.renderList(articles)}
      </div>
    `;
  }

  private renderList(articles: ArticleSummary[] | undefined): TemplateResult {
    const failed = [this.articlesTask, this.indexTask].find((t) => t.status === TaskStatus.ERROR);
    if (failed) {
      return html`<div class="notice danger">
        <p class="error" role="alert">${describeError(failed.error)}</p>
        <button type="button" class="link-button" @click=${() => void failed.run()}>
          ${msg('Try again')}
        </button>
      </div>`;
    }
    const searching = queryTerms(this.searched).length > 0;
    const index = this.indexTask.value;
    if (!articles || (searching && !index)) {
      return html`<p class="count" role="status">${msg('Loading the documentation…')}</p>`;
    }
    const section = this.section === 'all' ? undefined : this.section;
    const knownErrorsOnly = this.knownErrors;
    let items: ListItem[];
    let total: number;
    if (searching && index) {
      items = searchArticles(index, this.searched, { limit: this.limit, section, knownErrorsOnly });
      total = index
        .search(this.searched)
        .filter(({ article }) => !section || article.section === section)
        .filter(({ article }) => !knownErrorsOnly || article.knownError).length;
    } else {
      const all = browseArticles(articles, { section, knownErrorsOnly });
      total = all.length;
      items = all.slice(0, this.browseLimit).map((article) => ({
        article,
        title: plain(article.title),
        summary: plain(article.summary),
      }));
    }
    const shown = this.searched.trim();
    let count: string;
    // Each counted text in every plural form (see `plural`).
    const best = items.length;
    if (!searching) {
      count = plural(total, {
        one: msg(str`${total} article`, { id: 'p48b2a2' }),
        few: msg(str`${total} articles`, { id: 'p337cec' }),
        many: msg(str`${total} articles`, { id: 'p7a5dfd' }),
        other: msg(str`${total} articles`, { id: 'p64419c' }),
      });
    } else if (total === 0) count = msg(str`No articles match “${shown}”.`);
    else if (total > best) {
      count = plural(total, {
        few: msg(str`${total} articles match “${shown}”; the best ${best} are listed.`, {
          id: 'p60912a',
        }),
        many: msg(str`${total} articles match “${shown}”; the best ${best} are listed.`, {
          id: 'paa2cbc',
        }),
        other: msg(str`${total} articles match “${shown}”; the best ${best} are listed.`, {
          id: 'pa939be',
        }),
      });
    } else {
      count = plural(total, {
        one: msg(str`${total} article matches “${shown}”.`, { id: 'p76a314' }),
        few: msg(str`${total} articles match “${shown}”.`, { id: 'p7a1e9f' }),
        many: msg(str`${total} articles match “${shown}”.`, { id: 'p97f743' }),
        other: msg(str`${total} articles match “${shown}”.`, { id: 'p68609d' }),
      });
    }
    return html`<p class="count" role="status">${count}</p>
      ${
        items.length
          ? html`<ul class="results">
              ${items.map((item, i) => this.renderItem(item, i + 1))}
            </ul>`
          : nothing
      }
      ${
        items.length < total
          ? html`<button type="button" class="button" @click=${() => (this.browseLimit += 100)}>
              ${msg('Show more')}
            </button>`
          : nothing
      }`;
  }

  private renderItem({ article, title, summary }: ListItem, rank: number): TemplateResult {
    const href = safeHref(article.url);
    const current = article.id === this.articleId;
    const open = (event: MouseEvent) => this.handleOpenClick(event, article, rank);
    return html`<li part="item">
      ${
        href
          ? html`<a
              href=${href}
              part="link"
              data-article-id=${article.id}
              aria-current=${current ? 'true' : nothing}
              @click=${open}
              >${highlighted(title)}</a
            >`
          : html`<button
              type="button"
              class="link-button"
              part="link"
              data-article-id=${article.id}
              aria-current=${current ? 'true' : nothing}
              @click=${open}
            >
              ${highlighted(title)}
            </button>`
      }
      ${knownErrorBadge(article)}
      <p class="summary" part="summary">${highlighted(summary)}</p>
      ${this.knownErrors ? workaround(article) : nothing}
    </li>`;
  }

  private renderReader(): TemplateResult {
    const back = html`<button
      type="button"
      class="link-button"
      part="back"
      @click=${this.handleBack}
    >
      ${msg('← Back to the articles')}
    </button>`;
    const article = this.currentArticle;
    if (!article) {
      // An answer for another article than the one asked for is an error, not a wait forever.
      const wrong =
        this.articleTask.status === TaskStatus.COMPLETE && this.articleTask.value !== undefined;
      const failed = wrong || this.articleTask.status === TaskStatus.ERROR;
      const error = wrong
        ? new InvalidResponseError(`GET /articles/${this.articleId}`, ['id: another article'])
        : this.articleTask.error;
      return html`<section class="reader" part="article" aria-label=${msg('Article')}>
        ${back}
        ${
          failed
            ? html`<div class="notice danger">
                <p class="error" role="alert">${describeError(error)}</p>
                <button
                  type="button"
                  class="link-button"
                  @click=${() => void this.articleTask.run()}
                >
                  ${msg('Try again')}
                </button>
              </div>`
            : html`<p class="meta" role="status">${msg('Loading the article…')}</p>`
        }
      </section>`;
    }
    const href = safeHref(article.url);
    const solved = this.solved.has(article.id);
    return html`<article class="reader" part="article" aria-labelledby="article-title">
      ${back}
      <h2 id="article-title" part="title" tabindex="-1">${article.title}</h2>
      <p class="meta">
        ${msg(str`Updated ${this.formatDate(article.updatedAt)}`)} ${knownErrorBadge(article)}
      </p>
      ${
        article.knownError
          ? html`<div class="notice warning known-error" part="known-error">
              <p>
                <strong>${msg('Known error')}</strong> ·
                ${knownErrorStatusLabel(article.knownError.status)} ·
                ${msg(str`since ${this.formatDate(article.knownError.since)}`)}
              </p>
              <p><strong>${msg('Workaround:')}</strong> ${article.knownError.workaround}</p>
            </div>`
          : nothing
      }
      <div class="article-body" part="body"></div>
      <div class="actions">
        ${
          href && !this.hideHelpSiteLinks
            ? html`<a href=${href} target="_blank" rel="noopener noreferrer" part="help-link"
                >${msg('Read the full article on the help site')}<span class="visually-hidden">
                  ${msg('(opens in a new tab)')}</span
                ></a
              >`
            : nothing
        }
        <div aria-live="polite">
          ${
            solved
              ? html`<p>${msg('Thanks — glad it helped.')}</p>`
              : html`<button
                  type="button"
                  class="button"
                  part="solved-button"
                  @click=${() => this.handleSolved(article)}
                >
                  ${msg('This solved my problem')}
                </button>`
          }
        </div>
      </div>
    </article>`;
  }

  private formatDate(iso: string): string {
    return new Intl.DateTimeFormat(this.supportConfig.locale, { dateStyle: 'medium' }).format(
      new Date(iso),
    );
  }
}

// The types of this element's API (properties, events), importable beside it.
export type { SupportBackend } from '../../api/backend.js';
export type { TokenProvider } from '../../api/bearer.js';
export type { EqArticleOpenEvent } from '../../events/article-open-event.js';
export type { EqArticleSolvedEvent } from '../../events/article-solved-event.js';
