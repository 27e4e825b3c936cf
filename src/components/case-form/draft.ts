/**
 * The case draft: what the person entered, its validation against the contract (with localized
 * messages), and the request body it becomes.
 */
import { msg } from '@lit/localize';
import { randomId } from '../../api/random.js';
import {
  PRIORITIES,
  type Attachment,
  type CaseMetadata,
  type Priority,
  type Taxonomy,
} from '../../api/schemas.js';
import type { NewCase } from '../../api/request-schemas.js';

export interface DraftFields {
  priority: Priority | '';
  subject: string;
  description: string;
  howToReproduce: string;
  insertionId: string;
  dealId: string;
  campaignId: string;
  domainUrl: string;
  typeId: string;
  categoryId: string;
  technicalContactName: string;
  technicalContactPhone: string;
}

export interface CaseDraft {
  fields: DraftFields;
  attachments: Attachment[];
  collaboratorIds: string[];
  step: 'details' | 'collaborators';
  /** Created with the draft and reused on every save attempt: one draft, one case. */
  idempotencyKey: string;
}

export const EMPTY_FIELDS: DraftFields = {
  priority: '',
  subject: '',
  description: '',
  howToReproduce: '',
  insertionId: '',
  dealId: '',
  campaignId: '',
  domainUrl: '',
  typeId: '',
  categoryId: '',
  technicalContactName: '',
  technicalContactPhone: '',
};

export function newDraft(fields: Partial<DraftFields> = {}): CaseDraft {
  return {
    fields: { ...EMPTY_FIELDS, ...fields },
    attachments: [],
    collaboratorIds: [],
    step: 'details',
    idempotencyKey: randomId(),
  };
}

/** Checks the shape of a stored draft (it may come from an older page or be damaged). */
export function isCaseDraft(value: unknown): value is CaseDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<CaseDraft>;
  const fields = draft.fields as Record<string, unknown> | undefined;
  return (
    typeof draft.idempotencyKey === 'string' &&
    (draft.step === 'details' || draft.step === 'collaborators') &&
    Array.isArray(draft.attachments) &&
    Array.isArray(draft.collaboratorIds) &&
    typeof fields === 'object' &&
    fields !== null &&
    Object.keys(EMPTY_FIELDS).every((key) => typeof fields[key] === 'string') &&
    (fields.priority === '' || (PRIORITIES as readonly unknown[]).includes(fields.priority))
  );
}

/** Whether the person has entered anything worth keeping. */
export function hasContent(draft: CaseDraft, prefilled: Partial<DraftFields>): boolean {
  return (
    draft.attachments.length > 0 ||
    draft.collaboratorIds.length > 0 ||
    (Object.keys(EMPTY_FIELDS) as (keyof DraftFields)[]).some(
      (key) => draft.fields[key].trim() !== '' && draft.fields[key] !== (prefilled[key] ?? ''),
    )
  );
}

/** The body of `POST /cases` for this draft. */
export function toNewCase(draft: CaseDraft, metadata: CaseMetadata): NewCase {
  const f = draft.fields;
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  const body: NewCase = {
    // An empty priority stays empty so that validation reports it.
    priority: f.priority as Priority,
    subject: f.subject,
    description: f.description,
    typeId: f.typeId,
    categoryId: f.categoryId,
    collaboratorIds: draft.collaboratorIds,
    attachmentIds: draft.attachments.map((a) => a.id),
    metadata,
  };
  const extra = {
    howToReproduce: optional(f.howToReproduce),
    insertionId: optional(f.insertionId),
    dealId: optional(f.dealId),
    campaignId: optional(f.campaignId),
    domainUrl: optional(f.domainUrl),
  };
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined) (body as Record<string, unknown>)[key] = value;
  }
  if (f.priority === 'blocker') {
    body.technicalContact = { name: f.technicalContactName, phone: f.technicalContactPhone };
  }
  return body;
}

/** Names of the form controls, as used in field errors (the request's dotted paths). */
export type FieldName =
  | 'priority'
  | 'subject'
  | 'description'
  | 'howToReproduce'
  | 'insertionId'
  | 'dealId'
  | 'campaignId'
  | 'domainUrl'
  | 'typeId'
  | 'categoryId'
  | 'technicalContact.name'
  | 'technicalContact.phone'
  | 'attachmentIds'
  | 'collaboratorIds';

/** Order of the controls on the details step: the first invalid one receives focus. */
export const DETAIL_FIELDS: readonly FieldName[] = [
  'priority',
  'technicalContact.name',
  'technicalContact.phone',
  'subject',
  'description',
  'howToReproduce',
  'insertionId',
  'dealId',
  'campaignId',
  'domainUrl',
  'typeId',
  'categoryId',
  'attachmentIds',
];

function message(field: string, code: string | undefined): string {
  const tooLong = code === 'too_big';
  switch (field) {
    case 'priority':
      return msg('Choose a priority.');
    case 'subject':
      return tooLong
        ? msg('Keep the subject under 256 characters.')
        : msg('Enter a subject that summarizes the problem.');
    case 'description':
      return tooLong
        ? msg('Keep the description under 32,000 characters; attach longer material as a file.')
        : msg('Describe the problem: which feature is impacted, and what happens.');
    case 'howToReproduce':
      return msg('Keep the steps under 32,000 characters; attach longer material as a file.');
    case 'insertionId':
    case 'dealId':
    case 'campaignId':
      return msg(
        'Use letters, digits, dots, dashes or underscores; separate several IDs with commas.',
      );
    case 'domainUrl':
      return msg(
        'Enter a domain such as example.com, or an address such as https://example.com/page.',
      );
    case 'typeId':
      return msg('Choose a type.');
    case 'categoryId':
      return msg('Choose a case category.');
    case 'technicalContact.name':
      return msg('Enter the name of the technical contact.');
    case 'technicalContact.phone':
      return msg('Enter a phone number with 6 to 20 digits, for example +33 1 23 45 67 89.');
    default:
      return msg('Check this field.');
  }
}

/** The backend's field errors, first one per control (one for all the attachments, all the collaborators). */
export function serverErrors(
  fieldErrors: readonly { field: string; message: string }[],
): Map<string, string> {
  const errors = new Map<string, string>();
  for (const { field, message } of fieldErrors) {
    const name = /^(attachmentIds|collaboratorIds)/.exec(field)?.[1] ?? field;
    if (!errors.has(name)) errors.set(name, message);
  }
  return errors;
}

/** The contract's request schemas: they load with the first keystroke in the form (or at Next). */
export const loadRequestSchemas = () => import('../../api/request-schemas.js');

/**
 * Field errors of the details step (first one per field), checked with the contract. None when
 * the contract's request schemas cannot be loaded (offline): the backend checks the case when it
 * is saved, and its field errors come back to the fields.
 */
export async function validateDetails(
  draft: CaseDraft,
  taxonomy: Taxonomy | undefined,
): Promise<Map<FieldName, string>> {
  const errors = new Map<FieldName, string>();
  let schemas: Awaited<ReturnType<typeof loadRequestSchemas>>;
  try {
    schemas = await loadRequestSchemas();
  } catch {
    return errors;
  }
  const parsed = schemas.NewCase.safeParse(toNewCase(draft, {}));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      let field = issue.path.map(String).join('.');
      if (field === 'technicalContact') {
        for (const sub of ['technicalContact.name', 'technicalContact.phone'] as const) {
          if (!errors.has(sub)) errors.set(sub, message(sub, undefined));
        }
        continue;
      }
      if (field.startsWith('attachmentIds')) field = 'attachmentIds';
      if (!DETAIL_FIELDS.includes(field as FieldName) || errors.has(field as FieldName)) continue;
      errors.set(field as FieldName, message(field, issue.code));
    }
  }
  const type = taxonomy?.caseTypes.find((t) => t.id === draft.fields.typeId);
  if (
    type &&
    draft.fields.categoryId &&
    !type.categories.some((c) => c.id === draft.fields.categoryId)
  ) {
    errors.set('categoryId', message('categoryId', undefined));
  }
  return errors;
}

const FEATURE_WORDS =
  /\b(deal|insertion|campaign|report|reporting|api|task|page|tag|tagging|creative|template|forecast|programmatic|rtb|openrtb|sdk|login|access|user|delivery|impression|bid|auction|audience|instant insights|maestro|dashboard|invoice|export)s?\b/i;

/** True when a subject names neither an ID nor a feature, so a hint can suggest adding one. */
export function subjectNeedsDetail(subject: string): boolean {
  const text = subject.trim();
  return text.length >= 8 && !/\d{3,}/.test(text) && !FEATURE_WORDS.test(text);
}
