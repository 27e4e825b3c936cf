/**
 * A SupportBackend that loads the HTTP client (ky, zod) on its first call. Lets a page that only
 * shows the Contact Support button configure a backend without paying for the client up front.
 */
import type { SupportBackend } from './backend.js';
import type { HttpBackendOptions } from './http-backend.js';

export function createLazyHttpBackend(options: HttpBackendOptions): SupportBackend {
  let real: Promise<SupportBackend> | undefined;
  const load = () =>
    (real ??= import('./http-backend.js').then((m) => m.createHttpBackend(options)));
  return new Proxy({} as SupportBackend, {
    get(_target, name) {
      if (typeof name !== 'string' || name === 'then') return undefined;
      return async (...args: unknown[]) => {
        const backend = await load();
        const method = backend[name as keyof SupportBackend] as unknown;
        if (typeof method !== 'function') throw new TypeError(`SupportBackend has no method ${name}`);
        return (method as (...a: unknown[]) => unknown).apply(backend, args);
      };
    },
  });
}
