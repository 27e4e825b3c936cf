// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

export const templates = {
  s5e60ca: `Analyse en cours`,
  sd319aa: `Corrigé`,
  sef939f: `Correctif planifié`,
};
