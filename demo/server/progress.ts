/**
 * What `npm start` says while it starts (main.ts): each step as it begins, how far it has got and
 * how long it took, so a slow first start never looks like a hung one.
 *
 * On a terminal a step is one line, redrawn in place at most every 500 ms (elapsed time, counts).
 * Into a pipe or a file (a test, CI, `npm start > log`) nothing is redrawn: whole lines only, a
 * count at most every 500 ms and a "still …" line after 5 s without one.
 */

/** Where the text goes: process.stdout, or a test's recorder. */
export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** Default process.stdout. */
  out?: ProgressOutput;
  /** Redraw one line per step (a terminal) or append lines; default: whether `out` is a terminal. */
  live?: boolean;
  /** The clock, in milliseconds; default `performance.now()`, which counts from the process's start. */
  now?: () => number;
  /** When the start began on that clock; default 0 (the process's start). */
  startedAt?: number;
  /** Prefix of each step's line. */
  label?: string;
}

/** Tells the step how far it has got: `done` of `total` things of one kind (`cases`, `files`). */
export type ProgressReport = (done: number, total: number, unit: string) => void;

/** Nothing is said more often than this. */
export const REDRAW_MS = 500;
/** Without a terminal, a step that said nothing for this long says it is still running. */
export const QUIET_MS = 5000;

/** `850 ms`, `12.3 s`. */
export function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export class StartProgress {
  private readonly out: ProgressOutput;
  private readonly live: boolean;
  private readonly now: () => number;
  private readonly label: string;
  /** When the progress (the start) began. */
  readonly startedAt: number;

  constructor(options: ProgressOptions = {}) {
    this.out = options.out ?? process.stdout;
    this.live = options.live ?? this.out.isTTY === true;
    this.now = options.now ?? (() => performance.now());
    this.label = options.label ?? 'eq-support demo: ';
    this.startedAt = options.startedAt ?? 0;
  }

  /** Time since the start, as `duration` writes it. */
  elapsed(): string {
    return duration(this.now() - this.startedAt);
  }

  /** A line of its own (a detail after a step, the banner). */
  line(text: string): void {
    this.out.write(`${text}\n`);
  }

  /**
   * Runs `run`, saying `what` before it, its counts while it runs (through the report it is
   * given) and its time after.
   */
  async step<T>(what: string, run: (report: ProgressReport) => Promise<T>): Promise<T> {
    const begun = this.now();
    /** The latest count of each unit, in the order they came. */
    const counts = new Map<string, [done: number, total: number]>();
    let said = begun;
    let drawn = '';
    const countText = () => [...counts].map(([unit, [d, t]]) => `${d}/${t} ${unit}`).join(', ');
    const draw = () => {
      const parts = [countText(), `${Math.floor((this.now() - begun) / 1000)} s`].filter(Boolean);
      const text = `${this.label}${what}… ${parts.join(' · ')}`;
      if (text !== drawn) this.redraw((drawn = text));
      said = this.now();
    };

    if (this.live) this.redraw(`${this.label}${what}…`);
    else this.line(`${this.label}${what}…`);
    const ticker = setInterval(() => {
      if (this.live) return draw();
      if (this.now() - said < QUIET_MS) return;
      const seconds = Math.round((this.now() - begun) / 1000);
      const count = countText();
      this.line(`  … still ${what} (${count ? `${count}, ` : ''}${seconds} s)`);
      said = this.now();
    }, REDRAW_MS);
    const report: ProgressReport = (done, total, unit) => {
      counts.set(unit, [done, total]);
      if (this.now() - said < REDRAW_MS) return;
      if (this.live) draw();
      else {
        this.line(`  ${done}/${total} ${unit}`);
        said = this.now();
      }
    };

    let failed = true;
    try {
      const result = await run(report);
      failed = false;
      return result;
    } finally {
      clearInterval(ticker);
      const total = [...counts].map(([unit, [d]]) => `${d} ${unit}`).join(', ');
      const took = `${failed ? 'failed after' : 'done in'} ${duration(this.now() - begun)}`;
      if (this.live)
        this.redraw(`${this.label}${what}: ${took}${total ? ` (${total})` : ''}`, true);
      else this.line(`  ${took}${total ? ` (${total})` : ''}`);
    }
  }

  /** Replaces the terminal's current line; `end` moves on to the next one. */
  private redraw(text: string, end = false): void {
    // A line wider than the terminal wraps, and `\r` would then redraw only its last row.
    const width = (this.out.columns ?? 0) - 1;
    const shown = width > 0 && text.length > width ? `${text.slice(0, width - 1)}…` : text;
    this.out.write(`\r\x1b[K${end ? text : shown}${end ? '\n' : ''}`);
  }
}
