/**
 * The article-body sanitizer on its own: every node of the result is built from an allowlist,
 * mutation-XSS classics have no second parse to exploit, and the 274-payload corpus leaves only
 * allowed elements, attributes and addresses.
 */
import { expect } from '@open-wc/testing';
import { sanitizeArticleBody } from '../../src/components/documentation/article-body.js';
import {
  installSentinel,
  payloadsHadTheirChance,
  unsafeMarkup,
  xssHits,
} from '../fixtures/hostile-dom.js';
import { XSS_CORPUS } from '../fixtures/xss-corpus.js';

declare global {
  interface Window {
    eqPwned?: string | undefined;
  }
}

const BASE = 'https://help.example.com/articles/kb-1';
const ALLOWED_TAGS = new Set(
  (
    'a abbr b blockquote br caption code dd del div dl dt em figcaption figure h3 h4 h5 h6 hr ' +
    'i img ins kbd li mark ol p pre q s samp small span strong sub sup table tbody td tfoot th ' +
    'thead tr u ul'
  ).split(' '),
);
const ALLOWED_ATTR = new Set(
  (
    'alt colspan dir height lang reversed rowspan scope start title width href src target rel ' +
    'loading referrerpolicy'
  ).split(' '),
);

/** The fragment as markup, for comparisons. */
const markup = (fragment: DocumentFragment): string => {
  const box = document.createElement('div');
  box.append(fragment);
  return box.innerHTML;
};

/** Fails unless every element, attribute and address in `fragment` is allowed. */
function expectClean(fragment: DocumentFragment, label: string): void {
  for (const element of fragment.querySelectorAll('*')) {
    expect(element.namespaceURI, label).to.equal('http://www.w3.org/1999/xhtml');
    expect(ALLOWED_TAGS.has(element.localName), `${label}: <${element.localName}>`).to.equal(true);
    for (const { name, value } of element.attributes) {
      expect(ALLOWED_ATTR.has(name), `${label}: ${element.localName}[${name}]`).to.equal(true);
      if (name === 'href') expect(value, label).to.match(/^(https?:|mailto:)/);
      if (name === 'src') expect(value, label).to.match(/^https?:/);
    }
  }
}

describe('sanitizeArticleBody', () => {
  afterEach(() => {
    window.eqPwned = undefined;
  });

  it('keeps document structure, demotes headings and resolves addresses against the article', () => {
    const out = sanitizeArticleBody(
      '<h1>Top</h1><h2 id="x" class="y">Steps</h2><h5>Deep</h5><h6>Deepest</h6>' +
        '<p dir="rtl" lang="ar" style="color:red">Text <strong>bold</strong> <a href="../kb-2" title="Next">next</a></p>' +
        '<table><tr><td colspan="2" onclick="x()">Cell</td></tr></table>' +
        '<img src="img/a.png" width="10"><ol start="3" reversed><li>Three</li></ol>',
      BASE,
    );
    expect(markup(out)).to.equal(
      'Top<h3>Steps</h3><h6>Deep</h6><h6>Deepest</h6>' +
        '<p dir="rtl" lang="ar">Text <strong>bold</strong> <a title="Next" href="https://help.example.com/kb-2" target="_blank" rel="noopener noreferrer">next</a></p>' +
        '<table><tbody><tr><td colspan="2">Cell</td></tr></tbody></table>' +
        '<img width="10" loading="lazy" referrerpolicy="no-referrer" alt="" src="https://help.example.com/articles/img/a.png"><ol start="3" reversed=""><li>Three</li></ol>',
    );
  });

  it('drops dangerous elements with their content and unwraps unknown ones', () => {
    const out = sanitizeArticleBody(
      '<script>window.eqPwned="s"</script><style>*{display:none}</style><form action="/x">' +
        '<label>Name</label><input value="secret"><button>Send</button></form>' +
        '<svg><text>in svg</text></svg><math><mi>in math</mi></math><custom-tag>kept text</custom-tag>' +
        '<template><p>template</p></template><!-- comment --><noscript>ns</noscript>',
      BASE,
    );
    expect(markup(out)).to.equal('Namekept text');
  });

  it('keeps only web and mail addresses on links and web addresses on images', () => {
    const out = sanitizeArticleBody(
      [
        'javascript:alert(1)',
        'jav&#x09;ascript:alert(1)',
        ' JAVASCRIPT:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'vbscript:msgbox(1)',
        'mailto:support@example.com',
        '//evil.example/x',
        'https://ok.example/?q=<x>',
      ]
        .map((href) => `<a href="${href.replace(/"/g, '&quot;')}">l</a><img src="${href}">`)
        .join(''),
      BASE,
    );
    expect([...out.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      null,
      null,
      null,
      null,
      null,
      'mailto:support@example.com',
      'https://evil.example/x',
      'https://ok.example/?q=%3Cx%3E',
    ]);
    expect([...out.querySelectorAll('img')].map((i) => i.getAttribute('src'))).to.deep.equal([
      'https://evil.example/x',
      'https://ok.example/?q=%3Cx%3E',
    ]);
  });

  it('gives mutation-XSS markup no second parse: the result stays text where it was text', async () => {
    const classics = [
      '<noscript><p title="</noscript><img src=x onerror=window.eqPwned=1>">',
      '<svg></p><style><a id="</style><img src=1 onerror=window.eqPwned=2>">',
      '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=window.eqPwned=3&gt;">',
      '<form><math><mtext></form><form><mglyph><style></math><img src onerror=window.eqPwned=4>',
      '<a href="&#x6A;avascript:window.eqPwned=5">x</a>',
      '<img src=x onerror=window.eqPwned=6>',
    ];
    const host = document.createElement('div');
    document.body.append(host);
    try {
      for (const payload of classics) {
        const out = sanitizeArticleBody(payload, BASE);
        expectClean(out, payload);
        host.replaceChildren(out);
        // What was built is what is there: appending it parses nothing.
        host.append(sanitizeArticleBody(host.innerHTML, BASE));
        expectClean(
          (() => {
            const f = document.createDocumentFragment();
            f.append(...host.cloneNode(true).childNodes);
            return f;
          })(),
          `${payload} (twice)`,
        );
      }
      await payloadsHadTheirChance();
      expect(window.eqPwned).to.equal(undefined);
    } finally {
      host.remove();
    }
  });

  it('leaves only allowed elements, attributes and addresses for every corpus payload', async () => {
    installSentinel();
    const host = document.createElement('div');
    document.body.append(host);
    try {
      for (const { id, payload } of XSS_CORPUS) {
        const out = sanitizeArticleBody(
          `<p>${payload}</p><a href="${payload}">l</a>${payload}`,
          BASE,
        );
        expectClean(out, `payload ${id}`);
        host.append(out);
      }
      expect(unsafeMarkup(host)).to.deep.equal([]);
      await payloadsHadTheirChance();
      expect(xssHits()).to.deep.equal([]);
    } finally {
      host.remove();
    }
  });

  it('builds every node in the page document, none taken over from the parse', () => {
    const out = sanitizeArticleBody('<p>a<em>b</em></p><ul><li>c</li></ul>', BASE);
    const walker = document.createTreeWalker(out);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      expect(node.ownerDocument).to.equal(document);
    }
  });

  it('shows the body as plain text when the page refuses to parse it', () => {
    // What DOMParser does on a page whose Trusted Types rules refuse the SDK's policy. (Replacing
    // window.DOMParser instead was not always seen by WebKit's optimized code.)
    const refusing = {
      parseFromString(): Document {
        throw new TypeError("This document requires 'TrustedHTML' assignment.");
      },
    };
    const out = sanitizeArticleBody(
      '<h2>Steps</h2>\n<p>Open <b>Reports</b>.</p><img src=x onerror=1>',
      BASE,
      refusing,
    );
    expect(out.children).to.have.length(0);
    expect(out.textContent).to.equal('Steps Open Reports .');
  });
});
