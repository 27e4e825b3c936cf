/**
 * Turns an article's HTML body (untrusted, see the contract) into safe DOM.
 *
 * Only document structure survives: headings, paragraphs, lists, emphasis, code, tables, quotes,
 * links and images. No scripts, styles, event handlers, forms, frames, SVG/MathML, ids or
 * classes. Links and images keep http(s) addresses only (relative ones resolve against the
 * article's own address); links always open in a new tab with `rel="noopener noreferrer"`.
 *
 * How: the browser parses the body into an inert document (`DOMParser`: no script runs, nothing
 * loads), and a new fragment is built from it, element by element, out of an allowlist — every
 * node of the result is created here, never taken over from the parse, and nothing is serialized
 * and parsed again, so markup that changes meaning on a second parse (mutation XSS) has no second
 * parse to exploit. This replaces DOMPurify (~11 KB gzip) with the few rules these bodies need.
 */

import { WEB_PROTOCOLS, safeUrl } from '../../url/safe-url.js';

/** Elements kept, with their children. */
const ALLOWED_TAGS = new Set(
  (
    'a abbr b blockquote br caption code dd del div dl dt em figcaption figure h2 h3 h4 h5 h6 hr ' +
    'i img ins kbd li mark ol p pre q s samp small span strong sub sup table tbody td tfoot th ' +
    'thead tr u ul'
  ).split(' '),
);

/** Elements dropped with everything inside them; any other element is replaced by its children. */
const DROPPED_TAGS = new Set(
  (
    'script style template noscript iframe frame frameset object embed applet svg math head ' +
    'title textarea select option datalist button input canvas audio video picture source track ' +
    'map noembed noframes xmp plaintext dialog slot'
  ).split(' '),
);

/** Attributes kept (on allowed elements); `href` and `src` only with a safe address. */
const ALLOWED_ATTR = new Set(
  'alt colspan dir height lang reversed rowspan scope start title width'.split(' '),
);

/** Addresses kept on links: the web and e-mail. Images: the web only. */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = WEB_PROTOCOLS;

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const NO_BASE = 'https://invalid.invalid/';

interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
}

let policy: TrustedTypePolicyLike | null | undefined;

/**
 * `html` as the parser's input. Under Trusted Types, `DOMParser` only takes TrustedHTML: the
 * `eq-support` policy passes the text through, which is safe only because the parsed document is
 * inert and read, never inserted (pages that enforce Trusted Types allow `eq-support`, see README).
 */
function parserInput(html: string): string {
  if (policy === undefined) {
    const factory = (
      window as {
        trustedTypes?: {
          createPolicy(
            name: string,
            rules: { createHTML(s: string): string },
          ): TrustedTypePolicyLike;
        };
      }
    ).trustedTypes;
    try {
      policy = factory?.createPolicy('eq-support', { createHTML: (s) => s }) ?? null;
    } catch {
      policy = null; // Not allowed by the page: parsing may then be refused (see below).
    }
  }
  return (policy ? policy.createHTML(html) : html) as string;
}

/** What parses the body: the platform's DOMParser. */
export type BodyParser = Pick<DOMParser, 'parseFromString'>;

/** The parsed body, or null when the page's Trusted Types rules refuse to parse it. */
function parse(html: string, parser: BodyParser): Document | null {
  try {
    return parser.parseFromString(parserInput(html), 'text/html');
  } catch {
    return null;
  }
}

/** Copies the children of `from` into `to`, keeping only what is allowed. */
function copyChildren(from: Node, to: Node, base: string): void {
  for (let node = from.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.appendChild(document.createTextNode(node.nodeValue ?? ''));
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      copyElement(node as Element, to, base);
    }
    // Comments, processing instructions and the like are dropped.
  }
}

function copyElement(source: Element, to: Node, base: string): void {
  const tag = source.localName;
  if (source.namespaceURI !== HTML_NS || DROPPED_TAGS.has(tag)) return;
  if (!ALLOWED_TAGS.has(tag)) {
    copyChildren(source, to, base);
    return;
  }
  // Headings move one level down (h2 → h3 …), so the body nests under the article's title (h2).
  const heading = /^h([2-5])$/.exec(tag);
  const element = document.createElement(heading ? `h${Number(heading[1]) + 1}` : tag);
  for (const { name, value } of source.attributes) {
    if (ALLOWED_ATTR.has(name)) element.setAttribute(name, value);
  }
  if (tag === 'a') {
    const href = source.getAttribute('href');
    const safe = href === null ? null : safeUrl(href, base, LINK_PROTOCOLS);
    if (safe) element.setAttribute('href', safe);
    element.setAttribute('target', '_blank');
    element.setAttribute('rel', 'noopener noreferrer');
  } else if (tag === 'img') {
    const src = source.getAttribute('src');
    const safe = src === null ? null : safeUrl(src, base, IMAGE_PROTOCOLS);
    if (!safe) return;
    // Set before `src`: the image starts loading as soon as it has an address.
    element.setAttribute('loading', 'lazy');
    element.setAttribute('referrerpolicy', 'no-referrer');
    if (!element.hasAttribute('alt')) element.setAttribute('alt', '');
    element.setAttribute('src', safe);
  }
  copyChildren(source, element, base);
  to.appendChild(element);
}

/**
 * The sanitized body as a fragment, ready to append. `baseUrl` is the article's own address:
 * relative links and images resolve against it (never against the host page). Headings move one
 * level down so they nest under the article's title (an `h2`). When the page's Trusted Types
 * rules do not allow the `eq-support` policy, the body is shown as plain text.
 */
export function sanitizeArticleBody(
  html: string,
  baseUrl: string,
  parser: BodyParser = new DOMParser(),
): DocumentFragment {
  const base = safeUrl(baseUrl, NO_BASE, IMAGE_PROTOCOLS) ?? NO_BASE;
  const fragment = document.createDocumentFragment();
  const parsed = parse(html, parser);
  if (parsed) copyChildren(parsed.body, fragment, base);
  else
    fragment.append(
      html
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  return fragment;
}
