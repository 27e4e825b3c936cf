/**
 * The shapes only requests carry: the bodies of writes and the queries the reference backend
 * checks. Apart from `schemas.ts` so that a browser that only reads (the launcher's home) does not
 * load them; the case form loads them to check a draft, the client with its first write.
 */
import * as z from 'zod/mini';
import {
  CASE_STATUSES,
  CaseSort,
  CloseReason,
  ConcernCategory,
  EmailNotifications,
  Locale,
  MAX_ATTACHMENTS_PER_REQUEST,
  Phone,
  PRIORITIES,
  Priority,
  PriorityChangeRequest,
  TechnicalContact,
  CaseMetadata,
  ArticleSection,
} from './schemas.js';
import { ID, text } from './schema-blocks.js';
import { TEXT_LIMITS } from './limits.js';

// White space around the value is allowed (and trimmed): the document states what is accepted.
const REFERENCE_IDS = /^\s*$|^\s*[A-Za-z0-9._:-]{1,64}(?:\s*,\s*[A-Za-z0-9._:-]{1,64})*\s*$/;
/** One or more comma-separated reference IDs (insertion, deal, campaign), or empty. */
export const ReferenceIds = z
  .string()
  .check(
    z.maxLength(200, 'Keep the list of IDs under 200 characters'),
    z.trim(),
    z.regex(
      REFERENCE_IDS,
      'Use letters, digits, dots, dashes or underscores; separate IDs with commas',
    ),
  );

/**
 * An http(s) URL or a bare domain (optionally with a port, path, query or fragment), e.g.
 * `example.com/ads`, or empty. No other scheme, no user name or password, no spaces. One pattern,
 * so the OpenAPI document states exactly what the backend accepts.
 */
const DOMAIN_OR_URL = new RegExp(
  '^\\s*$|^\\s*(?:[Hh][Tt][Tt][Pp][Ss]?://)?' +
    '(?:[Ll][Oo][Cc][Aa][Ll][Hh][Oo][Ss][Tt]|[0-9]{1,3}(?:\\.[0-9]{1,3}){3}|\\[[0-9A-Fa-f:.]+\\]|' +
    '(?=[^/?#:]{1,253}(?:[/?#:]|$))(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+' +
    '[A-Za-z][A-Za-z0-9-]{0,62})' +
    '(?::[0-9]{1,5})?(?:[/?#]\\S*)?\\s*$',
);

/** True when `value` is an http(s) URL or a bare domain (optionally with a path), e.g. `example.com/ads`. */
export const isDomainOrUrl = (value: string): boolean =>
  value.trim() !== '' && DOMAIN_OR_URL.test(value);

export const DomainOrUrl = z
  .string()
  .check(
    z.maxLength(2048, 'Keep the URL under 2,049 characters'),
    z.trim(),
    z.regex(
      DOMAIN_OR_URL,
      'Enter a domain such as example.com or a URL such as https://example.com/page',
    ),
  );

export const UserSettingsPatch = z.strictObject({
  language: z.optional(Locale),
  emailNotifications: z.optional(z.partial(EmailNotifications)),
});
export type UserSettingsPatch = z.infer<typeof UserSettingsPatch>;

/** Query of a download address (`Attachment.url`): its expiry and signature. */
export const DownloadQuery = z.object({
  /** Expiry, in seconds since 1970. */
  exp: z.string().check(z.regex(/^[0-9]{1,12}$/, 'Expected the expiry of the link')),
  /** HMAC-SHA-256 of the id and expiry, in hex. */
  sig: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'Expected the signature of the link')),
});

export const ArticleSearchQuery = z.strictObject({
  /** Words that must all appear in the title, summary or tags. */
  q: z.optional(z.string().check(z.maxLength(200))),
  section: z.optional(ArticleSection),
});

/** The uploads a new case or a message attaches, by id. */
const AttachmentIds = z
  .array(ID)
  .check(
    z.maxLength(MAX_ATTACHMENTS_PER_REQUEST, `Attach at most ${MAX_ATTACHMENTS_PER_REQUEST} files`),
  );

/**
 * The Blocker rule of `NewCase` (its `superRefine`) in JSON Schema, for the OpenAPI document: a
 * Blocker case needs a technical contact.
 */
export const NEW_CASE_BLOCKER_RULE = {
  if: { properties: { priority: { const: 'blocker' } }, required: ['priority'] },
  then: { properties: { technicalContact: {} }, required: ['technicalContact'] },
} as const;

export const NewCase = z
  .strictObject({
    priority: Priority,
    subject: text(TEXT_LIMITS.subject, 'Enter a subject'),
    description: text(TEXT_LIMITS.description, 'Describe the problem'),
    howToReproduce: z.optional(text(TEXT_LIMITS.howToReproduce)),
    insertionId: z.optional(ReferenceIds),
    dealId: z.optional(ReferenceIds),
    campaignId: z.optional(ReferenceIds),
    domainUrl: z.optional(DomainOrUrl),
    typeId: z
      .string({ error: 'Choose a type' })
      .check(z.minLength(1, 'Choose a type'), z.maxLength(128, 'Choose a type')),
    categoryId: z
      .string({ error: 'Choose a case category' })
      .check(z.minLength(1, 'Choose a case category'), z.maxLength(128, 'Choose a case category')),
    technicalContact: z.optional(TechnicalContact),
    collaboratorIds: z.optional(z.array(ID).check(z.maxLength(50, 'Add at most 50 collaborators'))),
    attachmentIds: z.optional(AttachmentIds),
    metadata: z.optional(CaseMetadata),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.priority === 'blocker' && !value.technicalContact) {
        ctx.issues.push({
          code: 'custom',
          input: value.technicalContact,
          path: ['technicalContact'],
          message: 'Blocker cases need a technical contact who stays available',
        });
      }
    }),
  );
export type NewCase = z.input<typeof NewCase>;

export const NewMessage = z.strictObject({
  body: text(10000, 'Write a message'),
  attachmentIds: z.optional(AttachmentIds),
  priorityChange: z.optional(PriorityChangeRequest),
});
export type NewMessage = z.input<typeof NewMessage>;

export const ReopenCase = z.strictObject({
  /** The “Your message” field. */
  message: text(10000, 'Write a message explaining why the case is reopened'),
  priorityChange: z.optional(PriorityChangeRequest),
});
export type ReopenCase = z.input<typeof ReopenCase>;

export const CloseCase = z.strictObject({ reason: CloseReason, comment: z.optional(text(5000)) });
export type CloseCase = z.input<typeof CloseCase>;

export const NewConcern = z.strictObject({
  phone: Phone,
  category: ConcernCategory,
  description: text(5000, 'Describe your concern'),
});
export type NewConcern = z.input<typeof NewConcern>;

export const NewSurveyAnswer = z.strictObject({
  rating: z
    .int({ error: 'Choose a rating from 1 to 5' })
    .check(z.gte(1, 'Choose a rating from 1 to 5'), z.lte(5, 'Choose a rating from 1 to 5')),
  comment: z.optional(text(2000)),
});
export type NewSurveyAnswer = z.input<typeof NewSurveyAnswer>;

/** A comma-separated list of `words` (spaces allowed around the commas). */
const listOf = (words: readonly string[]) => {
  const word = `(?:${words.join('|')})`;
  return new RegExp(`^${word}(?: *, *${word})*$`);
};

/**
 * Query of `GET /cases` (all values are strings on the wire). Every value is checked here, so the
 * OpenAPI document's parameters say exactly what the backend accepts.
 */
export const CaseQuery = z.strictObject({
  /** `all`, or a comma-separated list of `open`, `closed` and statuses. */
  status: z.optional(
    z
      .string()
      .check(
        z.maxLength(200),
        z.regex(
          new RegExp(`^all$|${listOf(['open', 'closed', ...CASE_STATUSES]).source}`),
          `Use all, or a comma-separated list of open, closed, ${CASE_STATUSES.join(', ')}`,
        ),
      ),
  ),
  /** Comma-separated list of priorities. */
  priority: z.optional(
    z
      .string()
      .check(
        z.maxLength(100),
        z.regex(listOf(PRIORITIES), `Use a comma-separated list of ${PRIORITIES.join(', ')}`),
      ),
  ),
  /** Matches the case number (prefix) or words of the subject. */
  q: z.optional(z.string().check(z.maxLength(200))),
  sort: z.optional(CaseSort),
  /** `nextCursor` of the previous page. */
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(1000))),
  /** Cases per page, 1 to 100 (default 25). */
  limit: z.optional(
    z.string().check(z.regex(/^(?:[1-9][0-9]?|100)$/, 'Use a limit from 1 to 100')),
  ),
  /** `mine` (default): cases the person filed or collaborates on; `organization`: all of the organization's. */
  scope: z.optional(z.enum(['mine', 'organization'])),
});
export type CaseQuery = z.infer<typeof CaseQuery>;
