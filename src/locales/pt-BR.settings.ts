// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

export const templates = {
  s00b78a: `A Equativ usa essa informação para encaminhar seus chamados a uma equipe de serviço local.`,
  s127d59: `Um chamado é fechado`,
  s14b32c: `Carregando suas configurações…`,
  s87afac: `Um chamado muda de status`,
  s90a6d0: `Salvar configurações`,
  sa16df0: `Faça login para alterar suas configurações.`,
  sa29df0: `Suas configurações foram salvas.`,
  sa4bc40: `Receber um e-mail quando`,
  sb6144a: `O suporte responde a um chamado`,
  se0ec65: `Pesquisas de satisfação`,
  sefcf95: `Idioma`,
  sf62a74: `Um chamado é aberto`,
};
