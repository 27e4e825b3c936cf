/**
 * The language of the page: one for every eq- element, resolved in one place.
 *
 * @lit/localize holds one language per page, so a language per element cannot work: two elements
 * asking for two languages used to fight, the last to render winning. The language is therefore a
 * page setting, resolved here in this order:
 * 1. an element's own `locale` (deprecated: it sets the page's language; a warning says so),
 * 2. an `<eq-support-provider locale>`,
 * 3. `<html lang>` (followed at runtime by one observer for the whole page),
 * 4. English.
 * Among several of one kind, the one set last wins. No Lit here: the eager button uses it.
 */
import { matchLocale, type Locale } from '../api/locales.js';
import { deprecated } from '../deprecation.js';

export const DEFAULT_LOCALE: Locale = 'en';

type Source = 'element' | 'provider';

/** An element's own wish outranks a provider's. */
const rank = (r: Request) => (r.source === 'element' ? 1 : 0);

interface Request {
  locale: Locale;
  source: Source;
  order: number;
}

const requests = new Map<object, Request>();
const listeners = new Set<() => void>();
let order = 0;
let observer: MutationObserver | undefined;
let resolved: Locale | undefined;

function notify(): void {
  const next = pageLocale();
  if (next === resolved) return;
  resolved = next;
  for (const listener of [...listeners]) listener();
}

/** The language every eq- element shows. */
export function pageLocale(): Locale {
  let best: Request | undefined;
  for (const request of requests.values()) {
    if (
      !best ||
      rank(request) > rank(best) ||
      (rank(request) === rank(best) && request.order > best.order)
    )
      best = request;
  }
  return (
    best?.locale ??
    (typeof document !== 'undefined' ? matchLocale(document.documentElement.lang) : null) ??
    DEFAULT_LOCALE
  );
}

/**
 * Records (or, with no language, withdraws) `owner`'s wish for the page language. `what` names the
 * owner when two wishes disagree.
 */
export function requestPageLocale(
  owner: object,
  value: string | null | undefined,
  source: Source,
  what = 'an element',
): void {
  const locale = matchLocale(value);
  const current = requests.get(owner);
  if (!locale) {
    if (current && requests.delete(owner)) notify();
    return;
  }
  if (current?.locale === locale && current.source === source) return;
  if (source === 'element')
    deprecated(
      "An eq- element's own locale",
      'the language is one per page; set it on <eq-support-provider locale> or <html lang>',
    );
  const other = [...requests.entries()].find(
    ([key, r]) => key !== owner && r.source === source && r.locale !== locale,
  );
  if (other) {
    console.warn(
      `[eq-support] ${what} asks for ${locale} while another ${source} asks for ` +
        `${other[1].locale}: a page shows one language, the one asked last (${locale}).`,
    );
  }
  requests.set(owner, { locale, source, order: ++order });
  notify();
}

/** Calls `listener` whenever the page language changes; returns the unsubscribe function. */
export function watchPageLocale(listener: () => void): () => void {
  if (listeners.size === 0) resolved = pageLocale();
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
