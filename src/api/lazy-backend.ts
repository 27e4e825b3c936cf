/**
 * A SupportBackend that loads the HTTP client (ky, zod) on its first call. Lets a page that only
 * shows the Contact Support button configure a backend without paying for the client up front.
 * The button's badge count is answered with a small fetch of its own, so it never loads the client.
 */
import { BACKEND_METHODS, type RequestOptions, type SupportBackend } from './backend.js';
import type { HttpBackendOptions } from './http-backend.js';
import { withBearer } from './bearer.js';

const loadedSignals = new WeakMap<SupportBackend, Promise<void>>();

/**
 * For a lazy backend, a promise that settles once its client has loaded (because something used
 * it); null for any other backend. Lets the provider wait instead of loading the client itself.
 */
export function lazyBackendLoaded(backend: SupportBackend): Promise<void> | null {
  return loadedSignals.get(backend) ?? null;
}

export function createLazyHttpBackend(options: HttpBackendOptions): SupportBackend {
  let real: Promise<SupportBackend> | undefined;
  let markLoaded!: () => void;
  const loaded = new Promise<void>((resolve) => (markLoaded = resolve));
  const load = () =>
    (real ??= import('./http-backend.js').then((m) => {
      markLoaded();
      return m.createHttpBackend(options);
    }));
  const lazy: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of BACKEND_METHODS) {
    lazy[name] = async (...args: unknown[]) => {
      const backend = await load();
      return (backend[name] as (...a: unknown[]) => Promise<unknown>).apply(backend, args);
    };
  }

  /** The badge count without the full client: one GET, a minimal check of the answer. */
  async function countWaitingCases(request: RequestOptions = {}): Promise<number> {
    if (real) return (await real).countWaitingCases!(request);
    const send = async (auth: Record<string, string>) => {
      const base = options.baseUrl.replace(/\/+$/, '');
      return (options.fetch ?? globalThis.fetch)(
        `${base}/cases?status=waiting_for_customer&limit=1`,
        {
          headers: { Accept: 'application/json', ...auth },
          ...(request.signal ? { signal: request.signal } : {}),
        },
      );
    };
    // Plain errors on purpose: the typed error classes are not worth their bytes in the eager
    // bundle for a badge that simply hides when its count cannot be had.
    const response = await withBearer(
      options.getToken,
      send,
      (outcome) => (outcome as Response).status === 401,
    );
    if (!response.ok)
      throw new Error(`The support service answered ${response.status} to GET /cases.`);
    const body: unknown = await response.json().catch(() => null);
    const count = (body as { waitingForCustomer?: unknown } | null)?.waitingForCustomer;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      throw new Error(
        'The support service sent an unexpected answer to GET /cases (waitingForCustomer).',
      );
    }
    return count;
  }
  lazy.countWaitingCases = countWaitingCases as (...args: unknown[]) => Promise<unknown>;
  const backend = lazy as unknown as SupportBackend;
  loadedSignals.set(backend, loaded);
  return backend;
}
