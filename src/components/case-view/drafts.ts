/**
 * Unsent texts of the case view (a message, a reopen message, a concern), kept per case in
 * sessionStorage with the idempotency key of their request. They survive a failed request and a
 * re-created view, and are cleared when the request succeeds or the person discards them.
 *
 * The key is kept while the text is unchanged, so a retry of the same text never acts twice; when
 * the text is edited after an attempt, the next send is another request and gets a new key.
 */
import { randomId } from '../../api/random.js';

export type DraftKind = 'message' | 'reopen' | 'concern';

export interface Draft {
  /** Idempotency key of the request that sends this draft. */
  key: string;
  /** Field values by name (`body`, `phone`…). */
  fields: Record<string, string>;
  /** Whether a request was sent with this key (a later edit then needs a new key). */
  attempted?: boolean;
}

type CaseDraftRecord = Partial<Record<DraftKind, Draft>>;

const PREFIX = 'eq-support:case-drafts:';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // e.g. storage disabled in a sandboxed frame
  }
}

/** In-memory fallback when sessionStorage is not available. */
const memory = new Map<string, string>();

function read(caseId: string): CaseDraftRecord {
  const key = PREFIX + caseId;
  let raw: string | null;
  try {
    raw = storage()?.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    raw = memory.get(key) ?? null;
  }
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}

function write(caseId: string, record: CaseDraftRecord): void {
  const key = PREFIX + caseId;
  const empty = Object.keys(record).length === 0;
  const value = JSON.stringify(record);
  try {
    const store = storage();
    if (!store) throw new Error('no sessionStorage');
    if (empty) store.removeItem(key);
    else store.setItem(key, value);
  } catch {
    if (empty) memory.delete(key);
    else memory.set(key, value);
  }
}

export const caseDrafts = {
  get(caseId: string, kind: DraftKind): Draft | undefined {
    return read(caseId)[kind];
  },

  /** Stores the fields; creates the key, or renews it when the text changed after an attempt. */
  save(caseId: string, kind: DraftKind, fields: Record<string, string>): Draft {
    const record = read(caseId);
    const previous = record[kind];
    const changed = JSON.stringify(previous?.fields) !== JSON.stringify(fields);
    const draft: Draft =
      previous && !(previous.attempted === true && changed)
        ? { ...previous, fields }
        : { key: randomId(), fields };
    record[kind] = draft;
    write(caseId, record);
    return draft;
  },

  /** Stores the fields as about to be sent; returns the draft whose key the request uses. */
  attempt(caseId: string, kind: DraftKind, fields: Record<string, string>): Draft {
    const draft = { ...this.save(caseId, kind, fields), attempted: true };
    const record = read(caseId);
    record[kind] = draft;
    write(caseId, record);
    return draft;
  },

  clear(caseId: string, kind: DraftKind): void {
    const record = read(caseId);
    if (!(kind in record)) return;
    delete record[kind];
    write(caseId, record);
  },
};
