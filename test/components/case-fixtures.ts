/** Helpers shared by the case list and case view tests: the in-browser reference backend and failures. */
import { waitUntil } from '@open-wc/testing';
import type { SupportBackend } from '../../src/api/backend.js';
import { NetworkError } from '../../src/api/errors.js';
import type { Case, CaseSummary, Priority, CaseStatus } from '../../src/api/schemas.js';
import { createInBrowserBackend, type InBrowserBackend } from '../../demo/server/in-browser.js';

export type BackendCalls = { method: string; args: unknown[] }[];

/** A backend that records every call and forwards it (or fails the methods in `failing`). */
export function spyBackend(
  real: SupportBackend,
  failing: Partial<Record<keyof SupportBackend, () => Error>> = {},
): { backend: SupportBackend; calls: BackendCalls; failing: typeof failing } {
  const calls: BackendCalls = [];
  const state = { failing };
  const backend = new Proxy(real, {
    get(target, name: string) {
      const original = (target as unknown as Record<string, unknown>)[name];
      if (typeof original !== 'function') return original;
      return (...args: unknown[]) => {
        calls.push({ method: name, args });
        const fail = state.failing[name as keyof SupportBackend];
        if (fail) return Promise.reject(fail());
        return (original as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      };
    },
  });
  return { backend, calls, failing: state.failing };
}

export const networkDown = () => new NetworkError();

export async function reference(): Promise<InBrowserBackend> {
  return createInBrowserBackend();
}

/** Adds `count` cases for demo-user-1 (Acme) directly in the store. */
export async function addCases(
  ref: InBrowserBackend,
  count: number,
  make: (i: number) => Partial<Case> = () => ({}),
): Promise<void> {
  const base = Date.parse('2026-01-01T00:00:00Z');
  const priorities: Priority[] = ['low', 'medium', 'critical', 'blocker'];
  const statuses: CaseStatus[] = ['new', 'in_progress', 'resolved', 'closed'];
  for (let i = 0; i < count; i++) {
    const id = `bulk-${i}`;
    const at = new Date(base - i * 60_000).toISOString();
    await ref.store.insertCase(
      {
        organizationId: 'org-acme',
        createdByUserId: 'user-1',
        watcherContactIds: ['contact-acme-1'],
      },
      id,
      (number) => ({
        id,
        number,
        subject: `Bulk case ${i}`,
        status: statuses[i % statuses.length]!,
        priority: priorities[i % priorities.length]!,
        typeId: 'reporting',
        categoryId: 'reporting-scheduled-reports',
        createdAt: at,
        updatedAt: at,
        description: `Bulk case ${i}`,
        contact: { name: 'Camille Laurent', email: 'camille.laurent@acme.example' },
        collaborators: [],
        attachments: [],
        concerns: [],
        history: [{ id: `${id}-e1`, at, kind: 'status_change', from: null, to: 'new' }],
        ...make(i),
      }),
    );
  }
}

/** Seed cases of the Acme organization as the list shows them to demo-user-1. */
export async function casesOf(
  ref: InBrowserBackend,
  token = 'demo-user-1',
): Promise<CaseSummary[]> {
  const page = await ref.client(token).listCases({ status: 'all', limit: 100 });
  return page.items;
}

export const until = (predicate: () => unknown, message: string, timeout = 5000) =>
  waitUntil(predicate, message, { timeout });
