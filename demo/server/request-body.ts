/**
 * Reading a request's body: JSON bodies at most MAX_JSON_BODY_BYTES, checked against their zod
 * schema and refused with a specific problem for each way they can be wrong.
 */
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { PROBLEM_BASE, ProblemError, fieldErrorsOf, validationProblem } from './problems.js';

/**
 * Largest JSON body read: the largest valid one (a case with two 32,000-character texts, each
 * character escaped as `\uXXXX`) is under 400 KB. A bigger body is refused with 413 before it is
 * read (by its `Content-Length`) or as soon as it passes the limit (a chunked one).
 */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/** U+0000 or an unpaired surrogate: characters PostgreSQL text cannot hold. */
// eslint-disable-next-line no-control-regex -- U+0000 is exactly what is looked for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Dotted path of the first string in `value` that the store cannot hold, or null. Such a string
 * is refused with a field error instead of failing in the store (a 500).
 */
function unstorableText(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path.join('.') : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const found = unstorableText(item, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The request body as a stream. Firefox has no `Request.prototype.body` (the in-browser backend
 * gets Requests built in the page): there, the body is read as a blob, already in memory.
 */
export async function bodyStream(request: Request): Promise<ReadableStream<Uint8Array> | null> {
  const body = request.body as ReadableStream<Uint8Array> | null | undefined;
  if (body !== undefined) return body;
  const blob = await request.blob();
  return blob.size > 0 ? blob.stream() : null;
}

/**
 * The request body as text, at most MAX_JSON_BODY_BYTES: refused with 413 by its declared
 * length without reading it, or while it streams in, without buffering the rest.
 */
export async function readBody(c: Context): Promise<string> {
  const tooLarge = () =>
    new ProblemError(
      413,
      'Request too large',
      `The body is larger than ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB.`,
      undefined,
      `${PROBLEM_BASE}body-too-large`,
    );
  const declared = Number(c.req.header('Content-Length') ?? 0);
  if (declared > MAX_JSON_BODY_BYTES) throw tooLarge();
  const body = await bodyStream(c.req.raw);
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_JSON_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Parses a JSON body against `schema`, turning every failure into a specific problem. */
export function parseJson<S extends z.ZodMiniType>(c: Context, raw: string, schema: S): z.infer<S> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new ProblemError(415, 'Unsupported media type', 'Send the body as application/json.');
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch (error) {
    throw new ProblemError(
      400,
      'Malformed JSON',
      `The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      undefined,
      `${PROBLEM_BASE}malformed-json`,
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw validationProblem(fieldErrorsOf(parsed.error.issues));
  const unstorable = unstorableText(parsed.data);
  if (unstorable !== null) {
    throw validationProblem([
      {
        field: unstorable,
        message: 'Remove the NUL character or the broken Unicode character',
        code: 'invalid_characters',
      },
    ]);
  }
  return parsed.data;
}
