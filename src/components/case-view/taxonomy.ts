/** The taxonomy (labels of types, categories, close reasons, concern categories), once per backend. */
import type { SupportBackend } from '../../api/backend.js';
import { AbortedError } from '../../api/errors.js';
import type { Taxonomy } from '../../api/schemas.js';

const cache = new WeakMap<SupportBackend, Promise<Taxonomy>>();

/** Loads the taxonomy, sharing one request between every view of the same backend. */
export function loadTaxonomy(backend: SupportBackend, signal: AbortSignal): Promise<Taxonomy> {
  let request = cache.get(backend);
  if (!request) {
    request = backend.getTaxonomy();
    cache.set(backend, request);
    request.catch(() => cache.delete(backend));
  }
  // One view leaving must not cancel the request others wait for: only this caller stops waiting.
  return new Promise<Taxonomy>((resolve, reject) => {
    if (signal.aborted) return reject(new AbortedError());
    const abort = () => reject(new AbortedError());
    signal.addEventListener('abort', abort, { once: true });
    request.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
