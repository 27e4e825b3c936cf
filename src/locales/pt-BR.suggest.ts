// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s259634: `Talvez você já tenha um chamado sobre isso`,
  s70f239: str`Nenhum artigo de ajuda corresponde a “${0}”.`,
  s8dce02: `Estes artigos podem ajudar`,
  s8eb65f: `Pesquisar artigos de ajuda`,
  s91a333: str`${0} sugestões. Use as setas do teclado para selecionar uma.`,
  sac56b3: `Artigos de ajuda`,
  sc2e2a1: `Sugestões`,
  sd3b031: str`O artigo “${0}” resolveu seu problema?`,
  sebad0b: `Carregando artigos…`,
  sf72b18: `1 sugestão. Use as setas do teclado para selecioná-la.`,
};
