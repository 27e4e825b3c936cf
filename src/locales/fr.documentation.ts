// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s0337d9: `Sections`,
  s15a69e: `← Retour aux articles`,
  s1a3ae0: str`Aucun article ne correspond à « ${0} ».`,
  s200fde: `Lire l'article complet sur le site d'aide`,
  s22ca78: `Rechercher dans la documentation`,
  s335cca: `1 article`,
  s497259: str`${0} articles correspondent à « ${1} ».`,
  s5c67b6: `Plateforme`,
  s69261f: str`1 article correspond à « ${0} ».`,
  s6b5c9e: `Chargement de l'article…`,
  s884bcd: `Rapports`,
  s8b008e: str`depuis le ${0}`,
  sb27993: `Chargement de la documentation…`,
  sb2c57b: `Afficher plus`,
  sb819f5: str`Mis à jour le ${0}`,
  sb84dd0: str`${0} articles`,
  se16c5e: `Article`,
  seb34df: str`Erreurs connues (${0})`,
  seb7448: str`${0} articles correspondent à « ${1} » ; les ${2} meilleurs sont affichés.`,
  sf993bb: `Tous`,
  sfa5f00: `API`,
};
