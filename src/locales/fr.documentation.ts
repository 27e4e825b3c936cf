// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  p337cec: str`${0} articles`,
  p48b2a2: str`${0} article`,
  p60912a: str`${0} articles correspondent à « ${1} » ; les ${2} meilleurs sont affichés.`,
  p64419c: str`${0} articles`,
  p68609d: str`${0} articles correspondent à « ${1} ».`,
  p76a314: str`${0} article correspond à « ${1} ».`,
  p7a1e9f: str`${0} articles correspondent à « ${1} ».`,
  p7a5dfd: str`${0} articles`,
  p97f743: str`${0} articles correspondent à « ${1} ».`,
  pa939be: str`${0} articles correspondent à « ${1} » ; les ${2} meilleurs sont affichés.`,
  paa2cbc: str`${0} articles correspondent à « ${1} » ; les ${2} meilleurs sont affichés.`,
  s0337d9: `Sections`,
  s15a69e: `← Retour aux articles`,
  s1a3ae0: str`Aucun article ne correspond à « ${0} ».`,
  s200fde: `Lire l'article complet sur le site d'aide`,
  s22ca78: `Rechercher dans la documentation`,
  s5c67b6: `Plateforme`,
  s6b5c9e: `Chargement de l'article…`,
  s884bcd: `Rapports`,
  s8b008e: str`depuis le ${0}`,
  sb27993: `Chargement de la documentation…`,
  sb2c57b: `Afficher plus`,
  sb819f5: str`Mis à jour le ${0}`,
  se16c5e: `Article`,
  seb34df: str`Erreurs connues (${0})`,
  sf993bb: `Tous`,
  sfa5f00: `API`,
};
