/**
 * The case form's "Include diagnostics": off until the person ticks it, then every line that
 * would be sent, each removable, and "Attach diagnostics" hands the JSON file to the upload area.
 * Loaded by the form only when the host collects diagnostics or the form opened for an error.
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { localeReady } from '../localization.js';
import { buildReport, runningDiagnostics } from './collector.js';
import type { DiagnosticsEntry, DiagnosticsReport, ReportedError } from './types.js';

/** What the host's collector has (if it runs), with the reported error. */
export function takeSnapshot(error?: ReportedError): DiagnosticsReport {
  return runningDiagnostics()?.snapshot(error) ?? buildReport([], [], error);
}

/** The file attached: `diagnostics-20261206-071500.json`. */
export function diagnosticsFile(report: DiagnosticsReport): File {
  const stamp = report.generatedAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return new File([JSON.stringify(report, null, 2)], `diagnostics-${stamp}.json`, {
    type: 'application/json',
  });
}

function time(iso: string): string {
  return iso.slice(11, 19);
}

function describeEntry(entry: DiagnosticsEntry): string {
  if (entry.type === 'console') {
    return entry.level === 'error'
      ? msg(str`Console error: ${entry.message}`)
      : msg(str`Console warning: ${entry.message}`);
  }
  const outcome = entry.status === 0 ? msg('no answer') : String(entry.status);
  return `${entry.method} ${entry.url} → ${outcome} (${entry.durationMs} ms)`;
}

export interface ReviewHandlers {
  /** Removes the line of `entries[index]`. */
  remove: (index: number) => void;
  /** Removes the reported error's stack. */
  removeStack: () => void;
  attach: () => void;
}

export function renderReview(report: DiagnosticsReport, on: ReviewHandlers): TemplateResult {
  const lines = report.entries;
  const error = report.error;
  return html`<div class="diagnostics-review" part="diagnostics-review">
    <p id="diagnostics-review-intro">
      ${msg('This is everything that will be attached. Remove any line you do not want to share.')}
    </p>
    <ul class="diagnostics-lines" aria-labelledby="diagnostics-review-intro">
      <li>
        <span
          >${msg(str`Page: ${report.page}`)} · ${msg(str`Time zone: ${report.timeZone}`)} ·
          ${msg(str`Language: ${report.language}`)} · eq-support ${report.sdkVersion}</span
        >
      </li>
      <li><span>${msg(str`Browser: ${report.userAgent}`)}</span></li>
      ${
        error
          ? html`<li>
                <span
                  >${msg(str`Reported error: ${error.name}: ${error.message}`)}${
                    error.eventId ? ` · ${msg(str`Event ID: ${error.eventId}`)}` : ''
                  }</span
                >
              </li>
              ${
                error.stack
                  ? html`<li>
                      <pre>${error.stack}</pre>
                      <button type="button" class="link-button" @click=${on.removeStack}>
                        ${msg('Remove the stack')}
                      </button>
                    </li>`
                  : ''
              }`
          : ''
      }
      ${lines.map(
        (entry, index) =>
          html`<li>
            <span><time>${time(entry.time)}</time> ${describeEntry(entry)}</span>
            <button
              type="button"
              class="link-button"
              aria-label=${msg(str`Remove line ${index + 1}`)}
              @click=${() => on.remove(index)}
            >
              ${msg('Remove')}
            </button>
          </li>`,
      )}
    </ul>
    ${
      lines.length === 0
        ? html`<p class="help">
            ${msg('Nothing was logged on this page since diagnostics started.')}
          </p>`
        : ''
    }
    <button type="button" class="button" @click=${on.attach}>${msg('Attach diagnostics')}</button>
  </div>`;
}

/** Styles of the choice, added to the form's when this module loads (not with the form). */
const styles = css`
  .diagnostics {
    margin: calc(var(--_space) * 2) 0 0;
  }
  .diagnostics ul {
    display: grid;
    gap: 0.4em;
    margin: var(--_space) 0;
    padding: 0;
    list-style: none;
    max-height: 20em;
    overflow: auto;
  }
  .diagnostics li {
    display: flex;
    gap: 0.8em;
    justify-content: space-between;
    align-items: start;
    overflow-wrap: anywhere;
  }
  .diagnostics pre {
    margin: 0;
    white-space: pre-wrap;
    font-size: 0.875em;
  }
`;

/** The choice and its review, rendered by the case form under its uploads. */
export class DiagnosticsChoice {
  /** Ticked: the snapshot under review (lines removable). */
  private report?: DiagnosticsReport;

  /** Said (politely) after the file went to the uploads. */
  private note = '';

  constructor(private readonly host: ReactiveElement) {
    const root = host.renderRoot as ShadowRoot;
    if (styles.styleSheet)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  }

  render(error?: ReportedError): TemplateResult {
    const report = this.report;
    if (report) this.note = '';
    return html`<div class="diagnostics" part="diagnostics">
      <label
        ><input
          type="checkbox"
          .checked=${!!report}
          @change=${(event: Event) => {
            this.report = (event.target as HTMLInputElement).checked
              ? takeSnapshot(error)
              : undefined;
            this.host.requestUpdate();
          }}
        />
        ${msg('Include diagnostics')}</label
      >
      <p class="help">
        ${msg('Errors and failed requests of this page, with its address, browser, time zone and language. You see each line before it is attached.')}
      </p>
      ${
        report
          ? renderReview(report, {
              remove: (index) =>
                this.update({ entries: report.entries.filter((_, i) => i !== index) }),
              removeStack: () => this.update({ error: { ...report.error!, stack: undefined } }),
              attach: () => {
                this.report = undefined;
                this.host.renderRoot
                  .querySelector<HTMLElement & { addFiles(files: File[]): void }>('eq-file-drop')
                  ?.addFiles([diagnosticsFile(report)]);
                this.note = msg('Diagnostics attached.');
                this.host.requestUpdate();
              },
            })
          : nothing
      }
      <p class="visually-hidden" role="status">${this.note}</p>
    </div>`;
  }

  private update(change: Partial<DiagnosticsReport>): void {
    this.report = { ...this.report!, ...change };
    this.host.requestUpdate();
  }
}

/** The choice for `host`, once the texts of `locale` for it are loaded. */
export async function choose(host: ReactiveElement, locale: string): Promise<DiagnosticsChoice> {
  await localeReady(locale, 'diagnostics');
  return new DiagnosticsChoice(host);
}
