/** Forwarding HTTP messages: what belongs to one connection, not to the message. */
import type { IncomingHttpHeaders } from 'node:http';

/** Headers of one connection, not of the message: never forwarded (RFC 9110 §7.6.1). */
export const HOP_BY_HOP: ReadonlySet<string> = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
]);

/** The end-to-end headers of a message, less `drop` (e.g. a length set again). */
export const endToEnd = (
  headers: IncomingHttpHeaders,
  drop: readonly string[] = [],
): Record<string, string | string[]> =>
  Object.fromEntries(
    Object.entries(headers).filter(
      (entry): entry is [string, string | string[]] =>
        !HOP_BY_HOP.has(entry[0]) && !drop.includes(entry[0]) && entry[1] !== undefined,
    ),
  );
