import type { RedactRule } from '../diagnostics/redact.js';
import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SupportBackend } from '../api/backend.js';
import type { TokenProvider } from '../api/http-backend.js';
import { createLazyHttpBackend, lazyBackendLoaded } from '../api/lazy-backend.js';
import type { User } from '../api/schemas.js';
import { EqErrorEvent } from '../events/error-event.js';
import { backendContext, localeContext, userContext } from './contexts.js';
import { pageLocale, requestPageLocale, watchPageLocale } from './page-locale.js';
import { forget, loadUser, USER_KEY } from '../data/shared-data.js';
import { setServiceTeamText } from '../components/shared/service-team-text.js';

/**
 * Configures every eq- element inside it: the backend, the signed-in person and the language.
 *
 * @summary Provides backend, user and locale to the eq- elements it contains.
 * @slot - The page content; eq- elements anywhere inside are configured.
 * @fires eq-error - The signed-in person could not be loaded (`operation` is `load-user`).
 *
 * With `api-base`, nothing is requested at page load: the client and the person load when an
 * element first talks to the backend.
 */
export class EqSupportProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base address of the support API, e.g. `/api` or `https://support.example.com/api`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /**
   * Interface language of the whole page (`en`, `fr`, `es`, `pl`, `pt-BR`); defaults to
   * `<html lang>`. @lit/localize holds one language per page: every eq- element shows this one.
   */
  @property() locale?: string;

  /** Async bearer token provider, asked again with `forceRefresh` after a 401. */
  @property({ attribute: false }) getToken?: TokenProvider;

  /** Per-attempt request timeout in milliseconds (default 15000), used with `api-base`. */
  @property({ type: Number, attribute: 'request-timeout' }) requestTimeout?: number;

  /**
   * Collects the page's console errors and failed requests (redacted, in memory) from now on,
   * for the case form's "Include diagnostics". Off by default; nothing is sent unless the person
   * attaches it.
   */
  @property({ type: Boolean }) diagnostics = false;

  /**
   * Rules of the host's own for redacting diagnostics: patterns whose matches become
   * `[redacted]`, or functions given each address and message.
   */
  @property({ attribute: false }) diagnosticsRedact?: readonly RedactRule[];

  /**
   * Who the people of this page contact when support cannot help, e.g. `your Maestro account
   * manager (am@example.com)`: named under errors that keep them from support and beside the
   * requests outside its scope, when the backend names no Local Service Team for the person (or
   * cannot be reached to say). One text for the page, like the language.
   */
  @property({ attribute: 'service-team' }) serviceTeam?: string;

  /** A backend object; replaces `api-base` (e.g. a host's own implementation). */
  @property({ attribute: false }) backend?: SupportBackend;

  /** The signed-in person, once loaded. */
  @state() user?: User;

  private readonly backendProvider = new ContextProvider(this, { context: backendContext });
  private readonly userProvider = new ContextProvider(this, { context: userContext });
  private readonly localeProvider = new ContextProvider(this, { context: localeContext });
  private userRequest?: AbortController;
  private unwatch?: () => void;

  /** The backend given to the elements inside. */
  get resolvedBackend(): SupportBackend | undefined {
    return this.backendProvider.value;
  }

  /** The language of the page, which every eq- element shows. */
  get resolvedLocale(): string {
    return pageLocale();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unwatch = watchPageLocale(() => this.localeProvider.setValue(pageLocale()));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch?.();
    requestPageLocale(this, undefined, 'provider');
    this.userRequest?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('serviceTeam')) setServiceTeamText(this.serviceTeam);
    if (this.diagnostics && (changed.has('diagnostics') || changed.has('diagnosticsRedact')))
      void import('../diagnostics/collector.js').then((m) =>
        m.startDiagnostics(this.diagnosticsRedact ? { redact: this.diagnosticsRedact } : {}),
      );
    if (
      changed.has('backend') ||
      changed.has('apiBase') ||
      changed.has('getToken') ||
      changed.has('requestTimeout')
    ) {
      const backend =
        this.backend ??
        (this.apiBase
          ? createLazyHttpBackend({
              baseUrl: this.apiBase,
              getToken: (context) => this.getToken?.(context),
              locale: pageLocale,
              ...(this.requestTimeout ? { timeout: this.requestTimeout } : {}),
            })
          : undefined);
      this.backendProvider.setValue(backend);
      // With api-base, the client (ky, zod) loads only when an element first needs it — not for
      // the provider at page load. The person is loaded once that has happened.
      const loaded = backend ? lazyBackendLoaded(backend) : null;
      if (loaded) {
        this.user = undefined;
        this.userProvider.setValue(undefined);
        void loaded.then(() => {
          if (this.backendProvider.value === backend) void this.loadUser(backend);
        });
      } else {
        void this.loadUser(backend);
      }
    }
    if (changed.has('locale')) requestPageLocale(this, this.locale, 'provider');
    this.localeProvider.setValue(pageLocale());
  }

  /** Loads the signed-in person again (e.g. after the host's sign-in changed). */
  async reloadUser(): Promise<void> {
    const backend = this.backendProvider.value;
    if (backend) forget(backend, USER_KEY);
    await this.loadUser(backend);
  }

  private async loadUser(backend: SupportBackend | undefined): Promise<void> {
    this.userRequest?.abort();
    this.user = undefined;
    this.userProvider.setValue(undefined);
    if (!backend) return;
    const request = new AbortController();
    this.userRequest = request;
    try {
      const user = await loadUser(backend, request.signal);
      if (request.signal.aborted) return;
      this.user = user;
      this.userProvider.setValue(user);
    } catch (error) {
      if (request.signal.aborted) return;
      this.dispatchEvent(
        new EqErrorEvent(error instanceof Error ? error : new Error(String(error)), 'load-user'),
      );
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

// The types of this element's API (properties, events), importable beside it.
export type { SupportBackend } from '../api/backend.js';
export type { TokenProvider } from '../api/bearer.js';
export type { User } from '../api/schemas.js';
export type { EqErrorEvent } from '../events/error-event.js';
export type { RedactRule } from '../diagnostics/redact.js';
