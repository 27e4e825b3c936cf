// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s006cfa: str`Zona horaria: ${0}`,
  s245e05: `Errores y solicitudes fallidas de esta página, con su dirección, navegador, zona horaria e idioma. Verá cada línea antes de adjuntarla.`,
  s291d77: str`Navegador: ${0}`,
  s2ad43a: `Incluir diagnóstico`,
  s366d0a: `sin respuesta`,
  s58c867: str`ID del evento: ${0}`,
  s6ee9ed: `Quitar la traza de la pila`,
  s74ca0c: `Esto es todo lo que se adjuntará. Quite cualquier línea que no quiera compartir.`,
  s805ff3: `Adjuntar diagnóstico`,
  s861659: str`Quitar la línea ${0}`,
  s8aa72e: str`Error notificado: ${0}: ${1}`,
  saf9483: str`Error de consola: ${0}`,
  sd12987: `No se ha registrado nada en esta página desde que empezó el diagnóstico.`,
  sd8f167: str`Idioma: ${0}`,
  se05960: str`Advertencia de consola: ${0}`,
  se26214: str`Página: ${0}`,
  sf08884: `Diagnóstico adjuntado.`,
};
