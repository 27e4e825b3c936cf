/**
 * The reference backend running inside the page: the same Hono app over an in-memory store,
 * reached through the client's `fetch` option. Used by component tests and Storybook.
 */
import { createHttpBackend, type HttpBackendOptions } from '../../src/api/http-backend.js';
import type { SupportBackend } from '../../src/api/backend.js';
import { createApp, type AppOptions } from './app.js';
import { MemoryBlobStore } from './blobs.js';
import { MemoryStore } from './memory-store.js';
import { buildSeed } from './seed/index.js';
import type { Seed } from './seed/types.js';

export interface InBrowserBackend {
  /** A `fetch` that answers `/api/...` requests from the in-memory app. */
  fetch: typeof globalThis.fetch;
  store: MemoryStore;
  seed: Seed;
  /** A client for one of the demo users (`demo-user-1` by default). */
  client(token?: string, options?: Partial<HttpBackendOptions>): SupportBackend;
}

export async function createInBrowserBackend(
  options: Partial<Omit<AppOptions, 'store' | 'blobs' | 'seed'>> & { seed?: Seed } = {},
): Promise<InBrowserBackend> {
  const store = new MemoryStore();
  const blobs = new MemoryBlobStore();
  const seed = options.seed ?? buildSeed();
  await store.init(seed);
  for (const seedCase of seed.cases) {
    for (const a of seedCase.attachments) {
      await blobs.write(a.id, new Blob([a.content]).stream(), Number.MAX_SAFE_INTEGER);
    }
  }
  // One person in one page: a rate limit would only trip tests and stories that click fast.
  const app = createApp({
    signingSecret: 'in-browser',
    rateLimit: false,
    ...options,
    store,
    blobs,
    seed,
  });
  const origin = typeof location === 'undefined' ? 'http://localhost' : location.origin;
  const fetchImpl: typeof globalThis.fetch = (input, init) =>
    Promise.resolve(
      app.fetch(
        new Request(input instanceof Request ? input : new URL(String(input), origin), init),
      ),
    );
  return {
    fetch: fetchImpl,
    store,
    seed,
    client: (token = 'demo-user-1', extra = {}) =>
      createHttpBackend({
        baseUrl: `${origin}${options.basePath ?? '/api'}`,
        getToken: () => token,
        fetch: fetchImpl,
        ...extra,
      }),
  };
}
