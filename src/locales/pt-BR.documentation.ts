// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  p337cec: str`${0} artigos`,
  p48b2a2: str`${0} artigo`,
  p60912a: str`${0} artigos correspondem a “${1}”; os ${2} melhores são listados.`,
  p64419c: str`${0} artigos`,
  p68609d: str`${0} artigos correspondem a “${1}”.`,
  p76a314: str`${0} artigo corresponde a “${1}”.`,
  p7a1e9f: str`${0} artigos correspondem a “${1}”.`,
  p7a5dfd: str`${0} artigos`,
  p97f743: str`${0} artigos correspondem a “${1}”.`,
  pa939be: str`${0} artigos correspondem a “${1}”; os ${2} melhores são listados.`,
  paa2cbc: str`${0} artigos correspondem a “${1}”; os ${2} melhores são listados.`,
  s0337d9: `Seções`,
  s15a69e: `← Voltar aos artigos`,
  s1a3ae0: str`Nenhum artigo corresponde a “${0}”.`,
  s200fde: `Ler o artigo completo no site de ajuda`,
  s22ca78: `Pesquisar na documentação`,
  s5c67b6: `Plataforma`,
  s6b5c9e: `Carregando o artigo…`,
  s884bcd: `Relatórios`,
  s8b008e: str`desde ${0}`,
  sb27993: `Carregando a documentação…`,
  sb2c57b: `Mostrar mais`,
  sb819f5: str`Atualizado em ${0}`,
  se16c5e: `Artigo`,
  seb34df: str`Erros conhecidos (${0})`,
  sf993bb: `Todos`,
  sfa5f00: `API`,
};
