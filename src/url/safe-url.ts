/**
 * URL safety, written once for every address the elements put in a link or an image: the article
 * sanitizer, article and status links, support centers' pages and case history links. An address
 * is kept only when it parses and its protocol is allowed; it is returned absolute.
 */

/** Protocols of the web. */
export const WEB_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/** `value` as an absolute address (resolved against `base`) with an allowed protocol, else null. */
export function safeUrl(
  value: string,
  base: string,
  protocols: ReadonlySet<string> = WEB_PROTOCOLS,
): string | null {
  try {
    const url = new URL(value.trim(), base);
    return protocols.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** `url` when it is an http(s) address (resolved against the page), else undefined. */
export const safeHref = (url: string): string | undefined =>
  safeUrl(url, document.baseURI) ?? undefined;
