/**
 * Runtime localization (@lit/localize, runtime mode). English is the source; translations are in
 * xliff/*.xlf and built into src/locales/*.ts by `npm run localize:build`. A locale's module loads
 * the first time it is used, so a page only downloads the language it shows.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './locales/locale-codes.js';

const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  pl: () => import('./locales/pl.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) =>
    loaders[locale as keyof typeof loaders]() as ReturnType<
      Parameters<typeof configureLocalization>[0]['loadLocale']
    >,
});

let wanted: string = sourceLocale;

/** Switches every eq- element to `locale` (they re-render when its strings have loaded). */
export async function useLocale(locale: string): Promise<void> {
  wanted = locale;
  if (getLocale() === locale) return;
  try {
    await setLocale(locale);
  } catch (error) {
    console.error(`[eq-support] the ${locale} translations could not be loaded`, error);
  }
  // A later request won while this one was loading: apply it.
  if (wanted !== getLocale() && wanted !== locale) await useLocale(wanted);
}

export { getLocale };
