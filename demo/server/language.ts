/**
 * The language of the reference backend's answers: `Accept-Language` negotiated over the SDK's
 * languages, and the few texts the backend itself writes into a case's history.
 */
import type { Context } from 'hono';
import { matchLocale, type Locale } from '../../src/api/locales.js';
import type { Taxonomy } from '../../src/api/schemas.js';
import { translateTaxonomy } from './seed/taxonomy-i18n.js';
import type { Seed } from './seed/types.js';

/** The language English-only or unknown requests get. */
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The SDK language that best matches an `Accept-Language` header (RFC 9110 §12.5.4): ranges by
 * quality (ties in the order sent, `q=0` refused), each mapped like the SDK maps page languages
 * (`fr-CA` → `fr`, `pt` or `pt-PT` → `pt-BR`); English when none matches.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  const ranges = (header ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.split(';').map((s) => s.trim());
      const q = params.find((p) => /^q\s*=/i.test(p));
      const quality = q === undefined ? 1 : Number(q.slice(q.indexOf('=') + 1).trim());
      return { tag, quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter((range) => range.tag !== '' && range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  for (const range of ranges) {
    const locale = matchLocale(range.tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/** The language of the request (`Accept-Language`), for the texts the backend writes. */
export const languageOf = (c: Context): Locale => negotiateLocale(c.req.header('Accept-Language'));

/** The taxonomy in `locale`: the English seed with that language's texts. */
export const taxonomyIn = (seed: Seed, locale: Locale): Taxonomy =>
  locale === 'en'
    ? seed.taxonomy
    : translateTaxonomy(seed.taxonomy, seed.taxonomyTranslations[locale]);

/** Reasons of status changes the backend writes into a case's history. */
export interface HistoryTexts {
  /** The customer reopened the case. */
  reopened: string;
  /** The customer answered a case that waited for them. */
  customerReplied: string;
}

export const HISTORY_TEXTS: Record<Locale, HistoryTexts> = {
  en: { reopened: 'Reopened by the customer', customerReplied: 'Customer replied' },
  fr: { reopened: 'Rouvert par le client', customerReplied: 'Réponse du client' },
  es: { reopened: 'Reabierto por el cliente', customerReplied: 'El cliente ha respondido' },
  pl: { reopened: 'Ponownie otwarte przez klienta', customerReplied: 'Klient odpowiedział' },
  'pt-BR': { reopened: 'Reaberto pelo cliente', customerReplied: 'O cliente respondeu' },
};
