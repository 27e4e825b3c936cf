/**
 * Unsent texts of the case view (a message, a reopen message, a concern), kept per person and
 * case in sessionStorage with the idempotency key of their request. They survive a failed request
 * and a re-created view, and are cleared when the request succeeds, the person discards them,
 * they are older than DRAFT_MAX_AGE_DAYS, or the host calls clearStoredData (sign-out). Another
 * person signed in on the same tab never sees them.
 *
 * The key is kept while the text is unchanged, so a retry of the same text never acts twice; when
 * the text is edited after an attempt, the next send is another request and gets a new key.
 */
import { randomId } from '../../api/random.js';
import { DRAFT_MAX_AGE_MS, caseViewDraftKey, memoryStorage as memory } from '../../storage.js';

export type DraftKind = 'message' | 'reopen' | 'concern';

export interface Draft {
  /** Idempotency key of the request that sends this draft. */
  key: string;
  /** Field values by name (`body`, `phone`…). */
  fields: Record<string, string>;
  /** Whether a request was sent with this key (a later edit then needs a new key). */
  attempted?: boolean;
  /** When it was last saved (ms since the epoch); older than DRAFT_MAX_AGE_MS, it is dropped. */
  savedAt?: number;
}

/** Whose draft, on which case. Without a person (not loaded yet) drafts stay in memory. */
export interface DraftScope {
  userId: string | undefined;
  caseId: string;
}

type CaseDraftRecord = Partial<Record<DraftKind, Draft>>;

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // e.g. storage disabled in a sandboxed frame
  }
}

const keyOf = (scope: DraftScope) => caseViewDraftKey(scope.userId ?? '', scope.caseId);

function read(scope: DraftScope): CaseDraftRecord {
  const key = keyOf(scope);
  let raw: string | null;
  try {
    raw = storage()?.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    raw = memory.get(key) ?? null;
  }
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return {};
    const record = parsed as CaseDraftRecord;
    const now = Date.now();
    for (const kind of Object.keys(record) as DraftKind[]) {
      const savedAt = record[kind]?.savedAt;
      if (typeof savedAt !== 'number' || now - savedAt > DRAFT_MAX_AGE_MS) delete record[kind];
    }
    return record;
  } catch {
    return {};
  }
}

function write(scope: DraftScope, record: CaseDraftRecord): void {
  const key = keyOf(scope);
  const empty = Object.keys(record).length === 0;
  const value = JSON.stringify(record);
  try {
    const store = scope.userId ? storage() : null;
    if (!store) throw new Error('no sessionStorage');
    if (empty) store.removeItem(key);
    else store.setItem(key, value);
  } catch {
    if (empty) memory.delete(key);
    else memory.set(key, value);
  }
}

export const caseDrafts = {
  get(scope: DraftScope, kind: DraftKind): Draft | undefined {
    return read(scope)[kind];
  },

  /** Stores the fields; creates the key, or renews it when the text changed after an attempt. */
  save(scope: DraftScope, kind: DraftKind, fields: Record<string, string>): Draft {
    const record = read(scope);
    const previous = record[kind];
    const changed = JSON.stringify(previous?.fields) !== JSON.stringify(fields);
    const savedAt = Date.now();
    const draft: Draft =
      previous && !(previous.attempted === true && changed)
        ? { ...previous, fields, savedAt }
        : { key: randomId(), fields, savedAt };
    record[kind] = draft;
    write(scope, record);
    return draft;
  },

  /** Stores the fields as about to be sent; returns the draft whose key the request uses. */
  attempt(scope: DraftScope, kind: DraftKind, fields: Record<string, string>): Draft {
    const draft = { ...this.save(scope, kind, fields), attempted: true };
    const record = read(scope);
    record[kind] = draft;
    write(scope, record);
    return draft;
  },

  clear(scope: DraftScope, kind: DraftKind): void {
    const record = read(scope);
    if (!(kind in record)) return;
    delete record[kind];
    write(scope, record);
  },
};
