// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import type { targetLocales } from './locale-codes.js';

export type TargetLocale = (typeof targetLocales)[number];

/** A part of the SDK with texts to translate (scripts/sdk-parts.ts). */
export type MessagePart =
  | 'capture'
  | 'case-form'
  | 'cases'
  | 'core'
  | 'diagnostics'
  | 'documentation'
  | 'drafts'
  | 'forms'
  | 'labels'
  | 'launcher'
  | 'search'
  | 'settings'
  | 'suggest';

/** Translations are keyed by the first KEY_LENGTH characters of the message id. */
export const KEY_LENGTH = 7;

/** The parts whose texts a part shows: its own and those of the modules it imports. */
export const NEEDS: Record<MessagePart, readonly MessagePart[]> = {
  capture: ['capture', 'core'],
  'case-form': ['case-form', 'core', 'forms', 'labels', 'search', 'suggest'],
  cases: ['cases', 'core', 'labels'],
  core: ['core'],
  diagnostics: ['core', 'diagnostics'],
  documentation: ['core', 'documentation', 'search'],
  drafts: ['core', 'drafts'],
  forms: ['core', 'forms', 'labels'],
  labels: ['core', 'labels'],
  launcher: ['core', 'launcher'],
  search: ['core', 'search'],
  settings: ['core', 'settings'],
  suggest: ['core', 'labels', 'search', 'suggest'],
};

export type Templates = Record<string, unknown>;

/** Loaders of a language's parts but `core`. */
export type Loaders = Record<Exclude<MessagePart, 'core'>, () => Promise<{ templates: Templates }>>;

/** Each language's core part: its texts, and the loaders of its other parts. */
export const CORE: Record<TargetLocale, () => Promise<{ templates: Templates; LOADERS: Loaders }>> =
  {
    fr: () => import('./fr.core.js'),
    es: () => import('./es.core.js'),
    pl: () => import('./pl.core.js'),
    'pt-BR': () => import('./pt-BR.core.js'),
  };
