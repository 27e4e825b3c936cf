/** One URL rule for every link and image the elements show (src/url/safe-url.ts). */
import { expect } from '@open-wc/testing';
import { WEB_PROTOCOLS, safeHref, safeUrl } from '../../src/url/safe-url.js';

describe('safe URLs', () => {
  it('keeps web addresses, absolute, and refuses every other protocol', () => {
    expect(safeHref('https://example.com/a b')).to.equal('https://example.com/a%20b');
    expect(safeHref('/help')).to.equal(new URL('/help', document.baseURI).href);
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<b>',
      'vbscript:x',
      'file:///etc/passwd',
      'http://[::1',
    ])
      expect(safeHref(bad), bad).to.equal(undefined);
  });

  it('takes the protocols and the base a caller allows', () => {
    const mail = new Set([...WEB_PROTOCOLS, 'mailto:']);
    expect(safeUrl('mailto:help@example.com', 'https://a.test/', mail)).to.equal(
      'mailto:help@example.com',
    );
    expect(safeUrl('mailto:help@example.com', 'https://a.test/')).to.equal(null);
    expect(safeUrl('img.png', 'https://a.test/docs/')).to.equal('https://a.test/docs/img.png');
  });
});
