/**
 * A SupportBackend that loads the HTTP client (ky, zod) on its first call. Lets a page that only
 * shows the Contact Support button configure a backend without paying for the client up front.
 */
import { BACKEND_METHODS, type SupportBackend } from './backend.js';
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
  return lazy as unknown as SupportBackend;
}
