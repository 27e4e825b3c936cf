// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  p337cec: str`${0} artykuły`,
  p48b2a2: str`${0} artykuł`,
  p60912a: str`${0} artykuły pasują do „${1}”; wyświetlono najlepsze (${2}).`,
  p64419c: str`${0} artykułu`,
  p68609d: str`${0} artykułu pasuje do „${1}”.`,
  p76a314: str`${0} artykuł pasuje do „${1}”.`,
  p7a1e9f: str`${0} artykuły pasują do „${1}”.`,
  p7a5dfd: str`${0} artykułów`,
  p97f743: str`${0} artykułów pasuje do „${1}”.`,
  pa939be: str`${0} artykułu pasuje do „${1}”; wyświetlono najlepsze (${2}).`,
  paa2cbc: str`${0} artykułów pasuje do „${1}”; wyświetlono najlepsze (${2}).`,
  s0337d9: `Sekcje`,
  s15a69e: `← Powrót do artykułów`,
  s1a3ae0: str`Brak artykułów pasujących do „${0}”.`,
  s200fde: `Przeczytaj cały artykuł w serwisie pomocy`,
  s22ca78: `Szukaj w dokumentacji`,
  s5c67b6: `Platforma`,
  s6b5c9e: `Wczytywanie artykułu…`,
  s884bcd: `Raporty`,
  s8b008e: str`od ${0}`,
  sb27993: `Wczytywanie dokumentacji…`,
  sb2c57b: `Pokaż więcej`,
  sb819f5: str`Zaktualizowano ${0}`,
  se16c5e: `Artykuł`,
  seb34df: str`Znane błędy (${0})`,
  sf993bb: `Wszystkie`,
  sfa5f00: `API`,
};
