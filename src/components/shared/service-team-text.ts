/**
 * The host's words for the Local Service Team (`<eq-support-provider service-team>`), one text for
 * the page like its language. Apart from the renderer (service-team.ts) so that the provider
 * setting it does not load what renders it.
 */
let hostText: string | undefined;

export function setServiceTeamText(text: string | undefined): void {
  const trimmed = text?.trim();
  hostText = trimmed === '' ? undefined : trimmed;
}

/** What the host set, if anything. */
export function serviceTeamText(): string | undefined {
  return hostText;
}
