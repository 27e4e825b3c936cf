/** Locale resolution shared by the provider and the elements (see `page-locale.ts`). */
import { matchLocale, type Locale } from '../api/locales.js';

export { matchLocale };
export { DEFAULT_LOCALE, pageLocale } from './page-locale.js';

/**
 * The language of the host page around `element`: the closest `lang` attribute, else
 * `<html lang>`. The elements follow `pageLocale()` (one language per page); this stays for hosts.
 */
export function hostLocale(element?: Element): Locale | null {
  const withLang = element?.closest('[lang]');
  return matchLocale(withLang?.getAttribute('lang') ?? document.documentElement.lang);
}
