/**
 * The data layer: what several elements read from one backend is requested once per backend and
 * shared: the signed-in person, the taxonomy (per language) and the article index (kept by the
 * search module through `shared`). Elements ask here, never the backend directly, so the launcher, the form, the case view and the provider on
 * one page send one `GET /me` and one `GET /taxonomy` per language between them.
 *
 * No Lit here. A failed request is not kept (the next caller asks again); a caller that stops
 * waiting (its signal aborts) does not cancel the request the others wait for.
 */
import type { SupportBackend } from '../api/backend.js';
import { AbortedError } from '../api/errors.js';
import type { Taxonomy, User } from '../api/schemas.js';

interface Entry {
  value: Promise<unknown>;
  expires: number;
}

const caches = new WeakMap<SupportBackend, Map<string, Entry>>();

function entriesOf(backend: SupportBackend): Map<string, Entry> {
  let entries = caches.get(backend);
  if (!entries) {
    entries = new Map();
    caches.set(backend, entries);
  }
  return entries;
}

/** Why `signal` aborted: its reason when that is an error, else an AbortedError. */
const reasonOf = (signal: AbortSignal): Error =>
  signal.reason instanceof Error ? signal.reason : new AbortedError();

/** `promise`, or the abort reason as soon as `signal` aborts (the promise itself goes on). */
function until<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(reasonOf(signal));
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(reasonOf(signal));
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * The value of `key` for `backend`: loaded by `load` on first use, then shared by every caller
 * until `ttl` (ms) runs out or it is forgotten.
 */
export function shared<T>(
  backend: SupportBackend,
  key: string,
  load: () => Promise<T>,
  options: { ttl?: number; signal?: AbortSignal | undefined } = {},
): Promise<T> {
  const entries = entriesOf(backend);
  const now = Date.now();
  let entry = entries.get(key);
  if (!entry || entry.expires <= now) {
    const value = load();
    const created: Entry = { value, expires: now + (options.ttl ?? Infinity) };
    entry = created;
    entries.set(key, created);
    value.catch(() => {
      if (entries.get(key) === created) entries.delete(key);
    });
  }
  return until(entry.value as Promise<T>, options.signal);
}

/** Keeps `value` as the current value of `key` (e.g. the person as a settings change returned). */
export function remember<T>(backend: SupportBackend, key: string, value: T): void {
  entriesOf(backend).set(key, { value: Promise.resolve(value), expires: Infinity });
}

/** Forgets `key` of `backend` (every key when none is given): the next caller asks again. */
export function forget(backend: SupportBackend, key?: string): void {
  if (key === undefined) caches.delete(backend);
  else caches.get(backend)?.delete(key);
}

export const USER_KEY = 'user';
const taxonomyKey = (locale: string) => `taxonomy:${locale}`;

/** The signed-in person. */
export const loadUser = (backend: SupportBackend, signal?: AbortSignal): Promise<User> =>
  shared(backend, USER_KEY, () => backend.getMe(), { signal });

/** The taxonomy in `locale`: a view in French never gets the labels another asked in English. */
export const loadTaxonomy = (
  backend: SupportBackend,
  locale: string,
  signal?: AbortSignal,
): Promise<Taxonomy> =>
  shared(backend, taxonomyKey(locale), () => backend.getTaxonomy({ locale }), { signal });
