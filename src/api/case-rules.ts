/**
 * Which action each status of a case allows, written once: the reference backend refuses an
 * action its case's status does not allow (409), and the case view offers only the allowed ones.
 * From the guide "Submit and manage support cases": messages and files go to open cases; a
 * resolved or closed case is reopened with a message; a case is closed once a resolution is
 * agreed (so a resolved one too); a concern can be raised at any time; the satisfaction survey
 * follows a resolution. No zod here.
 */
import type { CaseStatus } from './schemas.js';

export type CaseAction = 'message' | 'attach' | 'reopen' | 'close' | 'concern' | 'survey';

const OPEN: readonly CaseStatus[] = ['new', 'in_progress', 'waiting_for_customer'];
const DONE: readonly CaseStatus[] = ['resolved', 'closed'];

/** For each action, the statuses that allow it. */
export const CASE_RULES: Readonly<Record<CaseAction, readonly CaseStatus[]>> = {
  message: OPEN,
  attach: OPEN,
  reopen: DONE,
  close: [...OPEN, 'resolved'],
  concern: [...OPEN, ...DONE],
  survey: DONE,
};

/** Whether a case in `status` allows `action`. */
export const allows = (status: CaseStatus, action: CaseAction): boolean =>
  CASE_RULES[action].includes(status);
