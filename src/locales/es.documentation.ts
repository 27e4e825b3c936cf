// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  p337cec: str`${0} artículos`,
  p48b2a2: str`${0} artículo`,
  p60912a: str`${0} artículos coinciden con «${1}»; se muestran los ${2} mejores.`,
  p64419c: str`${0} artículos`,
  p68609d: str`${0} artículos coinciden con «${1}».`,
  p76a314: str`${0} artículo coincide con «${1}».`,
  p7a1e9f: str`${0} artículos coinciden con «${1}».`,
  p7a5dfd: str`${0} artículos`,
  p97f743: str`${0} artículos coinciden con «${1}».`,
  pa939be: str`${0} artículos coinciden con «${1}»; se muestran los ${2} mejores.`,
  paa2cbc: str`${0} artículos coinciden con «${1}»; se muestran los ${2} mejores.`,
  s0337d9: `Secciones`,
  s15a69e: `← Volver a los artículos`,
  s1a3ae0: str`Ningún artículo coincide con «${0}».`,
  s200fde: `Leer el artículo completo en el sitio de ayuda`,
  s22ca78: `Buscar en la documentación`,
  s5c67b6: `Plataforma`,
  s6b5c9e: `Cargando el artículo…`,
  s884bcd: `Informes`,
  s8b008e: str`desde el ${0}`,
  sb27993: `Cargando la documentación…`,
  sb2c57b: `Mostrar más`,
  sb819f5: str`Actualizado el ${0}`,
  se16c5e: `Artículo`,
  seb34df: str`Errores conocidos (${0})`,
  sf993bb: `Todos`,
  sfa5f00: `API`,
};
