import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { linkify } from '../../src/components/shared/linkify.js';

/** The text rendered into a fresh element: what a person sees. */
function shown(text: string): HTMLElement {
  const host = document.createElement('div');
  render(html`${linkify(text)}`, host);
  return host;
}
const links = (host: HTMLElement) =>
  [...host.querySelectorAll('a')].map((a) => ({
    href: a.getAttribute('href'),
    text: a.textContent,
    rel: a.rel,
    target: a.target,
  }));

describe('linkify', () => {
  it('turns full http and https addresses into links that open safely, and keeps every character', () => {
    const text =
      'See https://status.example.com/incidents/42?x=1&y=2#top. Also (http://help.example.com/a_(b)), ok?';
    const host = shown(text);
    expect(host.textContent).to.equal(text);
    expect(links(host)).to.deep.equal([
      {
        href: 'https://status.example.com/incidents/42?x=1&y=2#top',
        text: 'https://status.example.com/incidents/42?x=1&y=2#top',
        rel: 'noopener noreferrer',
        target: '_blank',
      },
      {
        href: 'http://help.example.com/a_(b)',
        text: 'http://help.example.com/a_(b)',
        rel: 'noopener noreferrer',
        target: '_blank',
      },
    ]);
  });

  it('leaves other schemes, bare domains and markup as text', () => {
    const text =
      'javascript:alert(1) data:text/html,<b>x</b> ftp://files.example.com www.example.com <a href="https://evil.test">x</a> http://';
    const host = shown(text);
    expect(host.textContent).to.equal(text);
    // The markup is text: the only link is the address written inside it, up to its quote.
    expect(links(host).map((l) => l.href)).to.deep.equal(['https://evil.test/']);
    expect(host.querySelector('b')).to.equal(null);
  });
});
