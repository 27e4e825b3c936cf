/**
 * The taxonomy (labels of types, categories, close reasons, concern categories), once per backend
 * and language: a view in French never gets the English labels another view asked for.
 */
import type { SupportBackend } from '../../api/backend.js';
import { AbortedError } from '../../api/errors.js';
import type { Taxonomy } from '../../api/schemas.js';

const cache = new WeakMap<SupportBackend, Map<string, Promise<Taxonomy>>>();

/**
 * Loads the taxonomy in `locale`, sharing one request between every view of the same backend
 * that shows the same language.
 */
export function loadTaxonomy(
  backend: SupportBackend,
  locale: string,
  signal: AbortSignal,
): Promise<Taxonomy> {
  let requests = cache.get(backend);
  if (!requests) {
    requests = new Map();
    cache.set(backend, requests);
  }
  let request = requests.get(locale);
  if (!request) {
    const pending = backend.getTaxonomy({ locale });
    request = pending;
    requests.set(locale, pending);
    pending.catch(() => {
      if (requests.get(locale) === pending) requests.delete(locale);
    });
  }
  // One view leaving must not cancel the request others wait for: only this caller stops waiting.
  const shared = request;
  return new Promise<Taxonomy>((resolve, reject) => {
    if (signal.aborted) return reject(new AbortedError());
    const abort = () => reject(new AbortedError());
    signal.addEventListener('abort', abort, { once: true });
    shared.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
