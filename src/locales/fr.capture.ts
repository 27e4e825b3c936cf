// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s1b4f6c: `Modifier la capture d’écran`,
  s1c0ea7: `Dessiner`,
  s3ff6fa: `Aucune capture n’a été prise : le partage de l’écran a été refusé ou annulé. Joignez plutôt un fichier ou collez une capture d’écran.`,
  s4827ad: `Mettre en évidence`,
  s5199ef: `La capture d’écran`,
  s559708: `Dessinez des zones sur l’image. Les zones masquées sont remplies de noir dans le fichier joint : utilisez-les pour les noms, les chiffres et tout ce qui est privé. Les zones en évidence désignent quelque chose.`,
  s623137: `Ajouter une zone masquée`,
  s83e4aa: `Ajouter une zone en évidence`,
  s9c659b: str`Zone en évidence ${0}`,
  s9df212: `Masquer`,
  saff568: `La capture n’a pas pu être prise dans ce navigateur. Joignez plutôt un fichier ou collez une capture d’écran.`,
  sccc0d8: `Joindre la capture`,
  sda08bd: `Sur une zone : les flèches la déplacent, Maj avec les flèches la redimensionne, Suppr la retire.`,
  sef707c: str`Zone masquée ${0}`,
};
