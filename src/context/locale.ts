/** Locale resolution shared by the provider and the elements. */
import { LOCALES, type Locale } from '../api/locales.js';

export const DEFAULT_LOCALE: Locale = 'en';

/** Maps any BCP 47 tag to a supported locale: `fr-CA` → `fr`, `pt` → `pt-BR`, unknown → null. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const normalized = tag.trim().replace('_', '-').toLowerCase();
  const exact = LOCALES.find((l) => l.toLowerCase() === normalized);
  if (exact) return exact;
  const language = normalized.split('-')[0];
  if (language === 'pt') return 'pt-BR';
  return LOCALES.find((l) => l.toLowerCase() === language) ?? null;
}

/** The language of the host page: the closest `lang` attribute, else `<html lang>`. */
export function hostLocale(element?: Element): Locale | null {
  const withLang = element?.closest('[lang]');
  return matchLocale(withLang?.getAttribute('lang') ?? document.documentElement.lang);
}
