/**
 * Keeps a half-written thing (a case draft) in localStorage so that a reload, a closed tab or a
 * crash loses nothing. Saves are debounced and flushed when the page is hidden or unloaded.
 * When storage is unavailable (private mode, quota), `available` turns false and the host shows a
 * notice; the draft then lives only as long as the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DRAFT_MAX_AGE_MS } from '../storage.js';

export interface StoredDraft<T> {
  version: number;
  savedAt: string;
  value: T;
}

export class DraftStorageController<T> implements ReactiveController {
  /** False once reading or writing storage failed. */
  available = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: { key: string; value: T } | undefined;
  private readonly flushNow = () => this.flush();
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      version: number;
      /** Delay before a change is written, in ms. */
      delay?: number;
      storage?: () => Storage;
      /** Checks that what was read is a draft of this version's shape. */
      isValid: (value: unknown) => value is T;
      /** Older drafts are dropped when read, in ms (default DRAFT_MAX_AGE_MS, 7 days). */
      maxAgeMs?: number;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flushNow);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('pagehide', this.flushNow);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  private storage(): Storage {
    return this.options.storage ? this.options.storage() : window.localStorage;
  }

  private fail(): void {
    if (this.available) {
      this.available = false;
      this.host.requestUpdate();
    }
  }

  /** The stored draft under `key`, or null (none, unreadable, or of another version). */
  load(key: string): StoredDraft<T> | null {
    let raw: string | null;
    try {
      raw = this.storage().getItem(key);
    } catch {
      this.fail();
      return null;
    }
    if (!raw) return null;
    try {
      const parsed = JSON.parse(raw) as Partial<StoredDraft<unknown>>;
      if (
        parsed.version === this.options.version &&
        typeof parsed.savedAt === 'string' &&
        !Number.isNaN(Date.parse(parsed.savedAt)) &&
        Date.now() - Date.parse(parsed.savedAt) <= (this.options.maxAgeMs ?? DRAFT_MAX_AGE_MS) &&
        this.options.isValid(parsed.value)
      ) {
        return parsed as StoredDraft<T>;
      }
    } catch {
      // A damaged (or expired) draft is dropped below.
    }
    this.remove(key);
    return null;
  }

  /** Schedules a save of `value` under `key`. */
  save(key: string, value: T): void {
    this.pending = { key, value };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.options.delay ?? 300);
  }

  /** Writes the pending save now. */
  flush(): void {
    clearTimeout(this.timer);
    const pending = this.pending;
    this.pending = undefined;
    if (!pending) return;
    const draft: StoredDraft<T> = {
      version: this.options.version,
      savedAt: new Date().toISOString(),
      value: pending.value,
    };
    try {
      this.storage().setItem(pending.key, JSON.stringify(draft));
      if (!this.available) {
        this.available = true;
        this.host.requestUpdate();
      }
    } catch {
      this.fail();
    }
  }

  /** Forgets the draft under `key` (and any pending save of it). */
  remove(key: string): void {
    if (this.pending?.key === key) {
      clearTimeout(this.timer);
      this.pending = undefined;
    }
    try {
      this.storage().removeItem(key);
    } catch {
      this.fail();
    }
  }
}
