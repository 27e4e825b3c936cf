// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s33c516: `Przesłano`,
  s429516: str`Plik jest za duży: maksymalny rozmiar to ${0}.`,
  s8e12b0: `Przesyłanie plików jest niedostępne: serwis pomocy technicznej nie jest skonfigurowany.`,
  s9247d8: `Zrób zrzut ekranu`,
  s94caba: str`Przesyłanie… ${0}%`,
  sa8df22: `Nie udało się przesłać:`,
  sb77fa6: `Ten plik jest pusty.`,
  sd20fe8: `Załączone pliki`,
  sd8ae51: str`Przesyłanie pliku ${0}`,
  sdac586: `Nie można załączyć pliku tego typu. Dozwolone są obrazy, pliki PDF, tekstowe, CSV, JSON i ZIP, dokumenty pakietu Office oraz filmy.`,
  se9797f: str`Proszę wybrać pliki, przeciągnąć je tutaj lub wkleić zrzut ekranu. Maksymalnie ${0} na plik. W przypadku danych z konsoli narzędzi deweloperskich Chrome proszę załączyć zrzut ekranu.`,
};
