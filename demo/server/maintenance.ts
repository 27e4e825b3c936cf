/**
 * Housekeeping of the reference backend: uploads never attached to a case are removed after a
 * time to live, and expired Idempotency-Key rows are deleted. Safe to run from every instance at
 * once: an upload's row is deleted only while it is still unattached, and only then its file.
 */
import { DEFAULT_IDEMPOTENCY, type IdempotencyLimits } from './idempotency.js';
import type { BlobStore } from './blobs.js';
import type { SupportStore } from './store.js';

/** Uploads not attached to a case within this time are removed. */
export const DEFAULT_ORPHAN_TTL_MS = 24 * 3600_000;

export interface SweepOptions {
  store: SupportStore;
  blobs: BlobStore;
  now?: Date;
  orphanTtlMs?: number;
  idempotency?: Partial<IdempotencyLimits>;
  /** Uploads removed per batch. */
  batch?: number;
}

export interface SweepResult {
  orphansRemoved: number;
  idempotencyRowsRemoved: number;
}

/** One pass of housekeeping; returns what it removed. */
export async function sweep(options: SweepOptions): Promise<SweepResult> {
  const { store, blobs } = options;
  const now = options.now ?? new Date();
  const ttl = options.orphanTtlMs ?? DEFAULT_ORPHAN_TTL_MS;
  const limits = { ...DEFAULT_IDEMPOTENCY, ...options.idempotency };
  const batch = options.batch ?? 100;
  const before = new Date(now.getTime() - ttl).toISOString();
  let orphansRemoved = 0;
  for (;;) {
    const orphans = await store.orphanAttachments(before, batch);
    for (const record of orphans) {
      // The row goes first and only while unattached: a case that claims the upload meanwhile keeps it.
      if (await store.deleteOrphanAttachment(record.id)) {
        await blobs.remove(record.id);
        orphansRemoved += 1;
      }
    }
    if (orphans.length < batch) break;
  }
  const idempotencyRowsRemoved = await store.sweepIdempotency(
    new Date(now.getTime() - limits.retentionMs),
    new Date(now.getTime() - limits.leaseMs),
  );
  return { orphansRemoved, idempotencyRowsRemoved };
}

/**
 * Runs `sweep` now and every `intervalMs` (default 10 minutes) until the returned function is
 * called. Failures are logged, never thrown: housekeeping must not stop the server.
 */
export function scheduleSweeps(options: SweepOptions & { intervalMs?: number }): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const result = await sweep({ ...options, now: new Date() });
      if (result.orphansRemoved > 0 || result.idempotencyRowsRemoved > 0) {
        console.log(
          `housekeeping: removed ${result.orphansRemoved} unattached uploads, ${result.idempotencyRowsRemoved} idempotency keys`,
        );
      }
    } catch (error) {
      console.error('housekeeping failed:', error);
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), options.intervalMs ?? 600_000);
  (timer as { unref?: () => void }).unref?.();
  return () => clearInterval(timer);
}
