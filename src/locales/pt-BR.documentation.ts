// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s0337d9: `Seções`,
  s15a69e: `← Voltar aos artigos`,
  s1a3ae0: str`Nenhum artigo corresponde a “${0}”.`,
  s200fde: `Ler o artigo completo no site de ajuda`,
  s22ca78: `Pesquisar na documentação`,
  s335cca: `1 artigo`,
  s497259: str`${0} artigos correspondem a “${1}”.`,
  s5c67b6: `Plataforma`,
  s69261f: str`1 artigo corresponde a “${0}”.`,
  s6b5c9e: `Carregando o artigo…`,
  s884bcd: `Relatórios`,
  s8b008e: str`desde ${0}`,
  sb27993: `Carregando a documentação…`,
  sb2c57b: `Mostrar mais`,
  sb819f5: str`Atualizado em ${0}`,
  sb84dd0: str`${0} artigos`,
  se16c5e: `Artigo`,
  seb34df: str`Erros conhecidos (${0})`,
  seb7448: str`${0} artigos correspondem a “${1}”; os ${2} melhores são listados.`,
  sf993bb: `Todos`,
  sfa5f00: `API`,
};
