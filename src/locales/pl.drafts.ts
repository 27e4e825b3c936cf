// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

export const templates = {
  s198570: `Masz niewysłane zgłoszenie.`,
  s81ecf2: `Kontynuuj`,
  s82b7cb: `Niewysłane zgłoszenie zostało odrzucone.`,
  s8f4be9: `Cofnij`,
};
