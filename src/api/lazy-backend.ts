/**
 * A SupportBackend that loads the HTTP client (ky, zod) on its first call. Lets a page that only
 * shows the Contact Support button configure a backend without paying for the client up front.
 * The button's badge count is answered with a small fetch of its own, so it never loads the client.
 */
import { BACKEND_METHODS, type RequestOptions, type SupportBackend } from './backend.js';
import { AbortedError, HttpError, InvalidResponseError, NetworkError } from './errors.js';
import type { HttpBackendOptions } from './http-backend.js';

export function createLazyHttpBackend(options: HttpBackendOptions): SupportBackend {
  let real: Promise<SupportBackend> | undefined;
  const load = () =>
    (real ??= import('./http-backend.js').then((m) => m.createHttpBackend(options)));
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
    const send = async (forceRefresh: boolean) => {
      const headers: Record<string, string> = { Accept: 'application/json' };
      const token = await options.getToken?.({ forceRefresh });
      if (token) headers.Authorization = `Bearer ${token}`;
      const base = options.baseUrl.replace(/\/+$/, '');
      return (options.fetch ?? globalThis.fetch)(
        `${base}/cases?status=waiting_for_customer&limit=1`,
        {
          headers,
          ...(request.signal ? { signal: request.signal } : {}),
        },
      );
    };
    let response: Response;
    try {
      response = await send(false);
      if (response.status === 401 && options.getToken) response = await send(true);
    } catch (error) {
      if (request.signal?.aborted) throw new AbortedError({ cause: error });
      throw new NetworkError(undefined, { cause: error });
    }
    if (!response.ok) throw new HttpError(response.status, undefined);
    const body: unknown = await response.json().catch(() => null);
    const count = (body as { waitingForCustomer?: unknown } | null)?.waitingForCustomer;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      throw new InvalidResponseError('GET /cases', ['waitingForCustomer: expected a whole number']);
    }
    return count;
  }
  lazy.countWaitingCases = countWaitingCases as (...args: unknown[]) => Promise<unknown>;
  return lazy as unknown as SupportBackend;
}
