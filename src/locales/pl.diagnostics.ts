// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s006cfa: str`Strefa czasowa: ${0}`,
  s245e05: `Błędy i nieudane żądania tej strony, z jej adresem, przeglądarką, strefą czasową i językiem. Każdy wiersz zobaczysz przed dołączeniem.`,
  s291d77: str`Przeglądarka: ${0}`,
  s2ad43a: `Dołącz diagnostykę`,
  s366d0a: `brak odpowiedzi`,
  s58c867: str`ID zdarzenia: ${0}`,
  s6ee9ed: `Usuń stos wywołań`,
  s74ca0c: `To wszystko, co zostanie dołączone. Usuń każdy wiersz, którego nie chcesz udostępniać.`,
  s805ff3: `Dołącz diagnostykę`,
  s861659: str`Usuń wiersz ${0}`,
  s8aa72e: str`Zgłoszony błąd: ${0}: ${1}`,
  saf9483: str`Błąd konsoli: ${0}`,
  sd12987: `Od rozpoczęcia diagnostyki na tej stronie nic nie zarejestrowano.`,
  sd8f167: str`Język: ${0}`,
  se05960: str`Ostrzeżenie konsoli: ${0}`,
  se26214: str`Strona: ${0}`,
  sf08884: `Diagnostyka dołączona.`,
};
