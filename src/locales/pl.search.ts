// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

export const templates = {
  s5e60ca: `W trakcie analizy`,
  sd319aa: `Naprawiony`,
  sef939f: `Poprawka zaplanowana`,
};
