/**
 * What eq-support keeps in the browser, and the one call that clears it.
 *
 * - `<eq-case-form>`: the half-written case, in localStorage under the signed-in person's id.
 * - `<eq-case-view>`: unsent texts (a message, a reopen text, a concern with a phone number) per
 *   person and case, in sessionStorage.
 *
 * Both expire after {@link DRAFT_MAX_AGE_DAYS} days. A host calls {@link clearStoredData} when a
 * person signs out, so the next person on the same browser sees nothing of theirs.
 */

/** How long an unsent draft is kept, in days. */
export const DRAFT_MAX_AGE_DAYS = 7;
export const DRAFT_MAX_AGE_MS = DRAFT_MAX_AGE_DAYS * 24 * 60 * 60 * 1000;

/** localStorage key of a person's case-form draft. */
export const caseFormDraftKey = (userId: string) => `eq-support/case-draft/v1/${userId}`;

/** sessionStorage key of a person's unsent texts on one case. */
export const caseViewDraftKey = (userId: string, caseId: string) =>
  `eq-support:case-drafts:${userId}:${caseId}`;

/** Where drafts live when the browser's storage is unavailable (private mode, sandboxed frame). */
export const memoryStorage = new Map<string, string>();

function stores(): Storage[] {
  const found: Storage[] = [];
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      const store = globalThis[name];
      if (store) found.push(store);
    } catch {
      // Storage disabled: nothing stored there.
    }
  }
  return found;
}

/**
 * Removes everything eq-support stored in this browser for one person (`userId`), or for
 * everyone when no id is given. Call it on sign-out. Returns how many entries were removed.
 */
export function clearStoredData(options: { userId?: string } = {}): number {
  const { userId } = options;
  const matches = (key: string) =>
    userId === undefined
      ? key.startsWith('eq-support/') || key.startsWith('eq-support:')
      : key === caseFormDraftKey(userId) || key.startsWith(caseViewDraftKey(userId, ''));
  let removed = 0;
  for (const store of stores()) {
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key !== null && matches(key)) keys.push(key);
    }
    for (const key of keys) {
      store.removeItem(key);
      removed++;
    }
  }
  for (const key of [...memoryStorage.keys()]) {
    if (matches(key)) {
      memoryStorage.delete(key);
      removed++;
    }
  }
  return removed;
}
