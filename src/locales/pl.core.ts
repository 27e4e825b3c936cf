// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';
import type { Loaders } from './parts.js';

export const templates = {
  s00ae54: `ID insercji`,
  s014d4a: `Sesja wygasła. Proszę zalogować się ponownie i spróbować jeszcze raz.`,
  s07af99: `Serwis pomocy technicznej przesłał odpowiedź, której ta strona nie rozpoznaje. Proszę spróbować ponownie później.`,
  s08717c: `Niektóre pola wymagają uwagi.`,
  s1a8513: `Obejście:`,
  s238587: `ID kampanii`,
  s245954: `To rozwiązało mój problem`,
  s276b0d: `Zbyt wiele żądań. Proszę chwilę poczekać i spróbować ponownie.`,
  s2c8189: `Ponów`,
  s2ceb11: `Anuluj`,
  s4bb9b5: `Moje zgłoszenia`,
  s63d894: `Opis`,
  s6cd9cc: `Znany błąd`,
  s6dbbe2: `Zamknięte`,
  s74e018: `Numer zgłoszenia`,
  s75bbaa: `W module pomocy technicznej wystąpił błąd. Proszę spróbować ponownie lub odświeżyć stronę.`,
  s7b7e19: `Plik jest za duży.`,
  s80de15: `Żądanie zostało anulowane.`,
  s81fa26: `(otwiera się w nowej karcie)`,
  s835edd: `Domena/URL`,
  s95eaa2: str`Zgłoszenie ${0}`,
  s999df1: `Utwórz zgłoszenie`,
  s9c9645: `ID dealu`,
  sa19cc5: str`W serwisie pomocy technicznej wystąpił problem (błąd ${0}). Proszę spróbować ponownie za chwilę.`,
  sa2b1a2: `Jak odtworzyć problem`,
  sa32e9d: `Prześlij plik`,
  sa4e407: `Priorytet`,
  sb06018: `Zapisywanie…`,
  sb2d38a: `Oczekuje na odpowiedź`,
  sc00a88: `Odrzuć`,
  sc16e00: `Wstecz`,
  sc97299: `Nie znaleziono tego elementu lub należy on do innej organizacji.`,
  scd1dd6: `Spróbuj ponownie`,
  sd1d27a: `Brak dostępu do tego elementu.`,
  sd2223a: `Typ`,
  se4e983: `Serwis pomocy technicznej odpowiada zbyt długo. Proszę spróbować ponownie za chwilę.`,
  se74655: `Dziękujemy — cieszymy się, że udało się pomóc.`,
  sea4f08: `Usuń`,
  sefff4d: `Brak połączenia z serwisem pomocy technicznej. Proszę sprawdzić połączenie i spróbować ponownie.`,
};

/** The language's other parts, loaded on use. */
export const LOADERS: Loaders = {
  capture: () => import('./pl.capture.js'),
  'case-form': () => import('./pl.case-form.js'),
  cases: () => import('./pl.cases.js'),
  diagnostics: () => import('./pl.diagnostics.js'),
  documentation: () => import('./pl.documentation.js'),
  drafts: () => import('./pl.drafts.js'),
  forms: () => import('./pl.forms.js'),
  labels: () => import('./pl.labels.js'),
  launcher: () => import('./pl.launcher.js'),
  search: () => import('./pl.search.js'),
  settings: () => import('./pl.settings.js'),
  suggest: () => import('./pl.suggest.js'),
};
