// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

export const templates = {
  s00b78a: `Equativ wykorzystuje go do kierowania zgłoszeń do lokalnego zespołu obsługi.`,
  s127d59: `Zamknięcie zgłoszenia`,
  s14b32c: `Wczytywanie ustawień…`,
  s87afac: `Zmiana statusu zgłoszenia`,
  s90a6d0: `Zapisz ustawienia`,
  sa16df0: `Aby zmienić ustawienia, należy się zalogować.`,
  sa29df0: `Ustawienia zostały zapisane.`,
  sa4bc40: `Powiadomienia e-mail o zdarzeniach`,
  sb6144a: `Odpowiedź pomocy technicznej w zgłoszeniu`,
  se0ec65: `Ankiety satysfakcji`,
  sefcf95: `Język`,
  sf62a74: `Utworzenie zgłoszenia`,
};
