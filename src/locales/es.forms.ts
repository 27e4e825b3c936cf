// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s33c516: `Subido`,
  s429516: str`Demasiado grande: los archivos no pueden superar ${0}.`,
  s8e12b0: `La subida de archivos no está disponible: el servicio de soporte no está configurado.`,
  s9247d8: `Hacer una captura`,
  s94caba: str`Subiendo… ${0} %`,
  sa8df22: `Error al subir:`,
  sb77fa6: `Este archivo está vacío.`,
  sd20fe8: `Archivos adjuntos`,
  sd8ae51: str`Subiendo ${0}`,
  sdac586: `Este tipo de archivo no se puede adjuntar. Use imágenes, PDF, texto, CSV, JSON, ZIP, documentos de Office o vídeos.`,
  se9797f: str`Elija archivos, arrástrelos aquí o pegue una captura de pantalla. Hasta ${0} por archivo. Para la salida de la consola de las herramientas para desarrolladores de Chrome, adjunte una captura de pantalla.`,
};
