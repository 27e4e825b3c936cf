// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';
import type { Loaders } from './parts.js';

export const templates = {
  s00ae54: `ID da inserção`,
  s014d4a: `Sua sessão expirou. Faça login novamente e tente outra vez.`,
  s07af99: `O serviço de suporte enviou uma resposta que esta página não entende. Tente novamente mais tarde.`,
  s08717c: `Alguns campos precisam de atenção.`,
  s1a8513: `Solução alternativa:`,
  s238587: `ID da campanha`,
  s245954: `Isso resolveu meu problema`,
  s276b0d: `Solicitações demais. Aguarde um momento e tente novamente.`,
  s2c8189: `Tentar novamente`,
  s2ceb11: `Cancelar`,
  s4bb9b5: `Meus chamados`,
  s63d894: `Descrição`,
  s6cd9cc: `Erro conhecido`,
  s6dbbe2: `Fechado`,
  s74e018: `Número do chamado`,
  s75bbaa: `Algo deu errado no componente de suporte. Tente novamente ou recarregue a página.`,
  s7b7e19: `O arquivo é grande demais.`,
  s80de15: `A solicitação foi cancelada.`,
  s81fa26: `(abre em uma nova aba)`,
  s835edd: `Domínio/URL`,
  s95eaa2: str`Chamado ${0}`,
  s999df1: `Abrir um chamado`,
  s9c9645: `ID do deal`,
  sa19cc5: str`O serviço de suporte teve um problema (erro ${0}). Tente novamente em instantes.`,
  sa2b1a2: `Como reproduzir o problema`,
  sa32e9d: `Enviar arquivo`,
  sa4e407: `Prioridade`,
  sb06018: `Salvando…`,
  sb2d38a: `Aguardando sua resposta`,
  sc00a88: `Descartar`,
  sc16e00: `Voltar`,
  sc97299: `Este item não foi encontrado ou pertence a outra organização.`,
  scd1dd6: `Tentar novamente`,
  sd1d27a: `Você não tem acesso a este item.`,
  sd2223a: `Tipo`,
  se4e983: `O serviço de suporte está demorando demais para responder. Tente novamente em instantes.`,
  se74655: `Obrigado! Que bom que ajudou.`,
  sea4f08: `Remover`,
  sefff4d: `Não foi possível acessar o serviço de suporte. Verifique sua conexão e tente novamente.`,
};

/** The language's other parts, loaded on use. */
export const LOADERS: Loaders = {
  capture: () => import('./pt-BR.capture.js'),
  'case-form': () => import('./pt-BR.case-form.js'),
  cases: () => import('./pt-BR.cases.js'),
  diagnostics: () => import('./pt-BR.diagnostics.js'),
  documentation: () => import('./pt-BR.documentation.js'),
  drafts: () => import('./pt-BR.drafts.js'),
  forms: () => import('./pt-BR.forms.js'),
  labels: () => import('./pt-BR.labels.js'),
  launcher: () => import('./pt-BR.launcher.js'),
  search: () => import('./pt-BR.search.js'),
  settings: () => import('./pt-BR.settings.js'),
  suggest: () => import('./pt-BR.suggest.js'),
};
