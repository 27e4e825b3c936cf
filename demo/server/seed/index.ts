/** Assembles the reference backend's seed data. */
import { articles } from './articles.js';
import { seedCases } from './cases.js';
import { supportCenters } from './centers.js';
import { contacts, organizations, users } from './people.js';
import { serviceStatus } from './status.js';
import { taxonomy } from './taxonomy.js';
import { taxonomyTranslations } from './taxonomy-i18n.js';
import type { Seed } from './types.js';

export type * from './types.js';

/** The complete seed, with case and incident dates relative to `now`. */
export function buildSeed(now = new Date()): Seed {
  return {
    taxonomy,
    taxonomyTranslations,
    articles,
    supportCenters,
    serviceStatus: serviceStatus(now),
    organizations,
    contacts,
    users,
    cases: seedCases(now),
  };
}
