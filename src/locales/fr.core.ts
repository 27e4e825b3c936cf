// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';
import type { Loaders } from './parts.js';

export const templates = {
  s00ae54: `ID d'insertion`,
  s014d4a: `Votre session a expiré. Reconnectez-vous, puis réessayez.`,
  s07af99: `Le service de support a renvoyé une réponse que cette page ne comprend pas. Réessayez plus tard.`,
  s08717c: `Certains champs nécessitent votre attention.`,
  s1a8513: `Solution de contournement :`,
  s238587: `ID de campagne`,
  s245954: `Cela a résolu mon problème`,
  s276b0d: `Trop de requêtes. Patientez un instant, puis réessayez.`,
  s2c8189: `Réessayer`,
  s2ceb11: `Annuler`,
  s4bb9b5: `Mes dossiers`,
  s63d894: `Description`,
  s6cd9cc: `Erreur connue`,
  s6dbbe2: `Fermé`,
  s74e018: `Numéro de dossier`,
  s75bbaa: `Un problème est survenu dans le composant de support. Réessayez ou rechargez la page.`,
  s7b7e19: `Le fichier est trop volumineux.`,
  s80de15: `La requête a été annulée.`,
  s81fa26: `(s'ouvre dans un nouvel onglet)`,
  s835edd: `Domaine/URL`,
  s95eaa2: str`Dossier ${0}`,
  s999df1: `Créer un dossier`,
  s9c9645: `ID de deal`,
  sa19cc5: str`Le service de support a rencontré un problème (erreur ${0}). Réessayez dans un instant.`,
  sa2b1a2: `Comment reproduire le problème`,
  sa32e9d: `Joindre un fichier`,
  sa4e407: `Priorité`,
  sb06018: `Enregistrement…`,
  sb2d38a: `En attente de votre réponse`,
  sc00a88: `Supprimer`,
  sc16e00: `Retour`,
  sc97299: `Cet élément est introuvable ou appartient à une autre organisation.`,
  scd1dd6: `Réessayer`,
  sd1d27a: `Vous n'avez pas accès à cet élément.`,
  sd2223a: `Type`,
  se4e983: `Le service de support met trop de temps à répondre. Réessayez dans un instant.`,
  se74655: `Merci — ravis d'avoir pu vous aider.`,
  sea4f08: `Retirer`,
  sefff4d: `Le service de support est injoignable. Vérifiez votre connexion, puis réessayez.`,
};

/** The language's other parts, loaded on use. */
export const LOADERS: Loaders = {
  capture: () => import('./fr.capture.js'),
  'case-form': () => import('./fr.case-form.js'),
  cases: () => import('./fr.cases.js'),
  diagnostics: () => import('./fr.diagnostics.js'),
  documentation: () => import('./fr.documentation.js'),
  drafts: () => import('./fr.drafts.js'),
  forms: () => import('./fr.forms.js'),
  labels: () => import('./fr.labels.js'),
  launcher: () => import('./fr.launcher.js'),
  search: () => import('./fr.search.js'),
  settings: () => import('./fr.settings.js'),
  suggest: () => import('./fr.suggest.js'),
};
