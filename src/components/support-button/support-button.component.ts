import { deprecated } from '../../deprecation.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SupportBackend } from '../../api/backend.js';
import type { TokenProvider } from '../../api/http-backend.js';
import {
  SupportConfigController,
  type SupportConfigurable,
} from '../../controllers/support-config.js';
import { EqErrorEvent } from '../../events/error-event.js';
import type { EqCloseEvent } from '../../events/launcher-events.js';
// Types only: the launcher module itself loads on interaction (see preload()).
import type * as LauncherModuleNamespace from '../launcher/launcher.js';
import type { CasePrefill, OpenOptions } from '../launcher/prefill.js';
import { supportButtonStyles } from './support-button.styles.js';
import { buttonMsg, str } from './texts.js';

type LauncherModule = typeof LauncherModuleNamespace;
type Launcher = InstanceType<LauncherModule['EqSupportLauncher']>;
export type Placement = 'bottom-right' | 'bottom-left' | 'inline';

const REFRESH_MS = 5 * 60 * 1000;

/**
 * Runs `task` once the host page has started: after its load event (its own scripts, which may
 * set `getToken` only after the SDK's, have run by then), when it is idle. The badge never
 * competes with the host's start-up, nor asks before the host said who is signed in.
 */
function afterStartUp(task: () => void): void {
  const idle = () =>
    (window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1)))(task, {
      timeout: 4000,
    });
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

/**
 * What the launcher needs and cannot do without (README "Browser support"): CSS light-dark()
 * for its colours and a modal <dialog>. Below that, the button says so instead of opening.
 */
function isSupported(): boolean {
  return (
    typeof HTMLDialogElement === 'function' &&
    'showModal' in HTMLDialogElement.prototype &&
    typeof CSS !== 'undefined' &&
    CSS.supports('color', 'light-dark(#000, #fff)')
  );
}
let sheet: CSSStyleSheet | undefined;

/**
 * The Contact Support button: all a host pays for at page load. It has no dependency of its own
 * (no Lit: it is a plain custom element that hosts the same reactive controllers), and the
 * launcher — the dialog with the case form, the case list and the documentation, Lit included —
 * loads on hover, focus or click, never before.
 *
 * @summary A Contact Support button that opens the whole support experience in a dialog.
 * @attr {string} label - Text of the button; "Contact Support" by default.
 * @attr {'bottom-right' | 'bottom-left' | 'inline'} placement - `bottom-right` (default), `bottom-left` or `inline`.
 * @attr {string} api-base - Base address of the support API, when used without a provider.
 * @attr {string} locale - Interface language; defaults to the provider's, then the page's `lang`.
 * @attr {string} privacy-url - Address of the privacy policy, linked from the launcher.
 * @attr {'center' | 'end' | 'start'} dialog-placement - Where the dialog opens: `center` (default), or a full-height side
 *   sheet at the page's inline `end` or `start`. Read each time the dialog opens.
 * @attr {'help-site' | 'dialog'} article-target - Where a suggested article opens: `help-site` (default, a new tab) or
 *   `dialog` (the documentation's reading pane in the dialog, without help-site links).
 * @fires eq-open - The dialog opened (`view`).
 * @fires eq-close - The dialog closed; a half-filled case stays as a draft.
 * @fires eq-error - The badge count could not be loaded (`operation` is `count-waiting`).
 * @csspart button - The button.
 * @csspart badge - The count of cases waiting for the person's reply.
 * @cssprop --eq-z-index - Stacking order of the floating button (the dialog itself opens in the top layer).
 * @cssprop --eq-button-offset - Distance of the floating button from the page corner.
 * @cssprop --eq-button-radius - Corner radius of the button.
 * @cssprop --eq-color-primary - Background of the button.
 * @cssprop --eq-dialog-max-width - Width My Cases, a case and the documentation grow to on wide
 *   screens (default 76.8em, 1152 px); the home, the form and the settings stay 736 px wide.
 * @cssprop --eq-dialog-sheet-width - Width of the side sheet (default 36em, 540 px).
 */
export class EqSupportButton
  // Evaluates on a server (Node: no DOM, no HTMLElement) so a server render can import it.
  extends (globalThis.HTMLElement ?? Object)
  implements ReactiveControllerHost, SupportConfigurable
{
  static observedAttributes = ['label', 'placement', 'api-base', 'locale', 'privacy-url'];

  /** A backend object; takes precedence over `api-base` and the provider. */
  get backend(): SupportBackend | undefined {
    return this.ownBackend;
  }
  set backend(value: SupportBackend | undefined) {
    this.ownBackend = value;
    this.requestUpdate();
  }

  /** Bearer token provider used with `api-base`. */
  get getToken(): TokenProvider | undefined {
    return this.tokenProvider;
  }
  set getToken(value: TokenProvider | undefined) {
    this.tokenProvider = value;
    this.requestUpdate();
  }

  /**
   * What the host is showing, prefilled in a new case (e.g. the current deal); `open({ prefill })`
   * adds to it. Update it on route changes in a single-page app.
   */
  get prefill(): CasePrefill | undefined {
    return this.hostContext;
  }
  set prefill(value: CasePrefill | undefined) {
    this.hostContext = value;
  }

  /**
   * The prefill under its old name, which read like @lit/context's.
   * @deprecated Use `prefill` (removed in the next release).
   */
  get context(): CasePrefill | undefined {
    return this.hostContext;
  }
  set context(value: CasePrefill | undefined) {
    deprecated('<eq-support-button> context', 'use prefill');
    this.hostContext = value;
  }

  /** Text of the button; "Contact Support" by default. */
  get label(): string | undefined {
    return this.getAttribute('label') ?? undefined;
  }
  set label(value: string | undefined) {
    this.reflect('label', value);
  }

  /** Where the button sits: floating in a corner, or inline where the host put it. */
  get placement(): Placement {
    const value = this.getAttribute('placement');
    return value === 'bottom-left' || value === 'inline' ? value : 'bottom-right';
  }
  set placement(value: Placement) {
    this.setAttribute('placement', value);
  }

  /** Base address of the support API, when the button is used without a provider. */
  get apiBase(): string | undefined {
    return this.getAttribute('api-base') ?? undefined;
  }
  set apiBase(value: string | undefined) {
    this.reflect('api-base', value);
  }

  /** Interface language; defaults to the provider's, then the page's `lang`. */
  get locale(): string | undefined {
    return this.getAttribute('locale') ?? undefined;
  }
  set locale(value: string | undefined) {
    this.reflect('locale', value);
  }

  /** Address of the privacy policy, linked from the launcher. */
  get privacyUrl(): string | undefined {
    return this.getAttribute('privacy-url') ?? undefined;
  }
  set privacyUrl(value: string | undefined) {
    this.reflect('privacy-url', value);
  }

  /** Whether the dialog is open. */
  get isOpen(): boolean {
    return this.opened;
  }

  /** Resolves once pending changes are rendered. */
  get updateComplete(): Promise<boolean> {
    return this.updating ?? Promise.resolve(true);
  }

  private ownBackend?: SupportBackend;
  private tokenProvider?: TokenProvider;
  private hostContext?: CasePrefill;
  private readonly controllers = new Set<ReactiveController>();
  private updating?: Promise<boolean>;
  private opened = false;
  private waiting = 0;
  private launcherModule?: Promise<LauncherModule>;
  private launcher?: Launcher;
  private refreshTimer?: ReturnType<typeof setInterval>;
  private countRequest?: AbortController;
  private pendingOpen?: OpenOptions;
  /** The host page's element that had focus when the dialog opened, when not this button. */
  private opener?: HTMLElement;
  private lastBackend?: SupportBackend;
  /** A count waits for the page's start-up; settings changed meanwhile join that one count. */
  private countScheduled = false;
  private readonly trigger: HTMLButtonElement;
  private readonly float: HTMLDivElement;
  private notice?: HTMLElement;
  private readonly text: HTMLSpanElement;
  private readonly badge: HTMLSpanElement;
  private readonly badgeText: HTMLSpanElement;

  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') void this.refreshCount();
  };

  /**
   * The resolved configuration (backend, person, language).
   * @internal
   */
  readonly supportConfig: SupportConfigController;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    if ('replaceSync' in CSSStyleSheet.prototype) {
      sheet ??= new CSSStyleSheet();
      if (sheet.cssRules.length === 0) sheet.replaceSync(supportButtonStyles);
      root.adoptedStyleSheets = [sheet];
    } else {
      // Engines without constructable stylesheets (below the minimum) still draw the button.
      const style = document.createElement('style');
      style.textContent = supportButtonStyles;
      root.append(style);
    }
    this.trigger = document.createElement('button');
    this.trigger.className = 'trigger';
    this.trigger.type = 'button';
    this.trigger.setAttribute('part', 'button');
    this.trigger.setAttribute('aria-haspopup', 'dialog');
    this.trigger.setAttribute('aria-expanded', 'false');
    const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    icon.setAttribute('viewBox', '0 0 24 24');
    icon.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', 'M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12Z');
    icon.append(path);
    this.text = document.createElement('span');
    this.badge = document.createElement('span');
    this.badge.className = 'badge';
    this.badge.setAttribute('part', 'badge');
    this.badge.setAttribute('aria-hidden', 'true');
    this.badgeText = document.createElement('span');
    this.badgeText.className = 'visually-hidden';
    this.trigger.append(icon, this.text, this.badge, this.badgeText);
    const warmUp = () => void this.preload();
    for (const type of ['pointerenter', 'focus', 'touchstart']) {
      this.trigger.addEventListener(type, warmUp, { passive: true });
    }
    this.trigger.addEventListener('click', () => void this.open());
    // Floating, the button lives in the top layer (a manual popover): an ancestor with a
    // transform or filter would otherwise capture its position: fixed, and host content with any
    // z-index could cover it. Inline, or in an engine without popovers, it stays in place.
    this.float = document.createElement('div');
    this.float.className = 'float';
    this.float.append(this.trigger);
    root.append(this.float);
    this.supportConfig = new SupportConfigController(this);
    // A host (or a framework) may have set properties before this element was defined: they sit
    // on the instance and hide the accessors. Take them through the accessors instead.
    for (const name of [
      'backend',
      'getToken',
      'context',
      'prefill',
      'label',
      'placement',
      'apiBase',
    ] as const) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value: unknown = this[name];
        delete (this as unknown as Record<string, unknown>)[name];
        (this as unknown as Record<string, unknown>)[name] = value;
      }
    }
  }

  // ReactiveControllerHost, so the shared controllers (configuration, context) work here too.
  /** Adds a Lit reactive controller, as a LitElement does (`ReactiveControllerHost`). */
  addController(controller: ReactiveController): void {
    this.controllers.add(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  /** Removes a controller added with `addController()`. */
  removeController(controller: ReactiveController): void {
    this.controllers.delete(controller);
  }

  /** Schedules a render of the button's state (one per microtask). */
  requestUpdate(): void {
    this.updating ??= Promise.resolve().then(() => {
      this.updating = undefined;
      this.update();
      return true;
    });
  }

  connectedCallback(): void {
    if (!this.hasAttribute('placement')) this.setAttribute('placement', 'bottom-right');
    for (const controller of this.controllers) controller.hostConnected?.();
    document.addEventListener('visibilitychange', this.onVisibility);
    this.refreshTimer = setInterval(() => void this.refreshCount(), REFRESH_MS);
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearInterval(this.refreshTimer);
    this.countRequest?.abort();
  }

  attributeChangedCallback(): void {
    this.requestUpdate();
  }

  private reflect(name: string, value: string | undefined): void {
    if (value === undefined || value === null) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  private update(): void {
    for (const controller of this.controllers) controller.hostUpdate?.();
    this.place();
    const msg = buttonMsg(this.supportConfig.locale);
    this.text.textContent = this.label ?? msg('Contact Support');
    this.trigger.setAttribute('aria-expanded', String(this.opened));
    this.badge.hidden = this.waiting === 0;
    this.badgeText.hidden = this.waiting === 0;
    this.badge.textContent = String(this.waiting);
    this.badgeText.textContent =
      this.waiting === 1
        ? msg('(1 case waits for your reply)')
        : msg(str`(${this.waiting} cases wait for your reply)`);
    if (this.launcher) this.configureLauncher(this.launcher);
    const backend = this.supportConfig.backend;
    if (backend !== this.lastBackend) {
      this.lastBackend = backend;
      if (!this.countScheduled) {
        this.countScheduled = true;
        afterStartUp(() => {
          this.countScheduled = false;
          void this.refreshCount();
        });
      }
    }
    for (const controller of this.controllers) controller.hostUpdated?.();
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
    this.requestUpdate();
  }

  /** Starts loading the launcher (called on hover and focus, so the first open feels instant). */
  preload(): Promise<LauncherModule> {
    // A failed load (offline, a deploy that removed the chunk) is not kept: the next press tries again.
    return (this.launcherModule ??= import('../launcher/launcher.js').catch((error: unknown) => {
      this.launcherModule = undefined;
      throw error;
    }));
  }

  private configureLauncher(launcher: Launcher): void {
    // A button used on its own hands its backend down; inside a provider, context does.
    launcher.backend = this.supportConfig.isStandalone ? this.supportConfig.backend : undefined;
    launcher.privacyUrl = this.privacyUrl;
  }

  /** Puts the floating button in the top layer, or back in place when inline. */
  private place(): void {
    const float = this.float;
    if (!('showPopover' in float)) return;
    const floating = this.placement !== 'inline';
    if (floating && this.isConnected) {
      float.popover = 'manual';
      if (!float.matches(':popover-open')) float.showPopover();
    } else if (float.popover) {
      if (float.matches(':popover-open')) float.hidePopover();
      float.removeAttribute('popover');
    }
  }

  /** Tells the person plainly, instead of failing, when this engine is below the supported minimum. */
  private showUnsupported(): void {
    if (!this.notice) {
      this.notice = document.createElement('p');
      this.notice.className = 'notice';
      this.notice.setAttribute('part', 'notice');
      this.notice.setAttribute('role', 'alert');
      this.float.prepend(this.notice);
    }
    const msg = buttonMsg(this.supportConfig.locale);
    this.notice.textContent = msg(
      'Contact Support needs a newer browser. Update your browser, or contact your Local Service Team.',
    );
  }

  /** Opens the support dialog, optionally on a view and with a prefilled case. */
  async open(options: OpenOptions = {}): Promise<void> {
    if (!isSupported()) {
      this.showUnsupported();
      return;
    }
    this.pendingOpen = options;
    // Focus goes back to what opened the dialog: a host's own button (a deal row's shortcut)
    // as well as this one.
    if (!this.opened) {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const ours = active === this || (active && this.shadowRoot!.contains(active));
      const nothingFocused = active === document.body || active === document.documentElement;
      this.opener = active instanceof HTMLElement && !ours && !nothingFocused ? active : undefined;
    }
    await this.preload();
    if (this.pendingOpen !== options) return;
    if (!this.launcher) {
      const launcher = document.createElement('eq-support-launcher');
      launcher.addEventListener('eq-close', (event: EqCloseEvent) => {
        if (event.target === launcher) this.handleClosed();
      });
      this.configureLauncher(launcher);
      this.shadowRoot!.append(launcher);
      this.launcher = launcher;
    }
    await this.launcher.updateComplete;
    this.launcher.open({ ...options, prefill: { ...this.hostContext, ...options.prefill } });
    this.opened = true;
    this.requestUpdate();
  }

  /** Closes the dialog (a half-filled case stays as a draft). */
  close(): void {
    this.launcher?.close();
  }

  private handleClosed(): void {
    this.opened = false;
    this.requestUpdate();
    const opener = this.opener;
    this.opener = undefined;
    opener?.focus();
    const root = opener?.getRootNode() as Document | ShadowRoot | undefined;
    if (!opener?.isConnected || root?.activeElement !== opener) this.trigger.focus();
    void this.refreshCount();
  }
}

// The types of this element's API (properties, events), importable beside it.
export type { SupportBackend } from '../../api/backend.js';
export type { TokenProvider } from '../../api/bearer.js';
export type { EqErrorEvent } from '../../events/error-event.js';
export type { EqOpenEvent, EqCloseEvent } from '../../events/launcher-events.js';
export type { CasePrefill, OpenOptions } from '../launcher/prefill.js';
export type { ReactiveController } from 'lit';
