// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s259634: `Być może istnieje już zgłoszenie w tej sprawie`,
  s70f239: str`Brak artykułów pomocy pasujących do „${0}”.`,
  s8dce02: `Te artykuły mogą okazać się pomocne`,
  s8eb65f: `Szukaj w artykułach pomocy`,
  s91a333: str`Liczba sugestii: ${0}. Do wyboru służą klawisze strzałek.`,
  sac56b3: `Artykuły pomocy`,
  sc2e2a1: `Sugestie`,
  sd3b031: str`Czy artykuł „${0}” rozwiązał problem?`,
  sebad0b: `Wczytywanie artykułów…`,
  sf72b18: `1 sugestia. Do jej wybrania służą klawisze strzałek.`,
};
