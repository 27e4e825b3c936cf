// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

export const templates = {
  s00b78a: `Equativ l'utilise pour attribuer vos dossiers à une équipe de service locale.`,
  s127d59: `Un dossier est fermé`,
  s14b32c: `Chargement de vos paramètres…`,
  s87afac: `Un dossier change de statut`,
  s90a6d0: `Enregistrer les paramètres`,
  sa16df0: `Connectez-vous pour modifier vos paramètres.`,
  sa29df0: `Vos paramètres ont été enregistrés.`,
  sa4bc40: `M'envoyer un e-mail lorsque`,
  sb6144a: `Le support répond à un dossier`,
  se0ec65: `Enquêtes de satisfaction`,
  sefcf95: `Langue`,
  sf62a74: `Un dossier est créé`,
};
