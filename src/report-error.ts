/**
 * `reportError(error, { eventId, context })`: a host's error boundary or `window.onerror` opens
 * the support dialog on a new case for the error: its message in the description, its stack and
 * the host's event id (e.g. Sentry's) offered in the diagnostics, the context (a deal id…)
 * prefilled. The person still reviews and sends; nothing is filed by itself.
 */
import type { EqSupportButton } from './components/support-button/support-button.component.js';
import type { CasePrefill } from './components/launcher/prefill.js';
import type { ReportedError } from './diagnostics/types.js';

export interface ReportErrorOptions {
  /** The host's id for the error, e.g. a Sentry event id. */
  eventId?: string;
  /** Where it happened, prefilled in the form, e.g. `{ dealId: '12333' }`. */
  context?: CasePrefill;
  /** The button whose dialog opens; by default the page's first `<eq-support-button>`. */
  button?: EqSupportButton;
}

function asError(value: unknown): Error {
  if (value instanceof Error) return value;
  if (typeof value === 'string') return new Error(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return new Error(text);
}

/** What the form offers of `error` (its stack and `eventId` go into the diagnostics). */
export function describeReportedError(error: unknown, eventId?: string): ReportedError {
  const e = asError(error);
  return {
    name: e.name || 'Error',
    message: e.message,
    ...(e.stack ? { stack: e.stack } : {}),
    ...(eventId ? { eventId } : {}),
  };
}

/**
 * Opens the support dialog on a new case for `error`. Resolves once the dialog is open; rejects
 * with a clear message when the page has no `<eq-support-button>`.
 */
export async function reportError(error: unknown, options: ReportErrorOptions = {}): Promise<void> {
  const button = options.button ?? document.querySelector('eq-support-button');
  if (!button) {
    throw new Error(
      'reportError(): the page has no <eq-support-button> to open; add one, or pass { button }.',
    );
  }
  await customElements.whenDefined('eq-support-button');
  const report = describeReportedError(error, options.eventId);
  await button.open({
    view: 'create',
    prefill: { description: `${report.name}: ${report.message}`, ...options.context },
    report,
  });
}
