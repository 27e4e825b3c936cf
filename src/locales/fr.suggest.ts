// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s259634: `Vous avez peut-être déjà un dossier à ce sujet`,
  s70f239: str`Aucun article d'aide ne correspond à « ${0} ».`,
  s8dce02: `Ces articles pourraient vous aider`,
  s8eb65f: `Rechercher dans les articles d'aide`,
  s91a333: str`${0} suggestions. Utilisez les flèches du clavier pour en sélectionner une.`,
  sac56b3: `Articles d'aide`,
  sc2e2a1: `Suggestions`,
  sd3b031: str`L'article « ${0} » a-t-il résolu votre problème ?`,
  sebad0b: `Chargement des articles…`,
  sf72b18: `1 suggestion. Utilisez les flèches du clavier pour la sélectionner.`,
};
