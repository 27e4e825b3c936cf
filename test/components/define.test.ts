/**
 * Registration never throws: a second copy of the SDK (another micro-frontend bundling another
 * version) or a script that took an eq- tag first leaves the page working, with one warning.
 */
import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/define.js';
import { SDK_VERSION } from '../../src/version.js';

function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('defineElement', () => {
  it('registers once, and a second copy warns naming both versions', () => {
    class First extends HTMLElement {}
    defineElement('eq-test-define-a', First);
    expect(customElements.get('eq-test-define-a')).to.equal(First);
    // Another copy: same tag, another class marked with another version.
    class Second extends HTMLElement {}
    Object.defineProperty(Second, Symbol.for('eq-support.version'), { value: 'other' });
    const { messages, restore } = captureWarnings();
    try {
      defineElement('eq-test-define-a', First); // the same copy again: silent
      expect(messages).to.deep.equal([]);
      const existing = customElements.get('eq-test-define-a') as unknown as Record<symbol, string>;
      existing[Symbol.for('eq-support.version')] = '0.0.1-first';
      expect(() => defineElement('eq-test-define-a', Second)).not.to.throw();
      defineElement('eq-test-define-b-unused', First); // a used constructor: caught, not thrown
    } finally {
      restore();
    }
    expect(customElements.get('eq-test-define-a')).to.equal(First);
    expect(messages[0]).to.contain('0.0.1-first').and.contain(SDK_VERSION);
    expect(messages[0]).to.contain('<eq-test-define-a>');
    expect(messages[1]).to.contain('<eq-test-define-b-unused> could not be registered');
  });

  it('leaves a tag another script defined first, with a warning', () => {
    class Foreign extends HTMLElement {}
    customElements.define('eq-test-define-c', Foreign);
    class Ours extends HTMLElement {}
    const { messages, restore } = captureWarnings();
    try {
      defineElement('eq-test-define-c', Ours);
    } finally {
      restore();
    }
    expect(customElements.get('eq-test-define-c')).to.equal(Foreign);
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('already defined by another script');
  });
});
