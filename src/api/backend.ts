/**
 * What the elements need from a support backend. `createHttpBackend` implements it over HTTP;
 * a host may hand in any other object that honours the same promises (and the same errors).
 */
import type {
  ArticleSection,
  ArticleSummary,
  Article,
  Attachment,
  Case,
  CasePage,
  CaseSort,
  Contact,
  Priority,
  ServiceStatus,
  StatusFilter,
  SupportCenter,
  Taxonomy,
  User,
} from './schemas.js';
import type {
  CloseCase,
  NewCase,
  NewConcern,
  NewMessage,
  NewSurveyAnswer,
  ReopenCase,
  UserSettingsPatch,
} from './request-schemas.js';

export interface RequestOptions {
  /** Cancels the request; the promise then rejects with an `AbortedError`. */
  signal?: AbortSignal;
}

/** Options of a request for texts a person reads, which the backend may translate. */
export interface LocalizedRequestOptions extends RequestOptions {
  /**
   * Language of the texts (`en`, `fr`, `es`, `pl`, `pt-BR`), sent as `Accept-Language` instead of
   * the backend's own `locale`: an element asks in the language it shows.
   */
  locale?: string;
}

/** Options of a state-changing request that the backend deduplicates. */
export interface IdempotentOptions extends RequestOptions {
  /**
   * Key that makes retries safe: the backend answers every request with the same key and body
   * with the first answer. Keep it with the unsent data and reuse it on every retry.
   */
  idempotencyKey?: string;
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadOptions extends RequestOptions {
  onProgress?: (progress: UploadProgress) => void;
}

export interface CaseListParams {
  status?: StatusFilter | StatusFilter[];
  priority?: Priority | Priority[];
  q?: string;
  sort?: CaseSort;
  cursor?: string | null;
  limit?: number;
  scope?: 'mine' | 'organization';
}

export interface ArticleQuery {
  q?: string;
  section?: ArticleSection;
}

export interface SupportBackend {
  getMe(options?: RequestOptions): Promise<User>;
  updateSettings(patch: UserSettingsPatch, options?: RequestOptions): Promise<User>;
  /** Priorities, types and categories, reasons…, in `options.locale` when the backend has it. */
  getTaxonomy(options?: LocalizedRequestOptions): Promise<Taxonomy>;
  /** The organization's contacts; `portalAccess` tells who can be a collaborator. */
  listContacts(options?: RequestOptions): Promise<Contact[]>;
  listArticles(query?: ArticleQuery, options?: RequestOptions): Promise<ArticleSummary[]>;
  getArticle(id: string, options?: RequestOptions): Promise<Article>;
  getServiceStatus(options?: RequestOptions): Promise<ServiceStatus>;
  listSupportCenters(options?: RequestOptions): Promise<SupportCenter[]>;
  /** Uploads one file; attach the returned id to a new case with `attachmentIds`. */
  uploadAttachment(file: Blob, name: string, options?: UploadOptions): Promise<Attachment>;
  /** Files a case. The idempotency key is required: reuse it on every retry of the same draft. */
  createCase(
    input: NewCase,
    options: IdempotentOptions & { idempotencyKey: string },
  ): Promise<Case>;
  listCases(params?: CaseListParams, options?: RequestOptions): Promise<CasePage>;
  getCase(id: string, options?: RequestOptions): Promise<Case>;
  addMessage(id: string, input: NewMessage, options?: IdempotentOptions): Promise<Case>;
  addCaseAttachment(id: string, file: Blob, name: string, options?: UploadOptions): Promise<Case>;
  reopenCase(id: string, input: ReopenCase, options?: IdempotentOptions): Promise<Case>;
  closeCase(id: string, input: CloseCase, options?: IdempotentOptions): Promise<Case>;
  raiseConcern(id: string, input: NewConcern, options?: IdempotentOptions): Promise<Case>;
  answerSurvey(id: string, input: NewSurveyAnswer, options?: IdempotentOptions): Promise<Case>;
  /**
   * How many of the person's open cases wait for their reply (the button's badge). Optional:
   * without it the button asks `listCases`.
   */
  countWaitingCases?(options?: RequestOptions): Promise<number>;
}

/** Every method of SupportBackend, for wrappers that forward them (checked to be complete). */
export const BACKEND_METHODS = [
  'getMe',
  'updateSettings',
  'getTaxonomy',
  'listContacts',
  'listArticles',
  'getArticle',
  'getServiceStatus',
  'listSupportCenters',
  'uploadAttachment',
  'createCase',
  'listCases',
  'getCase',
  'addMessage',
  'addCaseAttachment',
  'reopenCase',
  'closeCase',
  'raiseConcern',
  'answerSurvey',
  'countWaitingCases',
] as const satisfies readonly (keyof SupportBackend)[];

// Compile-time proof that BACKEND_METHODS lists every method.
type Missing = Exclude<keyof SupportBackend, (typeof BACKEND_METHODS)[number]>;
const _complete: Missing extends never ? true : Missing = true;
void _complete;
