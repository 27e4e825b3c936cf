/**
 * The parts of the SDK that load on their own. One table for two cuts that must agree:
 * - vite.config.ts gives each part its own chunk of the CDN build;
 * - scripts/localize-parts.ts gives each part its own file of each language's translations, so that
 *   a chunk brings only the texts it shows (src/locales/<language>.<part>.ts).
 * A module belongs to the first part whose pattern matches its path (a module two parts share goes
 * to the first: the form pieces of the case form and the case view; the search, fuse.js included,
 * of the suggestions and the documentation). What no part claims is `core`: what every element
 * needs (Lit and its packages, styles, the data layer, shared controllers). What the page loads
 * with the script tag is `eager`, whatever the table says.
 */
export interface SdkPart {
  name: string;
  test: RegExp;
}

export const SDK_PARTS: readonly SdkPart[] = [
  // The HTTP client with zod and the contract: loaded with the first call to the backend, not
  // with the provider (a page with <eq-support-provider> loads it at page load).
  {
    name: 'client',
    test: /\/node_modules\/zod\/|\/src\/api\/(?:http-backend|endpoints|schemas|schema-blocks|limits|problem|random|transport)\./,
  },
  // What only requests carry (the bodies of writes, the backend's queries): loaded with the case
  // form, which checks a draft against it, or with the client's first write; not with the reads
  // of the launcher's home.
  { name: 'requests', test: /\/src\/api\/(?:request-schemas|routes)\./ },
  // ky and the client's retrying half: loaded with the first write, or a read that must be tried
  // again (src/api/ky-transport.ts), not with the reads of the launcher's home.
  { name: 'retry', test: /\/node_modules\/ky\/|\/src\/api\/ky-transport\./ },
  // Labels and formats of the taxonomy, statuses and dates, and who the Local Service Team is,
  // for the form, the cases and the suggestions.
  {
    name: 'labels',
    test: /\/src\/components\/shared\/(?:labels|format|service-team)\.|\/lit(?:-html)?\/directives\/repeat\./,
  },
  // "Take a screenshot" of the upload area: the tab capture and its editor, loaded when the person
  // presses it, never with the form or a case.
  { name: 'capture', test: /\/src\/components\/capture\// },
  // The upload area and the sending of files: the form shows it; a case loads it when its
  // attachments panel is wanted.
  {
    name: 'forms',
    test: /\/src\/components\/shared\/file-drop|\/src\/api\/(?:attachments|upload)\.|\/events\/attachments-change-event\./,
  },
  // fuse.js scores matches: it loads with the first search, not with the documentation's list.
  { name: 'fuse', test: /\/node_modules\/fuse\.js\// },
  {
    name: 'search',
    test: /\/src\/search\/|\/article-suggest\/article-(?:parts|suggest\.styles)\.|\/events\/article-(?:open|solved)-event\.|\/debounced-search\.|\/lit(?:-html)?\/directives\/live\./,
  },
  {
    name: 'suggest',
    test: /\/src\/components\/article-suggest\/|\/events\/similar-case-select-event\./,
  },
  // The review of diagnostics and the collector of the host page's errors and failed requests:
  // loaded when the host turns diagnostics on, or the person ticks "Include diagnostics".
  { name: 'diagnostics', test: /\/src\/diagnostics\/(?:collector|redact|review)\./ },
  // The home's notice of an unsent case: loaded only when one is stored.
  { name: 'drafts', test: /\/src\/components\/launcher\/draft-notice\./ },
  {
    name: 'launcher',
    test: /\/src\/components\/launcher\/|\/shared\/focus-trap\.|\/events\/launcher-events\./,
  },
  {
    name: 'case-form',
    test: /\/src\/components\/case-form\/|\/controllers\/draft-storage\.|\/events\/case-form-events\./,
  },
  {
    name: 'cases',
    test: /\/src\/components\/case-(?:list|view)\/|\/shared\/linkify\.|\/src\/api\/case-rules\.|\/events\/(?:case-action-events|case-back-event|case-open-event|case-filter-change-event|create-case-event)\.|\/lit(?:-html)?\/(?:async-directive|directives\/(?:ref|if-defined))\./,
  },
  { name: 'documentation', test: /\/src\/components\/documentation\// },
  {
    name: 'settings',
    test: /\/src\/components\/user-settings\/|\/events\/settings-save-event\./,
  },
  { name: 'support-provider', test: /\/src\/context\/support-provider/ },
];

/** The libraries in `core`. */
export const CORE_LIBRARIES =
  /\/node_modules\/(?:lit|lit-html|lit-element|@lit\/[\w-]+|@oxc-project\/runtime)\/|^\0?rolldown\/runtime/;

/** The part of the module at `path` (a file path or a bundler's module id). */
export function partOf(path: string): string {
  return SDK_PARTS.find((part) => part.test.test(path))?.name ?? 'core';
}
