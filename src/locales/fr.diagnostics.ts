// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s006cfa: str`Fuseau horaire : ${0}`,
  s245e05: `Erreurs et requêtes en échec de cette page, avec son adresse, le navigateur, le fuseau horaire et la langue. Vous voyez chaque ligne avant qu’elle soit jointe.`,
  s291d77: str`Navigateur : ${0}`,
  s2ad43a: `Joindre les diagnostics`,
  s366d0a: `aucune réponse`,
  s58c867: str`ID de l’événement : ${0}`,
  s6ee9ed: `Retirer la pile d’appels`,
  s74ca0c: `Voici tout ce qui sera joint. Retirez toute ligne que vous ne souhaitez pas partager.`,
  s805ff3: `Joindre les diagnostics`,
  s861659: str`Retirer la ligne ${0}`,
  s8aa72e: str`Erreur signalée : ${0} : ${1}`,
  saf9483: str`Erreur de console : ${0}`,
  sd12987: `Rien n’a été consigné sur cette page depuis le début des diagnostics.`,
  sd8f167: str`Langue : ${0}`,
  se05960: str`Avertissement de console : ${0}`,
  se26214: str`Page : ${0}`,
  sf08884: `Diagnostics joints.`,
};
