// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s0337d9: `Secciones`,
  s15a69e: `← Volver a los artículos`,
  s1a3ae0: str`Ningún artículo coincide con «${0}».`,
  s200fde: `Leer el artículo completo en el sitio de ayuda`,
  s22ca78: `Buscar en la documentación`,
  s335cca: `1 artículo`,
  s497259: str`${0} artículos coinciden con «${1}».`,
  s5c67b6: `Plataforma`,
  s69261f: str`1 artículo coincide con «${0}».`,
  s6b5c9e: `Cargando el artículo…`,
  s884bcd: `Informes`,
  s8b008e: str`desde el ${0}`,
  sb27993: `Cargando la documentación…`,
  sb2c57b: `Mostrar más`,
  sb819f5: str`Actualizado el ${0}`,
  sb84dd0: str`${0} artículos`,
  se16c5e: `Artículo`,
  seb34df: str`Errores conocidos (${0})`,
  seb7448: str`${0} artículos coinciden con «${1}»; se muestran los ${2} mejores.`,
  sf993bb: `Todos`,
  sfa5f00: `API`,
};
