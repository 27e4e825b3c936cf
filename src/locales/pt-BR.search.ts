// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

export const templates = {
  s5e60ca: `Em investigação`,
  sd319aa: `Corrigido`,
  sef939f: `Correção agendada`,
};
