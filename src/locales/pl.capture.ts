// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s1b4f6c: `Edytuj zrzut ekranu`,
  s1c0ea7: `Rysuj`,
  s3ff6fa: `Nie wykonano zrzutu: udostępnianie ekranu zostało odrzucone lub anulowane. Zamiast tego dołącz plik lub wklej zrzut ekranu.`,
  s4827ad: `Wyróżnij`,
  s5199ef: `Zrzut ekranu`,
  s559708: `Narysuj pola na obrazie. Pola zakrycia są w dołączonym pliku wypełnione na czarno: użyj ich do nazwisk, liczb i wszystkiego, co prywatne. Pola wyróżnienia wskazują coś.`,
  s623137: `Dodaj pole zakrycia`,
  s83e4aa: `Dodaj pole wyróżnienia`,
  s9c659b: str`Pole wyróżnienia ${0}`,
  s9df212: `Zakryj`,
  saff568: `Nie udało się wykonać zrzutu w tej przeglądarce. Zamiast tego dołącz plik lub wklej zrzut ekranu.`,
  sccc0d8: `Dołącz zrzut`,
  sda08bd: `Na polu: strzałki je przesuwają, Shift ze strzałkami zmienia jego rozmiar, Delete je usuwa.`,
  sef707c: str`Pole zakrycia ${0}`,
};
