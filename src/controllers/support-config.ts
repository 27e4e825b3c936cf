/**
 * Resolves an element's configuration: its own `backend` / `api-base` / `locale` first, then what
 * an enclosing `<eq-support-provider>` provides, then the page's language. Every eq- element owns
 * one, so it works both inside a provider and on its own.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SupportBackend } from '../api/backend.js';
import type { TokenProvider } from '../api/http-backend.js';
import { createLazyHttpBackend } from '../api/lazy-backend.js';
import type { Locale, User } from '../api/schemas.js';
import { backendContext, localeContext, userContext } from '../context/contexts.js';
import { DEFAULT_LOCALE, hostLocale, matchLocale } from '../context/locale.js';
import { useLocale } from '../localization.js';

/** The configuration properties every eq- element accepts directly. */
export interface SupportConfigurable {
  /** Base address of the support API when no provider (or another one) is wanted. */
  apiBase?: string | undefined;
  /** A backend object; takes precedence over `apiBase` and the provider. */
  backend?: SupportBackend | undefined;
  /** Bearer token provider used with `apiBase`. */
  getToken?: TokenProvider | undefined;
  /** Interface language; defaults to the provider's, then the page's `lang`. */
  locale?: string | undefined;
}

type Host = ReactiveControllerHost & HTMLElement & SupportConfigurable;

export class SupportConfigController implements ReactiveController {
  private provided: { backend?: SupportBackend; user?: User; locale?: string } = {};
  private own?: { key: string; backend: SupportBackend };
  private langObserver?: MutationObserver;

  constructor(private readonly host: Host) {
    host.addController(this);
    new ContextConsumer(host, {
      context: backendContext,
      subscribe: true,
      callback: (value) => this.set({ backend: value }),
    });
    new ContextConsumer(host, {
      context: userContext,
      subscribe: true,
      callback: (value) => this.set({ user: value }),
    });
    new ContextConsumer(host, {
      context: localeContext,
      subscribe: true,
      callback: (value) => this.set({ locale: value }),
    });
  }

  hostConnected(): void {
    // Follow runtime changes of the page language (<html lang>).
    this.langObserver = new MutationObserver(() => this.host.requestUpdate());
    this.langObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
    });
  }

  hostDisconnected(): void {
    this.langObserver?.disconnect();
  }

  hostUpdate(): void {
    // The strings follow the resolved language (one language per page: the last one asked wins).
    void useLocale(this.locale);
  }

  private set(values: Partial<typeof this.provided>): void {
    this.provided = { ...this.provided, ...values };
    this.host.requestUpdate();
  }

  /** Whether the backend comes from the element itself rather than from a provider. */
  get isStandalone(): boolean {
    return this.host.backend !== undefined || Boolean(this.host.apiBase);
  }

  /** The backend to use, or undefined when the element is not configured (yet). */
  get backend(): SupportBackend | undefined {
    if (this.host.backend) return this.host.backend;
    if (this.host.apiBase) {
      const key = this.host.apiBase;
      if (this.own?.key !== key) {
        this.own = {
          key,
          backend: createLazyHttpBackend({
            baseUrl: key,
            getToken: (context) => this.host.getToken?.(context),
            locale: () => this.locale,
          }),
        };
      }
      return this.own.backend;
    }
    return this.provided.backend;
  }

  /** The signed-in person as provided (elements used alone load it themselves). */
  get user(): User | undefined {
    return this.isStandalone ? undefined : this.provided.user;
  }

  get locale(): Locale {
    return (
      matchLocale(this.host.locale) ??
      matchLocale(this.provided.locale) ??
      hostLocale(this.host) ??
      DEFAULT_LOCALE
    );
  }
}
