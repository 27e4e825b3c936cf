/** Fallbacks for what a page may lack: crypto.randomUUID outside secure contexts, AbortSignal.any. */
import { expect } from '@open-wc/testing';
import { anySignal, randomId } from '../../src/api/random.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomId and anySignal', () => {
  it('makes v4 UUIDs with and without crypto.randomUUID', () => {
    const own = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID');
    expect(randomId()).to.match(UUID_V4);
    // A page served over plain http from another host name has no crypto.randomUUID.
    delete (Crypto.prototype as { randomUUID?: unknown }).randomUUID;
    try {
      expect(typeof crypto.randomUUID).to.equal('undefined');
      const ids = new Set(Array.from({ length: 200 }, () => randomId()));
      expect(ids.size).to.equal(200);
      for (const id of ids) expect(id).to.match(UUID_V4);
    } finally {
      if (own) Object.defineProperty(Crypto.prototype, 'randomUUID', own);
    }
  });

  it('aborts with the first reason, with and without AbortSignal.any', () => {
    const own = Object.getOwnPropertyDescriptor(AbortSignal, 'any');
    for (const withAny of [true, false]) {
      if (!withAny) delete (AbortSignal as { any?: unknown }).any;
      try {
        const a = new AbortController();
        const b = new AbortController();
        const signal = anySignal([a.signal, b.signal]);
        expect(signal.aborted).to.equal(false);
        b.abort(new Error('second'));
        expect(signal.aborted).to.equal(true);
        expect((signal.reason as Error).message).to.equal('second');
        const already = new AbortController();
        already.abort('gone');
        expect(anySignal([already.signal, a.signal]).reason).to.equal('gone');
      } finally {
        if (own) Object.defineProperty(AbortSignal, 'any', own);
      }
    }
  });
});
