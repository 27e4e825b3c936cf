// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s0337d9: `Sekcje`,
  s15a69e: `← Powrót do artykułów`,
  s1a3ae0: str`Brak artykułów pasujących do „${0}”.`,
  s200fde: `Przeczytaj cały artykuł w serwisie pomocy`,
  s22ca78: `Szukaj w dokumentacji`,
  s335cca: `1 artykuł`,
  s497259: str`Artykuły pasujące do „${1}”: ${0}.`,
  s5c67b6: `Platforma`,
  s69261f: str`1 artykuł pasuje do „${0}”.`,
  s6b5c9e: `Wczytywanie artykułu…`,
  s884bcd: `Raporty`,
  s8b008e: str`od ${0}`,
  sb27993: `Wczytywanie dokumentacji…`,
  sb2c57b: `Pokaż więcej`,
  sb819f5: str`Zaktualizowano ${0}`,
  sb84dd0: str`Artykuły: ${0}`,
  se16c5e: `Artykuł`,
  seb34df: str`Znane błędy (${0})`,
  seb7448: str`Artykuły pasujące do „${1}”: ${0}; wyświetlono najlepsze (${2}).`,
  sf993bb: `Wszystkie`,
  sfa5f00: `API`,
};
