/**
 * Resolves an element's configuration: its own `backend` / `api-base` first, then what an
 * enclosing `<eq-support-provider>` (or a container element relaying it) provides. The language is
 * the page's (`page-locale.ts`). Every eq- element owns one, so it works both inside a provider
 * and on its own; elements with the same `api-base` and token provider share one backend.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SupportBackend } from '../api/backend.js';
import type { TokenProvider } from '../api/http-backend.js';
import { createLazyHttpBackend } from '../api/lazy-backend.js';
import type { Locale, User } from '../api/schemas.js';
import { backendContext, userContext } from '../context/contexts.js';
import { pageLocale, requestPageLocale, watchPageLocale } from '../context/page-locale.js';

const NO_TOKEN = {};
/** One backend per API base and token provider, for every element configured alike. */
const ownBackends = new WeakMap<object, Map<string, SupportBackend>>();

function sharedBackend(baseUrl: string, getToken: TokenProvider | undefined): SupportBackend {
  const key = getToken ?? NO_TOKEN;
  let byBase = ownBackends.get(key);
  if (!byBase) {
    byBase = new Map();
    ownBackends.set(key, byBase);
  }
  let backend = byBase.get(baseUrl);
  if (!backend) {
    backend = createLazyHttpBackend({
      baseUrl,
      ...(getToken ? { getToken } : {}),
      locale: pageLocale,
    });
    byBase.set(baseUrl, backend);
  }
  return backend;
}

/** The configuration properties every eq- element accepts directly. */
export interface SupportConfigurable {
  /** Base address of the support API when no provider (or another one) is wanted. */
  apiBase?: string | undefined;
  /** A backend object; takes precedence over `apiBase` and the provider. */
  backend?: SupportBackend | undefined;
  /** Bearer token provider used with `apiBase`. */
  getToken?: TokenProvider | undefined;
  /**
   * Deprecated: the language is one per page (`<eq-support-provider locale>` or `<html lang>`);
   * an element's own `locale` still sets the page's language, with a console warning.
   */
  locale?: string | undefined;
}

type Host = ReactiveControllerHost & HTMLElement & SupportConfigurable;

export class SupportConfigController implements ReactiveController {
  private provided: { backend?: SupportBackend; user?: User } = {};
  private unwatch?: () => void;

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
  }

  hostConnected(): void {
    this.unwatch = watchPageLocale(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unwatch?.();
    requestPageLocale(this.host, undefined, 'element');
  }

  hostUpdate(): void {
    // An element's own `locale` (deprecated) is a wish for the page's language, while it is on
    // the page (an update may still run after it left).
    if (this.host.isConnected)
      requestPageLocale(this.host, this.host.locale, 'element', `<${this.host.localName}>`);
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
    if (this.host.apiBase) return sharedBackend(this.host.apiBase, this.host.getToken);
    return this.provided.backend;
  }

  /** The signed-in person as provided (elements used alone load it through the data layer). */
  get user(): User | undefined {
    return this.isStandalone ? undefined : this.provided.user;
  }

  /** The page's language (one for every element). */
  get locale(): Locale {
    return pageLocale();
  }
}
