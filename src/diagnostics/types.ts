/**
 * The shapes of diagnostics (src/diagnostics/collector.ts), apart from its code: the events, the
 * launcher and the case form name them without loading the collector.
 */

/** The running collector, where the case form finds it without importing the collector. */
export const COLLECTOR_KEY = Symbol.for('eq-support.diagnostics');

export interface ConsoleEntry {
  type: 'console';
  /** `error` also covers uncaught errors and unhandled promise rejections. */
  level: 'error' | 'warning';
  message: string;
  /** ISO 8601. */
  time: string;
}

export interface RequestEntry {
  type: 'request';
  method: string;
  /** Redacted: query values, fragment and tokens replaced by `[redacted]`. */
  url: string;
  /** The HTTP status, or 0 when no answer came (offline, blocked, cancelled). */
  status: number;
  durationMs: number;
  time: string;
}

export type DiagnosticsEntry = ConsoleEntry | RequestEntry;

/** An error a host reported with `reportError()`. */
export interface ReportedError {
  name: string;
  message: string;
  stack?: string;
  /** The host's id for it, e.g. a Sentry event id. */
  eventId?: string;
}

/** What the diagnostics file holds. */
export interface DiagnosticsReport {
  sdkVersion: string;
  generatedAt: string;
  /** The page's address, redacted. */
  page: string;
  userAgent: string;
  timeZone: string;
  language: string;
  languages: readonly string[];
  error?: ReportedError;
  entries: DiagnosticsEntry[];
}
