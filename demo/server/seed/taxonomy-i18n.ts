/**
 * The taxonomy in the other languages of the SDK. The English taxonomy (`taxonomy.ts`) is the
 * source: it gives the ids, the order and the structure; a translation gives only the texts, by
 * id (lists of rules by position). `test/server/taxonomy-i18n.test.ts` checks that every language
 * covers every id and text of the English taxonomy, with nothing missing or extra.
 */
import type { Locale } from '../../../src/api/locales.js';
import type { CloseReason, ConcernCategory, Priority, Taxonomy } from '../../../src/api/schemas.js';
import { es } from './taxonomy-i18n/es.js';
import { fr } from './taxonomy-i18n/fr.js';
import { pl } from './taxonomy-i18n/pl.js';
import { ptBR } from './taxonomy-i18n/pt-BR.js';

interface LabelAndDescription {
  label: string;
  description: string;
}

/** The texts of the taxonomy in one language. */
export interface TaxonomyTranslation {
  priorities: Record<Priority, LabelAndDescription & { examples: string[] }>;
  /** The Blocker rules, in the order of the English ones. */
  blockerPolicy: string[];
  /** By case type id: its label, and the labels of its categories by category id. */
  caseTypes: Record<string, { label: string; categories: Record<string, string> }>;
  closeReasons: Record<CloseReason, LabelAndDescription>;
  concernCategories: Record<ConcernCategory, LabelAndDescription>;
  /** The support scope exclusions, in the order of the English ones. */
  outOfScope: string[];
}

/** Every language of the SDK but English, the source. */
export type TranslatedLocale = Exclude<Locale, 'en'>;

export const taxonomyTranslations: Record<TranslatedLocale, TaxonomyTranslation> = {
  fr,
  es,
  pl,
  'pt-BR': ptBR,
};

/**
 * The `source` taxonomy with the texts of `translation`. Ids, order and structure stay those of
 * the source; a text the translation lacks stays in the source language.
 */
export function translateTaxonomy(source: Taxonomy, translation: TaxonomyTranslation): Taxonomy {
  const list = (english: string[], translated: string[] | undefined) =>
    english.map((text, i) => translated?.[i] ?? text);
  return {
    priorities: source.priorities.map((p) => {
      const t = translation.priorities[p.id];
      return {
        ...p,
        label: t.label,
        description: t.description,
        examples: list(p.examples, t.examples),
      };
    }),
    blockerPolicy: list(source.blockerPolicy, translation.blockerPolicy),
    caseTypes: source.caseTypes.map((type) => {
      const t = translation.caseTypes[type.id];
      return {
        ...type,
        label: t?.label ?? type.label,
        categories: type.categories.map((category) => ({
          ...category,
          label: t?.categories[category.id] ?? category.label,
        })),
      };
    }),
    closeReasons: source.closeReasons.map((r) => ({ ...r, ...translation.closeReasons[r.id] })),
    concernCategories: source.concernCategories.map((c) => ({
      ...c,
      ...translation.concernCategories[c.id],
    })),
    outOfScope: list(source.outOfScope, translation.outOfScope),
  };
}
