/** Where uploaded file contents live. Streams in and out; never needs a whole file in memory. */

export class BlobTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The file is larger than ${limit} bytes.`);
    this.name = 'BlobTooLargeError';
  }
}

export interface BlobStore {
  /**
   * Streams `body` into blob `id` and resolves with its size. Rejects with `BlobTooLargeError`
   * as soon as more than `limit` bytes arrived, or with the stream's error (e.g. the client went
   * away mid-upload); in both cases nothing is kept.
   */
  write(id: string, body: ReadableStream<Uint8Array>, limit: number): Promise<number>;
  read(id: string): Promise<ReadableStream<Uint8Array> | null>;
  remove(id: string): Promise<void>;
}

/** Reads `body` chunk by chunk, calling `sink` for each, and enforces `limit`. */
export async function pump(
  body: ReadableStream<Uint8Array>,
  limit: number,
  sink: (chunk: Uint8Array) => Promise<void> | void,
): Promise<number> {
  const reader = body.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return size;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        throw new BlobTooLargeError(limit);
      }
      await sink(value);
    }
  } finally {
    reader.releaseLock();
  }
}

/** Blobs in memory: for the in-browser backend, Storybook and component tests. */
export class MemoryBlobStore implements BlobStore {
  private blobs = new Map<string, Uint8Array[]>();

  async write(id: string, body: ReadableStream<Uint8Array>, limit: number): Promise<number> {
    const chunks: Uint8Array[] = [];
    const size = await pump(body, limit, (chunk) => {
      chunks.push(chunk.slice());
    });
    this.blobs.set(id, chunks);
    return size;
  }

  read(id: string): Promise<ReadableStream<Uint8Array> | null> {
    const chunks = this.blobs.get(id);
    if (!chunks) return Promise.resolve(null);
    return Promise.resolve(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk);
          controller.close();
        },
      }),
    );
  }

  remove(id: string): Promise<void> {
    this.blobs.delete(id);
    return Promise.resolve();
  }
}
