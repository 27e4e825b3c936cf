/**
 * Turns an article's HTML body (untrusted, see the contract) into safe DOM with DOMPurify.
 *
 * Only document structure survives: headings, paragraphs, lists, emphasis, code, tables, quotes,
 * links and images. No scripts, styles, event handlers, forms, frames, SVG/MathML, ids or
 * classes. Links and images keep http(s) addresses only (relative ones resolve against the
 * article's own address); links always open in a new tab with `rel="noopener noreferrer"`.
 */
import DOMPurify from 'dompurify';

const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'code',
  'dd',
  'del',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
];

const ALLOWED_ATTR = [
  'alt',
  'colspan',
  'dir',
  'height',
  'href',
  'lang',
  'reversed',
  'rowspan',
  'scope',
  'src',
  'start',
  'title',
  'width',
];

/** Addresses kept on links: the web and e-mail. Images: the web only. */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);

/** A private DOMPurify instance: its hooks never touch the host page's DOMPurify. */
const purifier = DOMPurify(window);

/** Base address of the body being sanitized (hooks cannot take arguments). */
let currentBase = 'https://invalid.invalid/';

/** `value` as an absolute address with an allowed protocol, else null. */
function safeAddress(value: string, base: string, protocols: ReadonlySet<string>): string | null {
  try {
    const url = new URL(value.trim(), base);
    return protocols.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

purifier.addHook('afterSanitizeAttributes', (element) => {
  if (element.nodeName === 'A') {
    const href = element.getAttribute('href');
    const safe = href === null ? null : safeAddress(href, currentBase, LINK_PROTOCOLS);
    if (safe) element.setAttribute('href', safe);
    else element.removeAttribute('href');
    element.setAttribute('target', '_blank');
    element.setAttribute('rel', 'noopener noreferrer');
  } else if (element.nodeName === 'IMG') {
    const src = element.getAttribute('src');
    const safe = src === null ? null : safeAddress(src, currentBase, IMAGE_PROTOCOLS);
    if (safe) {
      element.setAttribute('src', safe);
      element.setAttribute('loading', 'lazy');
      element.setAttribute('referrerpolicy', 'no-referrer');
      if (!element.hasAttribute('alt')) element.setAttribute('alt', '');
    } else {
      element.remove();
    }
  }
});

/** Moves every heading one level down (h2 → h3 …), so the body nests under the article title. */
function demoteHeadings(fragment: DocumentFragment): void {
  for (let level = 5; level >= 2; level -= 1) {
    for (const heading of fragment.querySelectorAll(`h${level}`)) {
      const lower = heading.ownerDocument.createElement(`h${level + 1}`);
      for (const { name, value } of heading.attributes) lower.setAttribute(name, value);
      lower.append(...heading.childNodes);
      heading.replaceWith(lower);
    }
  }
}

/**
 * The sanitized body as a fragment, ready to append. `baseUrl` is the article's own address:
 * relative links and images resolve against it (never against the host page). Headings move one
 * level down so they nest under the article's title (an `h2`).
 */
export function sanitizeArticleBody(html: string, baseUrl: string): DocumentFragment {
  currentBase = safeAddress(baseUrl, 'https://invalid.invalid/', IMAGE_PROTOCOLS) ?? currentBase;
  try {
    const fragment = purifier.sanitize(html, {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      ALLOW_UNKNOWN_PROTOCOLS: false,
      RETURN_DOM_FRAGMENT: true,
    });
    demoteHeadings(fragment);
    return fragment;
  } finally {
    currentBase = 'https://invalid.invalid/';
  }
}
