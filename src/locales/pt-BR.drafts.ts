// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

export const templates = {
  s198570: `Há um chamado não enviado.`,
  s81ecf2: `Continuar`,
  s82b7cb: `O chamado não enviado foi descartado.`,
  s8f4be9: `Desfazer`,
};
