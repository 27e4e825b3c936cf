// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

export const templates = {
  s198570: `Un dossier non envoyé vous attend.`,
  s81ecf2: `Reprendre`,
  s82b7cb: `Le dossier non envoyé a été supprimé.`,
  s8f4be9: `Annuler`,
};
