/**
 * The text an element searches for, `delay()` ms after the last change — at once when there is
 * nothing left to search. Shared by `<eq-article-suggest>` and `<eq-documentation>`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class DebouncedSearchController implements ReactiveController {
  /** The text last searched (after the debounce). */
  searched = '';
  private scheduled?: string;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      /** Milliseconds without typing before searching; 0 or less searches at once. */
      delay: () => number;
      /** Whether `text` has anything to search for; empty searches are never delayed. */
      hasTerms: (text: string) => boolean;
    },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // A search the disconnect cancelled is scheduled again on the next update.
    if (this.timer !== undefined) this.scheduled = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Call on every update with the current text: a change (re)starts the debounce. */
  follow(text: string): void {
    if (text === this.scheduled) return;
    this.scheduled = text;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.options.hasTerms(text) || this.options.delay() <= 0) {
      this.searched = text;
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.searched = text;
      this.host.requestUpdate();
    }, this.options.delay());
  }

  /** Runs a pending search now; true when that changed what is searched. */
  flush(): boolean {
    if (this.timer === undefined || this.scheduled === undefined) return false;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.searched === this.scheduled) return false;
    this.searched = this.scheduled;
    this.host.requestUpdate();
    return true;
  }
}
