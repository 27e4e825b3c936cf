/** Blobs as files in a directory (Node only): uploads stream straight to disk. */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { type BlobStore, pump } from './blobs.js';

export class FsBlobStore implements BlobStore {
  constructor(private readonly dir: string) {}

  private path(id: string): string {
    if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new Error(`Invalid blob id ${id}`);
    return join(this.dir, id);
  }

  async write(id: string, body: ReadableStream<Uint8Array>, limit: number): Promise<number> {
    await mkdir(this.dir, { recursive: true });
    const file = this.path(id);
    const partial = `${file}.part`;
    const out = createWriteStream(partial);
    try {
      const size = await pump(body, limit, async (chunk) => {
        if (!out.write(chunk)) await once(out, 'drain');
      });
      out.end();
      await once(out, 'finish');
      await rename(partial, file);
      return size;
    } catch (error) {
      // The file may still be opening: wait until the stream has closed before removing it, or
      // the open would recreate a stray .part file after the removal.
      if (!out.closed) {
        const closed = once(out, 'close');
        out.destroy();
        await closed;
      }
      await rm(partial, { force: true });
      throw error;
    }
  }

  async read(id: string): Promise<ReadableStream<Uint8Array> | null> {
    const file = this.path(id);
    try {
      await stat(file);
    } catch {
      return null;
    }
    return Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  }

  async remove(id: string): Promise<void> {
    await rm(this.path(id), { force: true });
  }
}
