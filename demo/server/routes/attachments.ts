/**
 * The attachment routes: an upload not yet on a case, and the download of a file by its signed,
 * expiring address (no bearer token: a link in a page must open by itself).
 */
import { type AppParts, type Handlers, pathId } from '../operations.js';
import { ProblemError } from '../problems.js';
import { toAttachment } from '../store.js';
import { rfc8187 } from '../uploads.js';

export function attachmentHandlers(
  parts: AppParts,
): Handlers<'uploadAttachment' | 'downloadAttachment'> {
  const { store, blobs, uploads, now } = parts;
  return {
    uploadAttachment: async (c) => {
      const record = await uploads.receive(c, null);
      return c.json(await uploads.signed(c, toAttachment(record)), 201);
    },

    downloadAttachment: async (c, { query }) => {
      const id = pathId(c);
      const exp = Number(query.exp);
      const sig = query.sig;
      if (
        !Number.isFinite(exp) ||
        exp < now().getTime() / 1000 ||
        !(await uploads.verify(id, exp, sig))
      ) {
        throw new ProblemError(
          403,
          'Link expired',
          'This download link is invalid or has expired. Open the case again to get a fresh link.',
        );
      }
      const record = await store.getAttachment(id);
      const stream = record ? await blobs.read(id) : null;
      if (!record || !stream)
        throw new ProblemError(404, 'File not found', 'This file no longer exists.');
      return new Response(stream, {
        headers: {
          'Content-Type': record.contentType,
          'Content-Length': String(record.size),
          'Content-Disposition': `attachment; filename*=UTF-8''${rfc8187(record.name)}`,
          'X-Content-Type-Options': 'nosniff',
          'Content-Security-Policy': "default-src 'none'; sandbox",
        },
      });
    },
  };
}
