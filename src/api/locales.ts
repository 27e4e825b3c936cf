/** Languages the SDK is translated into; also the languages used to route cases. No zod here: the eager bundle imports it. */
export const LOCALES = ['en', 'fr', 'es', 'pl', 'pt-BR'] as const;
export type Locale = (typeof LOCALES)[number];
