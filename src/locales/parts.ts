// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import type { targetLocales } from './locale-codes.js';

export type TargetLocale = (typeof targetLocales)[number];

/** A part of the SDK with texts to translate (scripts/sdk-parts.ts). */
export type MessagePart =
  'case-form' | 'cases' | 'core' | 'documentation' | 'forms' | 'launcher' | 'search' | 'suggest';

/** Translations are keyed by the first KEY_LENGTH characters of the message id. */
export const KEY_LENGTH = 7;

/** The parts whose texts a part shows: its own and those of the modules it imports. */
export const NEEDS: Record<MessagePart, readonly MessagePart[]> = {
  'case-form': ['case-form', 'core', 'forms', 'search', 'suggest'],
  cases: ['cases', 'core', 'forms'],
  core: ['core'],
  documentation: ['core', 'documentation', 'search'],
  forms: ['core', 'forms'],
  launcher: ['core', 'launcher'],
  search: ['core', 'search'],
  suggest: ['core', 'forms', 'search', 'suggest'],
};

export type Templates = Record<string, unknown>;

/** Each language's translations of each part, loaded on use. */
export const LOADERS: Record<
  TargetLocale,
  Record<MessagePart, () => Promise<{ templates: Templates }>>
> = {
  fr: {
    'case-form': () => import('./fr.case-form.js'),
    cases: () => import('./fr.cases.js'),
    core: () => import('./fr.core.js'),
    documentation: () => import('./fr.documentation.js'),
    forms: () => import('./fr.forms.js'),
    launcher: () => import('./fr.launcher.js'),
    search: () => import('./fr.search.js'),
    suggest: () => import('./fr.suggest.js'),
  },
  es: {
    'case-form': () => import('./es.case-form.js'),
    cases: () => import('./es.cases.js'),
    core: () => import('./es.core.js'),
    documentation: () => import('./es.documentation.js'),
    forms: () => import('./es.forms.js'),
    launcher: () => import('./es.launcher.js'),
    search: () => import('./es.search.js'),
    suggest: () => import('./es.suggest.js'),
  },
  pl: {
    'case-form': () => import('./pl.case-form.js'),
    cases: () => import('./pl.cases.js'),
    core: () => import('./pl.core.js'),
    documentation: () => import('./pl.documentation.js'),
    forms: () => import('./pl.forms.js'),
    launcher: () => import('./pl.launcher.js'),
    search: () => import('./pl.search.js'),
    suggest: () => import('./pl.suggest.js'),
  },
  'pt-BR': {
    'case-form': () => import('./pt-BR.case-form.js'),
    cases: () => import('./pt-BR.cases.js'),
    core: () => import('./pt-BR.core.js'),
    documentation: () => import('./pt-BR.documentation.js'),
    forms: () => import('./pt-BR.forms.js'),
    launcher: () => import('./pt-BR.launcher.js'),
    search: () => import('./pt-BR.search.js'),
    suggest: () => import('./pt-BR.suggest.js'),
  },
};
