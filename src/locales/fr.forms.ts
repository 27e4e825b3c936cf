// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s33c516: `Envoyé`,
  s429516: str`Trop volumineux : les fichiers ne doivent pas dépasser ${0}.`,
  s8e12b0: `L'envoi de fichiers n'est pas disponible : le service de support n'est pas configuré.`,
  s9247d8: `Faire une capture`,
  s94caba: str`Envoi… ${0} %`,
  sa8df22: `Échec de l'envoi :`,
  sb77fa6: `Ce fichier est vide.`,
  sd20fe8: `Fichiers joints`,
  sd8ae51: str`Envoi de ${0}`,
  sdac586: `Ce type de fichier ne peut pas être joint. Utilisez des images, des PDF, du texte, des fichiers CSV, JSON ou ZIP, des documents Office ou des vidéos.`,
  se9797f: str`Choisissez des fichiers, faites-les glisser ici ou collez une capture d'écran. Jusqu'à ${0} par fichier. Pour la sortie de la console des outils de développement Chrome, joignez une capture d'écran.`,
};
