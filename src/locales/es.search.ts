// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

export const templates = {
  s5e60ca: `En investigación`,
  sd319aa: `Corregido`,
  sef939f: `Corrección programada`,
};
