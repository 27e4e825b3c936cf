/**
 * Opt-in diagnostics of the host page: its last console errors and warnings, uncaught errors,
 * and failed network requests (method, address, status, timing), each kept redacted in a bounded
 * ring buffer. Nothing is recorded before the host starts it (`diagnostics` on the button or the
 * provider, or `startDiagnostics()`), and nothing is sent from here: the case form shows the
 * person a snapshot, line by line, and attaches what they keep. Request and response bodies,
 * headers (Authorization, cookies) are never read.
 */
import { SDK_VERSION } from '../version.js';
import { COLLECTOR_KEY } from './types.js';
import { redactText, redactUrl, type RedactRule } from './redact.js';
import type {
  ConsoleEntry,
  DiagnosticsEntry,
  DiagnosticsReport,
  ReportedError,
  RequestEntry,
} from './types.js';

export type { RedactRule } from './redact.js';
export type * from './types.js';

export interface DiagnosticsOptions {
  /** Rules of the host's own, after the SDK's (see RedactRule). */
  redact?: readonly RedactRule[];
  /** Entries kept of each kind (console, requests); the oldest go first. Default 50. */
  limit?: number;
}

export interface DiagnosticsCollector {
  /** What was collected so far, redacted, with the page's environment. */
  snapshot(error?: ReportedError): DiagnosticsReport;
  stop(): void;
}

const MAX_MESSAGE = 500;
const MAX_STACK = 4000;

type Global = typeof globalThis & { [COLLECTOR_KEY]?: Collector };

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function cap(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

class Collector implements DiagnosticsCollector {
  private console: ConsoleEntry[] = [];
  private requests: RequestEntry[] = [];
  private readonly undo: (() => void)[] = [];
  rules: readonly RedactRule[] = [];
  limit = 50;

  constructor(options: DiagnosticsOptions) {
    this.configure(options);
    this.watchConsole();
    this.watchErrors();
    this.watchFetch();
    this.watchXhr();
  }

  configure({ redact, limit }: DiagnosticsOptions): void {
    if (redact) this.rules = redact;
    if (limit !== undefined && limit > 0) this.limit = Math.floor(limit);
  }

  private push<T>(list: T[], entry: T): void {
    list.push(entry);
    if (list.length > this.limit) list.splice(0, list.length - this.limit);
  }

  private addConsole(level: ConsoleEntry['level'], args: readonly unknown[]): void {
    const message = cap(redactText(args.map(describe).join(' '), this.rules), MAX_MESSAGE);
    this.push(this.console, { type: 'console', level, message, time: new Date().toISOString() });
  }

  private addRequest(method: string, url: string, status: number, started: number): void {
    this.push(this.requests, {
      type: 'request',
      method: method.toUpperCase(),
      url: cap(redactUrl(url, location.href, this.rules), MAX_MESSAGE),
      status,
      durationMs: Math.round(performance.now() - started),
      time: new Date().toISOString(),
    });
  }

  private watchConsole(): void {
    for (const [method, level] of [
      ['error', 'error'],
      ['warn', 'warning'],
    ] as const) {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its console
      const original = console[method];
      const record = (args: unknown[]) => this.addConsole(level, args);
      const wrapped = function (this: Console, ...args: unknown[]) {
        try {
          record(args);
        } catch {
          // Recording must never break the host's logging.
        }
        return original.apply(this, args);
      };
      console[method] = wrapped;
      this.undo.push(() => {
        if (console[method] === wrapped) console[method] = original;
      });
    }
  }

  private watchErrors(): void {
    const onError = (event: ErrorEvent) => this.addConsole('error', [event.error ?? event.message]);
    const onRejection = (event: PromiseRejectionEvent) =>
      this.addConsole('error', ['Unhandled rejection:', event.reason]);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    this.undo.push(() => {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    });
  }

  private watchFetch(): void {
    const original = globalThis.fetch;
    if (typeof original !== 'function') return;
    const record = this.addRequest.bind(this);
    const wrapped = async function (
      this: unknown,
      input: RequestInfo | URL,
      init?: RequestInit,
    ): Promise<Response> {
      const started = performance.now();
      const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
      const url =
        input instanceof Request ? input.url : input instanceof URL ? input.href : `${input}`;
      try {
        const response = await original.call(this, input, init);
        if (!response.ok) record(method, url, response.status, started);
        return response;
      } catch (error) {
        record(method, url, 0, started);
        throw error;
      }
    };
    globalThis.fetch = wrapped;
    this.undo.push(() => {
      if (globalThis.fetch === wrapped) globalThis.fetch = original;
    });
  }

  private watchXhr(): void {
    if (typeof XMLHttpRequest === 'undefined') return;
    const proto = XMLHttpRequest.prototype;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with their request
    const { open, send } = proto;
    const record = this.addRequest.bind(this);
    const requests = new WeakMap<XMLHttpRequest, { method: string; url: string }>();
    proto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      requests.set(this, { method: String(args[0]), url: String(args[1]) });
      Reflect.apply(open, this, args);
    };
    proto.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      const started = performance.now();
      const info = requests.get(this);
      if (info) {
        this.addEventListener(
          'loadend',
          () => {
            if (this.status === 0 || this.status >= 400)
              record(info.method, info.url, this.status, started);
          },
          { once: true },
        );
      }
      return send.call(this, body);
    };
    this.undo.push(() => {
      proto.open = open;
      proto.send = send;
    });
  }

  snapshot(error?: ReportedError): DiagnosticsReport {
    const entries = [...this.console, ...this.requests].sort((a, b) =>
      a.time < b.time ? -1 : a.time > b.time ? 1 : 0,
    );
    return buildReport(entries, this.rules, error);
  }

  stop(): void {
    for (const undo of this.undo.splice(0)) undo();
    const global = globalThis as Global;
    if (global[COLLECTOR_KEY] === this) delete global[COLLECTOR_KEY];
  }
}

/** The environment, with `entries` and the reported error (redacted, capped). */
export function buildReport(
  entries: DiagnosticsEntry[],
  rules: readonly RedactRule[] = [],
  error?: ReportedError,
): DiagnosticsReport {
  return {
    sdkVersion: SDK_VERSION,
    generatedAt: new Date().toISOString(),
    page: redactUrl(location.href, location.href, rules),
    userAgent: navigator.userAgent,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    language: navigator.language,
    languages: [...navigator.languages],
    ...(error
      ? {
          error: {
            name: cap(redactText(error.name, rules), 200),
            message: cap(redactText(error.message, rules), MAX_MESSAGE),
            ...(error.stack ? { stack: cap(redactText(error.stack, rules), MAX_STACK) } : {}),
            ...(error.eventId ? { eventId: cap(error.eventId, 200) } : {}),
          },
        }
      : {}),
    entries,
  };
}

/**
 * Starts collecting (once per page; a second call only updates the options) and returns the
 * collector. The case form offers its snapshot as an attachment.
 */
export function startDiagnostics(options: DiagnosticsOptions = {}): DiagnosticsCollector {
  const global = globalThis as Global;
  const running = global[COLLECTOR_KEY];
  if (running) {
    running.configure(options);
    return running;
  }
  return (global[COLLECTOR_KEY] = new Collector(options));
}

/** The running collector, if the host started one. */
export function runningDiagnostics(): DiagnosticsCollector | undefined {
  return (globalThis as Global)[COLLECTOR_KEY];
}
