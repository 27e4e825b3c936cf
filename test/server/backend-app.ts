/** A reference backend on a store of choice, and a client that calls it as a demo user. */
import { createApp, type AppOptions } from '../../demo/server/app.js';
import { MemoryBlobStore } from '../../demo/server/blobs.js';
import { buildSeed } from '../../demo/server/seed/index.js';
import type { SupportStore } from '../../demo/server/store.js';

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  body: Record<string, unknown>;
}

export const seed = buildSeed();

/** Calls `app` as the person of `token`, the way a browser would; answers are read as JSON. */
export function client(app: ReturnType<typeof createApp>, token = 'demo-user-1') {
  return async (
    method: string,
    path: string,
    init: { json?: unknown; headers?: Record<string, string>; body?: BodyInit; url?: string } = {},
  ): Promise<Reply> => {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, ...init.headers };
    let body = init.body;
    if (init.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(init.json);
    }
    const res = await app.request(init.url ?? `http://localhost/api${path}`, {
      method,
      headers,
      body,
    });
    const text = await res.text();
    let parsed: Record<string, unknown> = {};
    try {
      parsed = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // not JSON
    }
    return { status: res.status, headers: res.headers, text, body: parsed };
  };
}

export async function backend(store: SupportStore, options: Partial<AppOptions> = {}) {
  await store.init(seed);
  const blobs = options.blobs ?? new MemoryBlobStore();
  // No rate limit unless a test asks for one: suites send many requests as one person.
  const app = createApp({
    seed,
    signingSecret: 'test-secret',
    rateLimit: false,
    ...options,
    store,
    blobs,
  });
  const call = client(app);
  /** Uploads a small text file named `name` (to `path`: a new upload by default). */
  const upload = (name: string, headers: Record<string, string> = {}, path = '/attachments') =>
    call('POST', path, {
      body: 'hello',
      headers: {
        'Content-Type': 'text/plain',
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
        ...headers,
      },
    });
  return { app, blobs, call, upload };
}
