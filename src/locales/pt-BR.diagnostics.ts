// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s006cfa: str`Fuso horário: ${0}`,
  s245e05: `Erros e solicitações com falha desta página, com o endereço, o navegador, o fuso horário e o idioma. Você vê cada linha antes de ela ser anexada.`,
  s291d77: str`Navegador: ${0}`,
  s2ad43a: `Incluir diagnóstico`,
  s366d0a: `sem resposta`,
  s58c867: str`ID do evento: ${0}`,
  s6ee9ed: `Remover o stack trace`,
  s74ca0c: `Isto é tudo o que será anexado. Remova qualquer linha que você não queira compartilhar.`,
  s805ff3: `Anexar diagnóstico`,
  s861659: str`Remover a linha ${0}`,
  s8aa72e: str`Erro relatado: ${0}: ${1}`,
  saf9483: str`Erro do console: ${0}`,
  sd12987: `Nada foi registrado nesta página desde que o diagnóstico começou.`,
  sd8f167: str`Idioma: ${0}`,
  se05960: str`Aviso do console: ${0}`,
  se26214: str`Página: ${0}`,
  sf08884: `Diagnóstico anexado.`,
};
