/** In-memory SupportStore: same semantics as the PGlite store, nothing persisted. */
import type { Case, Contact, UserSettings } from '../../src/api/schemas.js';
import type { Seed } from './seed/types.js';
import {
  type AttachmentRecord,
  type CaseFilter,
  type CaseListResult,
  type IdempotencyBegin,
  type IdempotencyTimes,
  type StorageUsage,
  type StoredCase,
  type StoredUser,
  type SupportStore,
  type Viewer,
  decodeCursor,
  encodeCursor,
  formatCaseNumber,
  materializeSeedCase,
  searchTerms,
  sortKey,
  summarize,
} from './store.js';

function compareTuples(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

const clone = <T>(value: T): T => structuredClone(value);

export class MemoryStore implements SupportStore {
  private users = new Map<string, StoredUser>();
  private contacts: (Contact & { organizationId: string })[] = [];
  private cases = new Map<string, StoredCase>();
  private attachments = new Map<string, AttachmentRecord>();
  private idempotency = new Map<
    string,
    {
      fingerprint: string;
      startedAt: number;
      status?: number;
      body?: string;
      location?: string;
      finishedAt?: number;
    }
  >();
  private rateWindows = new Map<string, { count: number; resetAt: number }>();
  private lastNumber = 10_000;

  init(seed: Seed): Promise<{ seeded: boolean }> {
    if (this.users.size > 0) return Promise.resolve({ seeded: false });
    for (const user of seed.users) this.users.set(user.id, clone(user));
    this.contacts = clone(seed.contacts);
    for (const seedCase of seed.cases) {
      const { stored, attachments } = materializeSeedCase(seedCase, seed.contacts);
      this.cases.set(stored.case.id, stored);
      for (const record of attachments) this.attachments.set(record.id, record);
      this.lastNumber = Math.max(this.lastNumber, Number(stored.case.number));
    }
    return Promise.resolve({ seeded: true });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  findUserByToken(token: string): Promise<StoredUser | null> {
    const user = [...this.users.values()].find((u) => u.token === token);
    return Promise.resolve(user ? clone(user) : null);
  }

  updateUserSettings(userId: string, settings: UserSettings): Promise<StoredUser> {
    const user = this.users.get(userId);
    if (!user) return Promise.reject(new Error(`Unknown user ${userId}`));
    user.settings = clone(settings);
    return Promise.resolve(clone(user));
  }

  listContacts(organizationId: string): Promise<Contact[]> {
    return Promise.resolve(
      this.contacts
        .filter((c) => c.organizationId === organizationId)
        .map(({ organizationId: _org, ...contact }) => clone(contact)),
    );
  }

  insertCase(
    meta: Omit<StoredCase, 'case'>,
    id: string,
    build: (number: string) => Case,
  ): Promise<Case> {
    if (this.cases.has(id)) return Promise.reject(new Error(`Case ${id} exists`));
    const number = formatCaseNumber(++this.lastNumber);
    const created = build(number);
    this.cases.set(created.id, { ...clone(meta), case: clone(created) });
    return Promise.resolve(clone(created));
  }

  getCase(organizationId: string, id: string): Promise<StoredCase | null> {
    const stored = this.cases.get(id);
    return Promise.resolve(stored?.organizationId === organizationId ? clone(stored) : null);
  }

  updateCase(
    organizationId: string,
    id: string,
    update: (stored: StoredCase) => Case,
  ): Promise<Case | null> {
    const stored = this.cases.get(id);
    if (stored?.organizationId !== organizationId) return Promise.resolve(null);
    try {
      stored.case = clone(update(clone(stored)));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return Promise.resolve(clone(stored.case));
  }

  private visible(filter: Pick<CaseFilter, 'organizationId' | 'mineOf'>): StoredCase[] {
    return [...this.cases.values()].filter(
      (s) =>
        s.organizationId === filter.organizationId &&
        (!filter.mineOf ||
          s.createdByUserId === filter.mineOf.userId ||
          s.watcherContactIds.includes(filter.mineOf.contactId)),
    );
  }

  listCases(filter: CaseFilter): Promise<CaseListResult> {
    const terms = filter.q ? searchTerms(filter.q) : null;
    const matching = this.visible(filter)
      .map((s) => summarize(s.case))
      .filter(
        (c) =>
          (!filter.statuses || filter.statuses.includes(c.status)) &&
          (!filter.priorities || filter.priorities.includes(c.priority)) &&
          (!terms ||
            (terms.numberPrefix !== null && c.number.startsWith(terms.numberPrefix)) ||
            terms.words.every((w) => c.subject.toLowerCase().includes(w))),
      );
    const keyed = matching.map((c) => ({ c, key: sortKey(filter.sort, c) }));
    const desc = filter.sort.startsWith('-');
    keyed.sort((a, b) => (desc ? -1 : 1) * compareTuples(a.key.values, b.key.values));
    const after = filter.cursor ? decodeCursor(filter.cursor, filter.sort) : null;
    const rest = after
      ? keyed.filter((k) => (desc ? -1 : 1) * compareTuples(k.key.values, after) > 0)
      : keyed;
    const page = rest.slice(0, filter.limit);
    const last = page.at(-1);
    return Promise.resolve({
      items: page.map((k) => k.c),
      nextCursor:
        rest.length > filter.limit && last ? encodeCursor(filter.sort, last.key.values) : null,
      total: matching.length,
    });
  }

  countWaiting(viewer: Viewer): Promise<number> {
    return Promise.resolve(
      this.visible({ organizationId: viewer.organizationId, mineOf: viewer }).filter(
        (s) => s.case.status === 'waiting_for_customer',
      ).length,
    );
  }

  countCases(organizationId: string): Promise<number> {
    return Promise.resolve(this.visible({ organizationId }).length);
  }

  putAttachment(record: AttachmentRecord): Promise<void> {
    this.attachments.set(record.id, clone(record));
    return Promise.resolve();
  }

  getAttachment(id: string): Promise<AttachmentRecord | null> {
    const record = this.attachments.get(id);
    return Promise.resolve(record ? clone(record) : null);
  }

  claimAttachments(
    viewer: Viewer,
    ids: string[],
    caseId: string,
  ): Promise<{ ok: AttachmentRecord[]; invalid: string[] }> {
    const invalid = ids.filter((id) => {
      const r = this.attachments.get(id);
      return (
        r?.organizationId !== viewer.organizationId ||
        r.uploadedBy !== viewer.userId ||
        (r.caseId !== null && r.caseId !== caseId)
      );
    });
    if (invalid.length > 0) return Promise.resolve({ ok: [], invalid });
    const ok = ids.map((id) => {
      const r = this.attachments.get(id)!;
      r.caseId = caseId;
      return clone(r);
    });
    return Promise.resolve({ ok, invalid: [] });
  }

  attachmentUsage(
    organizationId: string,
    userId: string,
  ): Promise<{ user: StorageUsage; organization: StorageUsage }> {
    const user = { bytes: 0, files: 0 };
    const organization = { bytes: 0, files: 0 };
    for (const r of this.attachments.values()) {
      if (r.organizationId !== organizationId) continue;
      organization.bytes += r.size;
      organization.files += 1;
      if (r.uploadedBy === userId) {
        user.bytes += r.size;
        user.files += 1;
      }
    }
    return Promise.resolve({ user, organization });
  }

  orphanAttachments(before: string, limit: number): Promise<AttachmentRecord[]> {
    const cutoff = Date.parse(before);
    return Promise.resolve(
      [...this.attachments.values()]
        .filter((r) => r.caseId === null && Date.parse(r.createdAt) < cutoff)
        .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : 1))
        .slice(0, limit)
        .map(clone),
    );
  }

  deleteOrphanAttachment(id: string): Promise<boolean> {
    const record = this.attachments.get(id);
    if (record?.caseId !== null) return Promise.resolve(false);
    this.attachments.delete(id);
    return Promise.resolve(true);
  }

  beginIdempotent(
    scope: string,
    key: string,
    fingerprint: string,
    times: IdempotencyTimes,
  ): Promise<IdempotencyBegin> {
    const id = `${scope}\u0000${key}`;
    const now = times.now.getTime();
    const entry = this.idempotency.get(id);
    const expired =
      entry !== undefined &&
      (entry.status === undefined
        ? entry.startedAt < now - times.leaseMs && entry.fingerprint === fingerprint
        : (entry.finishedAt ?? 0) < now - times.retentionMs);
    if (!entry || expired) {
      this.idempotency.set(id, { fingerprint, startedAt: now });
      return Promise.resolve({ state: 'new' });
    }
    if (entry.fingerprint !== fingerprint) return Promise.resolve({ state: 'mismatch' });
    if (entry.status === undefined) return Promise.resolve({ state: 'processing' });
    return Promise.resolve({
      state: 'done',
      status: entry.status,
      body: entry.body ?? '',
      ...(entry.location !== undefined ? { location: entry.location } : {}),
    });
  }

  finishIdempotent(
    scope: string,
    key: string,
    status: number,
    body: string,
    location?: string,
    at = new Date(),
  ): Promise<void> {
    const entry = this.idempotency.get(`${scope}\u0000${key}`);
    if (entry) {
      Object.assign(entry, { status, body, finishedAt: at.getTime() });
      if (location !== undefined) entry.location = location;
    }
    return Promise.resolve();
  }

  releaseIdempotent(scope: string, key: string): Promise<void> {
    this.idempotency.delete(`${scope}\u0000${key}`);
    return Promise.resolve();
  }

  sweepIdempotency(before: Date, staleBefore: Date): Promise<number> {
    let removed = 0;
    for (const [id, entry] of this.idempotency) {
      const old =
        entry.status === undefined
          ? entry.startedAt < staleBefore.getTime()
          : (entry.finishedAt ?? 0) < before.getTime();
      if (old) {
        this.idempotency.delete(id);
        removed++;
      }
    }
    return Promise.resolve(removed);
  }

  hitRateLimit(
    bucket: string,
    windowMs: number,
    now: Date,
  ): Promise<{ count: number; resetAt: Date }> {
    const start = Math.floor(now.getTime() / windowMs) * windowMs;
    const id = `${bucket}\u0000${start}`;
    const window = this.rateWindows.get(id) ?? { count: 0, resetAt: start + windowMs };
    window.count += 1;
    this.rateWindows.set(id, window);
    if (window.count === 1) {
      for (const [other, w] of this.rateWindows) {
        if (w.resetAt <= now.getTime()) this.rateWindows.delete(other);
      }
    }
    return Promise.resolve({ count: window.count, resetAt: new Date(window.resetAt) });
  }
}
