/** Shapes of the reference backend's seed data (demo only; not part of the published library). */
import type {
  Article,
  Case,
  Contact,
  ServiceStatus,
  SupportCenter,
  Taxonomy,
  User,
} from '../../../src/api/schemas.js';
import type { TaxonomyTranslation, TranslatedLocale } from './taxonomy-i18n.js';

export interface SeedOrganization {
  id: string;
  name: string;
}

/** A contact of one organization. Demo users are contacts too (their `User.contactId`). */
export interface SeedContact extends Contact {
  organizationId: string;
}

/** A demo user and the fixed bearer token that signs them in. */
export interface SeedUser extends User {
  token: string;
}

/** A file attached to a seed case; `content` is written to the blob store when seeding. */
export interface SeedAttachment {
  id: string;
  name: string;
  contentType: string;
  content: string;
  createdAt: string;
}

/** A case as seeded: the store assigns nothing, the seed fixes id and number. */
export interface SeedCase {
  organizationId: string;
  createdByUserId: string;
  /** `attachments` and `collaborators` are resolved by the store from the ids below. */
  case: Omit<Case, 'attachments' | 'collaborators'>;
  collaboratorIds: string[];
  attachments: SeedAttachment[];
}

export interface Seed {
  /** The taxonomy in English, the source language. */
  taxonomy: Taxonomy;
  /** Its texts in the SDK's other languages, by id (`translateTaxonomy` applies them). */
  taxonomyTranslations: Record<TranslatedLocale, TaxonomyTranslation>;
  articles: Article[];
  supportCenters: SupportCenter[];
  serviceStatus: ServiceStatus;
  organizations: SeedOrganization[];
  contacts: SeedContact[];
  users: SeedUser[];
  cases: SeedCase[];
}
