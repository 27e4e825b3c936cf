/**
 * Web addresses in a text someone wrote (a support message, a customer's reply) as links; the rest
 * stays text, bound as text (never parsed as HTML). Only `http:` and `https:` addresses written out
 * in full become links, through `safeHref`; they open in a new tab without an opener or referrer.
 */
import { html, type TemplateResult } from 'lit';
import { safeHref } from '../../url/safe-url.js';

/** An address written out in full, up to white space or a character that cannot end one. */
const ADDRESS = /\bhttps?:\/\/[^\s<>"'`]+/gi;
/** Punctuation that ends the sentence around an address, not the address. */
const TRAILING = /[.,;:!?'"\]}]+$/;

/** `)` at the end belongs to the address only when the address opened one. */
function trimmed(candidate: string): string {
  let url = candidate.replace(TRAILING, '');
  while (url.endsWith(')') && (url.match(/\(/g) ?? []).length < (url.match(/\)/g) ?? []).length) {
    url = url.slice(0, -1).replace(TRAILING, '');
  }
  return url;
}

/** `text` with each full web address as a safe link (`part` names the links for styling). */
export function linkify(text: string, part = 'link'): (string | TemplateResult)[] {
  const out: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const url = trimmed(match[0]);
    const href = safeHref(url);
    if (!href || url.length < 'http://x'.length) continue;
    out.push(
      text.slice(last, match.index),
      html`<a href=${href} target="_blank" rel="noopener noreferrer" part=${part}>${url}</a>`,
    );
    last = match.index + url.length;
  }
  out.push(text.slice(last));
  return out;
}
