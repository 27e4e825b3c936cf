/** Languages the SDK is translated into; also the languages used to route cases. No zod here: the eager bundle imports it. */
export const LOCALES = ['en', 'fr', 'es', 'pl', 'pt-BR'] as const;
export type Locale = (typeof LOCALES)[number];

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
