// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';
import type { Loaders } from './parts.js';

export const templates = {
  s00ae54: `ID de inserción`,
  s014d4a: `Su sesión ha caducado. Vuelva a iniciar sesión e inténtelo de nuevo.`,
  s07af99: `El servicio de soporte ha enviado una respuesta que esta página no entiende. Vuelva a intentarlo más tarde.`,
  s08717c: `Algunos campos requieren su atención.`,
  s1a8513: `Solución alternativa:`,
  s238587: `ID de campaña`,
  s245954: `Esto ha resuelto mi problema`,
  s276b0d: `Demasiadas solicitudes. Espere un momento y vuelva a intentarlo.`,
  s2c8189: `Reintentar`,
  s2ceb11: `Cancelar`,
  s4bb9b5: `Mis casos`,
  s63d894: `Descripción`,
  s6cd9cc: `Error conocido`,
  s6dbbe2: `Cerrado`,
  s74e018: `Número de caso`,
  s75bbaa: `Se ha producido un error en el componente de soporte. Vuelva a intentarlo o recargue la página.`,
  s7b7e19: `El archivo es demasiado grande.`,
  s80de15: `La solicitud se ha cancelado.`,
  s81fa26: `(se abre en una pestaña nueva)`,
  s835edd: `Dominio/URL`,
  s95eaa2: str`Caso ${0}`,
  s999df1: `Crear un caso`,
  s9c9645: `ID de deal`,
  sa19cc5: str`El servicio de soporte ha tenido un problema (error ${0}). Vuelva a intentarlo en unos momentos.`,
  sa2b1a2: `Cómo reproducir el problema`,
  sa32e9d: `Subir archivo`,
  sa4e407: `Prioridad`,
  sb06018: `Guardando…`,
  sb2d38a: `Esperando su respuesta`,
  sc00a88: `Descartar`,
  sc16e00: `Atrás`,
  sc97299: `Este elemento no se ha encontrado o pertenece a otra organización.`,
  scd1dd6: `Volver a intentarlo`,
  sd1d27a: `No tiene acceso a este elemento.`,
  sd2223a: `Tipo`,
  se4e983: `El servicio de soporte tarda demasiado en responder. Vuelva a intentarlo en unos momentos.`,
  se74655: `Gracias. Nos alegra que le haya sido útil.`,
  sea4f08: `Quitar`,
  sefff4d: `No se puede conectar con el servicio de soporte. Compruebe su conexión y vuelva a intentarlo.`,
};

/** The language's other parts, loaded on use. */
export const LOADERS: Loaders = {
  capture: () => import('./es.capture.js'),
  'case-form': () => import('./es.case-form.js'),
  cases: () => import('./es.cases.js'),
  diagnostics: () => import('./es.diagnostics.js'),
  documentation: () => import('./es.documentation.js'),
  drafts: () => import('./es.drafts.js'),
  forms: () => import('./es.forms.js'),
  labels: () => import('./es.labels.js'),
  launcher: () => import('./es.launcher.js'),
  search: () => import('./es.search.js'),
  settings: () => import('./es.settings.js'),
  suggest: () => import('./es.suggest.js'),
};
