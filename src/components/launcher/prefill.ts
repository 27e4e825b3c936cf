import type { LauncherView } from '../../events/launcher-events.js';

/** What a host can put into the case form when it opens the launcher. */
export interface CasePrefill {
  priority?: string;
  subject?: string;
  description?: string;
  dealId?: string;
  campaignId?: string;
  insertionId?: string;
  url?: string;
  type?: string;
  category?: string;
  /** Fields shown but locked (names as the form's attributes: `deal-id`, `type`, …). */
  readonlyFields?: string[];
  /** Fields not shown. */
  hiddenFields?: string[];
}

export interface OpenOptions {
  view?: LauncherView;
  /** Prefill of the case form for this opening (merged over the button's `context`). */
  prefill?: CasePrefill;
  /** The case to show with `view: 'case'`. */
  caseId?: string;
}
