// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

export const templates = {
  s198570: `Tiene un caso sin enviar.`,
  s81ecf2: `Continuar`,
  s82b7cb: `Se descartó el caso no enviado.`,
  s8f4be9: `Deshacer`,
};
