/** Locale resolution shared by the provider and the elements. */
import { matchLocale, type Locale } from '../api/locales.js';

export { matchLocale };

export const DEFAULT_LOCALE: Locale = 'en';

/** The language of the host page: the closest `lang` attribute, else `<html lang>`. */
export function hostLocale(element?: Element): Locale | null {
  const withLang = element?.closest('[lang]');
  return matchLocale(withLang?.getAttribute('lang') ?? document.documentElement.lang);
}
