// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s259634: `Es posible que ya tenga un caso sobre esto`,
  s70f239: str`Ningún artículo de ayuda coincide con «${0}».`,
  s8dce02: `Estos artículos podrían serle útiles`,
  s8eb65f: `Buscar artículos de ayuda`,
  s91a333: str`${0} sugerencias. Use las teclas de flecha para seleccionar una.`,
  sac56b3: `Artículos de ayuda`,
  sc2e2a1: `Sugerencias`,
  sd3b031: str`¿El artículo «${0}» ha resuelto su problema?`,
  sebad0b: `Cargando artículos…`,
  sf72b18: `1 sugerencia. Use las teclas de flecha para seleccionarla.`,
};
