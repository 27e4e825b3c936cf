/**
 * Words for the contract's codes (statuses, priorities, close reasons, concern categories), shared
 * by `<eq-case-list>` and `<eq-case-view>`. Labels from the taxonomy win where the backend sends
 * them; these are the fallbacks and the codes the taxonomy does not cover.
 */
import { msg } from '@lit/localize';
import type {
  CaseStatus,
  CloseReason,
  ConcernCategory,
  Priority,
  Taxonomy,
} from '../../api/schemas.js';

export function statusLabel(status: CaseStatus): string {
  switch (status) {
    case 'new':
      return msg('New');
    case 'in_progress':
      return msg('In progress');
    case 'waiting_for_customer':
      return msg('Waiting for your reply');
    case 'resolved':
      return msg('Resolved');
    case 'closed':
      return msg('Closed');
  }
}

export function priorityLabel(priority: Priority, taxonomy?: Taxonomy): string {
  const fromTaxonomy = taxonomy?.priorities.find((p) => p.id === priority)?.label;
  if (fromTaxonomy) return fromTaxonomy;
  switch (priority) {
    case 'blocker':
      return msg('Blocker');
    case 'critical':
      return msg('Critical');
    case 'medium':
      return msg('Medium');
    case 'low':
      return msg('Low');
  }
}

export interface LabelledCode<T extends string> {
  id: T;
  label: string;
  description?: string | undefined;
}

/** The six concern categories of the guide, with their descriptions. */
export function concernCategories(taxonomy?: Taxonomy): LabelledCode<ConcernCategory>[] {
  if (taxonomy && taxonomy.concernCategories.length > 0) return taxonomy.concernCategories;
  return [
    {
      id: 'lack_of_reply',
      label: msg('Lack of Reply/Attention'),
      description: msg("The case hasn't received any reply from the Technical Support team."),
    },
    {
      id: 'lack_of_resolution',
      label: msg('Lack of Resolution'),
      description: msg(
        'Unsatisfactory solution provided. The case has an unclear, incorrect, or unacceptable resolution.',
      ),
    },
    {
      id: 'repetitive_tasks',
      label: msg('Repetitive Tasks'),
      description: msg('Too many tasks or actions to be implemented regarding this case.'),
    },
    {
      id: 'unclear_resolution',
      label: msg('Unclear Resolution'),
      description: msg('The resolution provided lacks clarity.'),
    },
    {
      id: 'wrong_reply',
      label: msg('Wrong Reply'),
      description: msg("The response doesn't address the actual issue."),
    },
    { id: 'other', label: msg('Other'), description: msg('Any other reason for the concern.') },
  ];
}

/** Reasons a case can be closed, from the guide. */
export function closeReasons(taxonomy?: Taxonomy): LabelledCode<CloseReason>[] {
  if (taxonomy && taxonomy.closeReasons.length > 0) return taxonomy.closeReasons;
  return [
    {
      id: 'resolution_reached',
      label: msg('Resolution reached'),
      description: msg('You and the support specialist agree that a resolution has been reached.'),
    },
    {
      id: 'not_caused_by_product',
      label: msg('Issue not caused by an Equativ solution'),
      description: msg(
        "The case conclusion is that the issue wasn't caused by a solution provided by Equativ.",
      ),
    },
    {
      id: 'out_of_scope',
      label: msg('Outside the support scope'),
      description: msg(
        'Consulting service requests, for example, should be addressed to the local service team instead.',
      ),
    },
    {
      id: 'no_longer_an_issue',
      label: msg('No longer an issue'),
      description: msg('You indicate that the case is no longer an issue.'),
    },
    {
      id: 'working_as_designed',
      label: msg('Working as designed'),
      description: msg('The case is identified as working as designed.'),
    },
  ];
}

export const labelOf = <T extends string>(options: LabelledCode<T>[], id: T): string =>
  options.find((o) => o.id === id)?.label ?? id;

/** Type and category labels of a case, from the taxonomy (the ids when it is not loaded). */
export function typeAndCategory(
  taxonomy: Taxonomy | undefined,
  typeId: string,
  categoryId: string,
): { type: string; category: string } {
  const type = taxonomy?.caseTypes.find((t) => t.id === typeId);
  const category = type?.categories.find((c) => c.id === categoryId);
  return { type: type?.label ?? typeId, category: category?.label ?? categoryId };
}
