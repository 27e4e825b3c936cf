/**
 * eq-support: contact-support web components for any host page.
 * Importing this module registers every element.
 */
export * from './api/index.js';
export * from './context/index.js';
export * from './events/index.js';
export { createLazyHttpBackend } from './api/lazy-backend.js';
export { clearStoredData, DRAFT_MAX_AGE_DAYS } from './storage.js';
export { reportError, type ReportErrorOptions } from './report-error.js';
export {
  startDiagnostics,
  type DiagnosticsCollector,
  type DiagnosticsOptions,
  type DiagnosticsReport,
  type DiagnosticsEntry,
  type ReportedError,
  type RedactRule,
} from './diagnostics/collector.js';
export { EqCaseForm } from './components/case-form/case-form.js';
export { EqArticleSuggest } from './components/article-suggest/article-suggest.js';
export { EqDocumentation } from './components/documentation/documentation.js';
export { EqSupportButton } from './components/support-button/support-button.js';
export { EqSupportLauncher } from './components/launcher/launcher.js';
export type { CasePrefill, OpenOptions } from './components/launcher/prefill.js';
export { EqCaseList } from './components/case-list/case-list.js';
export { EqCaseView } from './components/case-view/case-view.js';
export { EqUserSettings } from './components/user-settings/user-settings.js';
