/** The support API: contract, client and errors. No Lit here, so it can be used on its own. */
export * from './schemas.js';
export * from './request-schemas.js';
export * from './errors.js';
export type * from './backend.js';
export { createHttpBackend } from './http-backend.js';
export type { HttpBackendOptions, RetryPolicy, TokenProvider } from './http-backend.js';
export { issuesToFieldErrors, describeIssues } from './problem.js';
export * from './attachments.js';
export * from './case-rules.js';
