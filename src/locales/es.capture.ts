// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s1b4f6c: `Editar la captura de pantalla`,
  s1c0ea7: `Dibujar`,
  s3ff6fa: `No se tomó ninguna captura: se rechazó o canceló compartir la pantalla. Adjunte un archivo o pegue una captura de pantalla.`,
  s4827ad: `Resaltar`,
  s5199ef: `La captura de pantalla`,
  s559708: `Dibuje cuadros sobre la imagen. Los cuadros de ocultación se rellenan de negro en el archivo adjunto: úselos para nombres, cifras y todo lo privado. Los cuadros de resaltado señalan algo.`,
  s623137: `Añadir cuadro de ocultación`,
  s83e4aa: `Añadir cuadro de resaltado`,
  s9c659b: str`Cuadro de resaltado ${0}`,
  s9df212: `Ocultar`,
  saff568: `No se pudo tomar la captura en este navegador. Adjunte un archivo o pegue una captura de pantalla.`,
  sccc0d8: `Adjuntar captura`,
  sda08bd: `En un cuadro: las flechas lo mueven, Mayús con las flechas cambia su tamaño y Supr lo elimina.`,
  sef707c: str`Cuadro de ocultación ${0}`,
};
