import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { EqErrorEvent } from '../../events/error-event.js';
import type { EqCloseEvent } from '../../events/launcher-events.js';
// Types only: the launcher module itself loads on interaction (see preload()).
import type * as LauncherModuleNamespace from '../launcher/launcher.js';
import type { CasePrefill, OpenOptions } from '../launcher/prefill.js';
import { SupportElement } from '../support-element.js';
import { supportButtonStyles } from './support-button.styles.js';

type LauncherModule = typeof LauncherModuleNamespace;
type Launcher = InstanceType<LauncherModule['EqSupportLauncher']>;

const REFRESH_MS = 5 * 60 * 1000;

/**
 * The Contact Support button: all a host pays for at page load. The launcher (the dialog with the
 * case form, the case list and the documentation) loads on hover, focus or click, never before.
 *
 * @summary A Contact Support button that opens the whole support experience in a dialog.
 * @fires eq-open - The dialog opened (`view`).
 * @fires eq-close - The dialog closed; a half-filled case stays as a draft.
 * @fires eq-error - The badge count could not be loaded (`operation` is `count-waiting`).
 * @csspart button - The button.
 * @csspart badge - The count of cases waiting for the person's reply.
 * @cssprop --eq-z-index - Stacking order of the floating button (the dialog itself opens in the top layer).
 * @cssprop --eq-button-offset - Distance of the floating button from the page corner.
 * @cssprop --eq-button-radius - Corner radius of the button.
 * @cssprop --eq-color-primary - Background of the button.
 */
@localized()
export class EqSupportButton extends SupportElement {
  static override styles = [...SupportElement.styles, supportButtonStyles];

  /** Text of the button; "Contact Support" by default. */
  @property() label?: string;

  /** Where the button sits: floating in a corner, or inline where the host put it. */
  @property({ reflect: true }) placement: 'bottom-right' | 'bottom-left' | 'inline' =
    'bottom-right';

  /**
   * What the host is showing, used to prefill a new case (e.g. the current deal). Update it on
   * route changes in a single-page app.
   */
  @property({ attribute: false }) context?: CasePrefill;

  /** Address of the privacy policy, linked from the launcher. */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;

  /** Whether the dialog is open. */
  @state() private opened = false;
  @state() private launcherLoaded = false;
  @state() private waiting = 0;

  @query('.trigger') private trigger!: HTMLButtonElement;
  private launcherModule?: Promise<LauncherModule>;
  private refreshTimer?: ReturnType<typeof setInterval>;
  private countRequest?: AbortController;
  private pendingOpen?: OpenOptions;

  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') void this.refreshCount();
  };

  /** Whether the dialog is open. */
  get isOpen(): boolean {
    return this.opened;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    this.refreshTimer = setInterval(() => void this.refreshCount(), REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearInterval(this.refreshTimer);
    this.countRequest?.abort();
  }

  private lastBackend: unknown;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const backend = this.supportConfig.backend;
    if (backend !== this.lastBackend) {
      this.lastBackend = backend;
      // The badge waits until the page is idle: it never competes with the host's own start-up.
      const idle =
        window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
      idle(() => void this.refreshCount(), { timeout: 4000 });
    }
  }

  /** Reloads the count of cases waiting for the person's reply. */
  async refreshCount(): Promise<void> {
    const backend = this.supportConfig.backend;
    if (!backend) return;
    this.countRequest?.abort();
    const request = new AbortController();
    this.countRequest = request;
    try {
      this.waiting = backend.countWaitingCases
        ? await backend.countWaitingCases({ signal: request.signal })
        : (
            await backend.listCases(
              { status: 'waiting_for_customer', limit: 1 },
              { signal: request.signal },
            )
          ).waitingForCustomer;
    } catch (error) {
      if (request.signal.aborted) return;
      this.waiting = 0;
      this.dispatchEvent(
        new EqErrorEvent(
          error instanceof Error ? error : new Error(String(error)),
          'count-waiting',
        ),
      );
    }
  }

  /** Starts loading the launcher (called on hover and focus, so the first open feels instant). */
  preload(): Promise<LauncherModule> {
    return (this.launcherModule ??= import('../launcher/launcher.js'));
  }

  /** Opens the support dialog, optionally on a view and with a prefilled case. */
  async open(options: OpenOptions = {}): Promise<void> {
    this.pendingOpen = options;
    await this.preload();
    this.launcherLoaded = true;
    await this.updateComplete;
    const launcher = this.renderRoot.querySelector<Launcher>('eq-support-launcher');
    if (!launcher || this.pendingOpen !== options) return;
    await launcher.updateComplete;
    launcher.show({ ...options, prefill: { ...this.context, ...options.prefill } });
    this.opened = true;
  }

  /** Closes the dialog (a half-filled case stays as a draft). */
  close(): void {
    this.renderRoot.querySelector<Launcher>('eq-support-launcher')?.close();
  }

  private handleClosed(event: EqCloseEvent): void {
    if (event.target !== this.renderRoot.querySelector('eq-support-launcher')) return;
    this.opened = false;
    this.trigger?.focus();
    void this.refreshCount();
  }

  protected override render() {
    const label = this.label ?? msg('Contact Support');
    const warmUp = () => void this.preload();
    return html`
      <button
        class="trigger"
        part="button"
        type="button"
        aria-haspopup="dialog"
        aria-expanded=${this.opened ? 'true' : 'false'}
        @pointerenter=${warmUp}
        @focus=${warmUp}
        @touchstart=${warmUp}
        @click=${() => void this.open()}
      >
        <svg
          viewBox="0 0 24 24"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          stroke-width="2"
        >
          <path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12Z" />
        </svg>
        <span>${label}</span>
        ${
          this.waiting > 0
            ? html`<span class="badge" part="badge" aria-hidden="true">${this.waiting}</span>
                <span class="visually-hidden">
                  ${
                    this.waiting === 1
                      ? msg('(1 case waits for your reply)')
                      : msg(str`(${this.waiting} cases wait for your reply)`)
                  }
                </span>`
            : nothing
        }
      </button>
      ${
        this.launcherLoaded
          ? html`<eq-support-launcher
              .backend=${this.supportConfig.isStandalone ? this.supportConfig.backend : undefined}
              locale=${this.locale ?? nothing}
              privacy-url=${this.privacyUrl ?? nothing}
              @eq-close=${this.handleClosed}
            ></eq-support-launcher>`
          : nothing
      }
    `;
  }
}
