/**
 * The eq-support contract: every shape the elements, the client and the reference backend exchange.
 *
 * One source of truth. The HTTP client validates every response with these schemas, the reference
 * backend validates every request with them, and the OpenAPI document is generated from them
 * (see `openapi.ts`). Written with `zod/mini` so the lazily loaded bundle stays small.
 *
 * These are the shapes of answers (and what both directions share); what only requests carry is in
 * `request-schemas.ts`, which a browser loads with the case form or the first write, not to open
 * the launcher.
 */
import * as z from 'zod/mini';
import { ID, text } from './schema-blocks.js';

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

/** An ISO 8601 timestamp with offset, e.g. `2026-11-23T09:30:00Z`. */
export const Timestamp = z.iso.datetime({ offset: true, error: 'Expected an ISO 8601 timestamp' });

/**
 * Most entries a case's history holds. Every message, file, status change and concern adds one;
 * a case that reaches it takes no more (the server answers 409 `case-history-full`): a new case
 * is filed instead. Keeps every case, and every answer carrying one, bounded.
 */
export const MAX_CASE_HISTORY = 1000;
/** Most files sent with one case or one message. */
export const MAX_ATTACHMENTS_PER_REQUEST = 20;

import { LOCALES } from './locales.js';
import { TEXT_LIMITS } from './limits.js';

export { LOCALES };
/** Languages the SDK is translated into; also the languages used to route cases to delivery centers. */
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

export const PRIORITIES = ['blocker', 'critical', 'medium', 'low'] as const;
/** Case priority, most severe first. Fixed once the case is saved. */
export const Priority = z.enum(PRIORITIES, { error: 'Choose a priority' });
export type Priority = z.infer<typeof Priority>;

export const CASE_STATUSES = [
  'new',
  'in_progress',
  'waiting_for_customer',
  'resolved',
  'closed',
] as const;
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;
/** Statuses in which a case is still being worked on. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['new', 'in_progress', 'waiting_for_customer'];

export const CLOSE_REASONS = [
  'resolution_reached',
  'not_caused_by_product',
  'out_of_scope',
  'no_longer_an_issue',
  'working_as_designed',
] as const;
export const CloseReason = z.enum(CLOSE_REASONS, { error: 'Choose why the case can be closed' });
export type CloseReason = z.infer<typeof CloseReason>;

export const CONCERN_CATEGORIES = [
  'lack_of_reply',
  'lack_of_resolution',
  'repetitive_tasks',
  'unclear_resolution',
  'wrong_reply',
  'other',
] as const;
export const ConcernCategory = z.enum(CONCERN_CATEGORIES, { error: 'Choose a concern category' });
export type ConcernCategory = z.infer<typeof ConcernCategory>;

export const ARTICLE_SECTIONS = ['platform', 'api', 'reports'] as const;
export const ArticleSection = z.enum(ARTICLE_SECTIONS);
export type ArticleSection = z.infer<typeof ArticleSection>;

/**
 * A phone number a person can be called on: digits, spaces, dots, dashes, brackets, an optional
 * leading +, with 6 to 20 digits. One pattern (the digit count is its look-ahead), so the OpenAPI
 * document states exactly what the backend accepts.
 */
const PHONE = /^\s*(?=(?:[^0-9]*[0-9]){6,20}[^0-9]*$)\+?[0-9][0-9 ().-]{4,28}[0-9]\s*$/;
const PHONE_MESSAGE = 'Enter a phone number with 6 to 20 digits, for example +33 1 23 45 67 89';
export const Phone = z.string({ error: 'Enter a phone number' }).check(
  // The pattern refuses an empty number too; a too long one gets the same message once.
  z.maxLength(31, PHONE_MESSAGE),
  z.trim(),
  z.regex(PHONE, PHONE_MESSAGE),
);

// ---------------------------------------------------------------------------------------------
// Problems (RFC 9457)
// ---------------------------------------------------------------------------------------------

export const FieldError = z.object({
  /** Dotted path of the offending field in the request body, e.g. `subject` or `technicalContact.phone`. */
  field: z.string(),
  message: z.string(),
  code: z.optional(z.string()),
});
export type FieldError = z.infer<typeof FieldError>;

export const Problem = z.looseObject({
  type: z.optional(z.string()),
  title: z.string(),
  status: z.optional(z.number()),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  /** Per-field errors (an RFC 9457 extension member). */
  errors: z.optional(z.array(FieldError)),
});
export type Problem = z.infer<typeof Problem>;

// ---------------------------------------------------------------------------------------------
// User and settings
// ---------------------------------------------------------------------------------------------

export const EmailNotifications = z.object({
  caseCreated: z.boolean(),
  supportReplied: z.boolean(),
  statusChanged: z.boolean(),
  caseClosed: z.boolean(),
  surveyRequests: z.boolean(),
});
export type EmailNotifications = z.infer<typeof EmailNotifications>;

export const UserSettings = z.object({
  /** Language used to route cases to a local service team. */
  language: Locale,
  emailNotifications: EmailNotifications,
});
export type UserSettings = z.infer<typeof UserSettings>;

/**
 * The person's local service team: who to contact when support cannot be reached, the person is
 * not let in, or a request is out of support's scope.
 */
export const ServiceTeam = z.object({
  name: z.string(),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
});
export type ServiceTeam = z.infer<typeof ServiceTeam>;

export const User = z.object({
  id: ID,
  name: z.string(),
  email: z.string(),
  phone: z.optional(z.string()),
  /** The contact record of this user in their organization. */
  contactId: ID,
  organization: z.object({ id: ID, name: z.string() }),
  /** IANA time zone, e.g. `Europe/Paris`. */
  timeZone: z.string(),
  settings: UserSettings,
  serviceTeam: z.optional(ServiceTeam),
});
export type User = z.infer<typeof User>;

// ---------------------------------------------------------------------------------------------
// Taxonomy
// ---------------------------------------------------------------------------------------------

export const PriorityInfo = z.object({
  id: Priority,
  label: z.string(),
  description: z.string(),
  examples: z.array(z.string()),
});
export type PriorityInfo = z.infer<typeof PriorityInfo>;

export const CaseCategory = z.object({ id: ID, label: z.string() });
export type CaseCategory = z.infer<typeof CaseCategory>;

export const CaseType = z.object({ id: ID, label: z.string(), categories: z.array(CaseCategory) });
export type CaseType = z.infer<typeof CaseType>;

export const LabelledOption = <T extends z.ZodMiniType>(id: T) =>
  z.object({ id, label: z.string(), description: z.optional(z.string()) });

export const Taxonomy = z.object({
  priorities: z.array(PriorityInfo),
  /** What the Blocker priority requires, shown when it is chosen. */
  blockerPolicy: z.array(z.string()),
  caseTypes: z.array(CaseType),
  closeReasons: z.array(LabelledOption(CloseReason)),
  concernCategories: z.array(LabelledOption(ConcernCategory)),
  /** Requests that belong to the local service team rather than technical support. */
  outOfScope: z.array(z.string()),
});
export type Taxonomy = z.infer<typeof Taxonomy>;

// ---------------------------------------------------------------------------------------------
// Contacts, articles, service status, support centers
// ---------------------------------------------------------------------------------------------

export const Contact = z.object({
  id: ID,
  name: z.string(),
  email: z.string(),
  jobTitle: z.optional(z.string()),
  /** Only contacts with portal access can be added as collaborators. */
  portalAccess: z.boolean(),
});
export type Contact = z.infer<typeof Contact>;

export const KnownError = z.object({
  /** What to do until the fix ships. */
  workaround: z.string(),
  status: z.enum(['investigating', 'fix_scheduled', 'fixed']),
  since: Timestamp,
});
export type KnownError = z.infer<typeof KnownError>;

export const ArticleSummary = z.object({
  id: ID,
  title: z.string(),
  summary: z.string(),
  section: ArticleSection,
  tags: z.array(z.string()),
  url: z.string(),
  knownError: z.optional(KnownError),
  updatedAt: Timestamp,
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const Article = z.extend(ArticleSummary, {
  /** Article body as HTML. Untrusted: render it only through a sanitizer. */
  body: z.string(),
});
export type Article = z.infer<typeof Article>;

export const ArticleList = z.object({ items: z.array(ArticleSummary) });
export type ArticleList = z.infer<typeof ArticleList>;

/** Query of `GET /articles`. */
export const COMPONENT_STATES = [
  'operational',
  'degraded',
  'partial_outage',
  'major_outage',
] as const;
export const ServiceComponent = z.object({
  id: ID,
  name: z.string(),
  status: z.enum(COMPONENT_STATES),
});
export type ServiceComponent = z.infer<typeof ServiceComponent>;

export const Incident = z.object({
  id: ID,
  title: z.string(),
  status: z.enum(['investigating', 'identified', 'monitoring', 'resolved']),
  impact: z.enum(['minor', 'major', 'critical']),
  componentIds: z.array(ID),
  message: z.string(),
  startedAt: Timestamp,
  updatedAt: Timestamp,
});
export type Incident = z.infer<typeof Incident>;

export const ServiceStatus = z.object({
  updatedAt: Timestamp,
  components: z.array(ServiceComponent),
  /** Incidents that are not resolved yet. */
  incidents: z.array(Incident),
  statusPageUrl: z.string(),
});
export type ServiceStatus = z.infer<typeof ServiceStatus>;

const HHMM = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
export const OpeningHours = z.object({
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  day: z.int().check(z.gte(1), z.lte(7)),
  open: HHMM,
  close: HHMM,
});
export type OpeningHours = z.infer<typeof OpeningHours>;

export const SupportCenter = z.object({
  id: ID,
  city: z.string(),
  country: z.string(),
  region: z.enum(['europe', 'americas', 'apac']),
  /** IANA time zone the hours are expressed in. */
  timeZone: z.string(),
  languages: z.array(z.string()),
  hours: z.array(OpeningHours),
  /** Local public holidays (`YYYY-MM-DD`, the center's own dates): closed all day. */
  holidays: z.optional(z.array(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)))),
});
export type SupportCenter = z.infer<typeof SupportCenter>;

export const SupportCenterList = z.object({ items: z.array(SupportCenter) });
export const ContactList = z.object({ items: z.array(Contact) });

// ---------------------------------------------------------------------------------------------
// Attachments
// ---------------------------------------------------------------------------------------------

export const Attachment = z.object({
  id: ID,
  name: z.string(),
  size: z.int().check(z.gte(0)),
  contentType: z.string(),
  createdAt: Timestamp,
  /** Download address (signed; valid for a limited time). */
  url: z.string(),
});
export type Attachment = z.infer<typeof Attachment>;

// ---------------------------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------------------------

export const CasePerson = z.object({
  name: z.string(),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
});
export type CasePerson = z.infer<typeof CasePerson>;

export const TechnicalContact = z.object({
  name: text(TEXT_LIMITS.technicalContactName, 'Enter the name of the technical contact'),
  phone: Phone,
});
export type TechnicalContact = z.infer<typeof TechnicalContact>;

export const PriorityChangeRequest = z.object({
  requested: Priority,
  justification: text(5000, 'Explain why the priority should change'),
});
export type PriorityChangeRequest = z.infer<typeof PriorityChangeRequest>;

export const Concern = z.object({
  id: ID,
  category: ConcernCategory,
  phone: z.string(),
  description: z.string(),
  createdAt: Timestamp,
});
export type Concern = z.infer<typeof Concern>;

export const SurveyAnswer = z.object({
  rating: z.int().check(z.gte(1), z.lte(5)),
  comment: z.optional(z.string()),
  answeredAt: Timestamp,
});
export type SurveyAnswer = z.infer<typeof SurveyAnswer>;

export const CaseNumber = z.string().check(z.regex(/^\d{8}$/));

export const CaseSummary = z.object({
  id: ID,
  /** 8-digit, zero-padded case number to quote in every communication. */
  number: CaseNumber,
  subject: z.string(),
  status: CaseStatus,
  priority: Priority,
  typeId: ID,
  categoryId: ID,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type CaseSummary = z.infer<typeof CaseSummary>;

const HistoryBase = { id: ID, at: Timestamp };
export const CaseEvent = z.discriminatedUnion('kind', [
  z.object({
    ...HistoryBase,
    kind: z.literal('message'),
    author: z.object({ role: z.enum(['support', 'customer']), name: z.string() }),
    body: z.string(),
    attachmentIds: z.optional(z.array(ID)),
  }),
  z.object({
    ...HistoryBase,
    kind: z.literal('status_change'),
    from: z.nullable(CaseStatus),
    to: CaseStatus,
    reason: z.optional(z.string()),
  }),
  z.object({ ...HistoryBase, kind: z.literal('attachment_added'), attachment: Attachment }),
  z.object({
    ...HistoryBase,
    kind: z.literal('priority_change_requested'),
    from: Priority,
    requested: Priority,
    justification: z.string(),
  }),
  z.object({ ...HistoryBase, kind: z.literal('concern_raised'), category: ConcernCategory }),
  z.object({ ...HistoryBase, kind: z.literal('survey_answered'), rating: z.int() }),
]);
export type CaseEvent = z.infer<typeof CaseEvent>;

export const CaseMetadata = z.strictObject({
  /** Version of the eq-support SDK that filed the case. */
  sdkVersion: z.optional(z.string().check(z.maxLength(50))),
  userAgent: z.optional(z.string().check(z.maxLength(1000))),
  /** Address of the host page the case was filed from. */
  pageUrl: z.optional(z.string().check(z.maxLength(2048))),
  /** Interface language the person used. */
  locale: z.optional(z.string().check(z.maxLength(20))),
});
export type CaseMetadata = z.infer<typeof CaseMetadata>;

export const Case = z.extend(CaseSummary, {
  description: z.string(),
  howToReproduce: z.optional(z.string()),
  insertionId: z.optional(z.string()),
  dealId: z.optional(z.string()),
  campaignId: z.optional(z.string()),
  domainUrl: z.optional(z.string()),
  contact: CasePerson,
  technicalContact: z.optional(TechnicalContact),
  collaborators: z.array(Contact),
  attachments: z.array(Attachment),
  concerns: z.array(Concern),
  survey: z.optional(SurveyAnswer),
  closeReason: z.optional(CloseReason),
  metadata: z.optional(CaseMetadata),
  history: z.array(CaseEvent).check(z.maxLength(MAX_CASE_HISTORY)),
});
export type Case = z.infer<typeof Case>;

export const CASE_SORTS = [
  '-updatedAt',
  'updatedAt',
  '-priority',
  'priority',
  '-createdAt',
  'createdAt',
] as const;
export const CaseSort = z.enum(CASE_SORTS);
export type CaseSort = z.infer<typeof CaseSort>;
export const STATUS_FILTERS = ['open', 'closed', 'all', ...CASE_STATUSES] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const CasePage = z.object({
  items: z.array(CaseSummary),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: z.nullable(z.string()),
  /** Number of cases matching the filters. */
  total: z.int(),
  /** Open cases of the person that wait for their reply (whatever the filters). */
  waitingForCustomer: z.int(),
});
export type CasePage = z.infer<typeof CasePage>;
