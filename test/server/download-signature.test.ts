/**
 * The download signature is checked in constant time: through WebCrypto's HMAC verify (which
 * compares in constant time), never with `!==` on strings. A wrong signature is a 403; one that
 * is not 64 hex digits breaks the contract and is a 400.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backend } from './backend-app.js';
import { stores } from './stores.js';

for (const [label, open] of stores) {
  test(`the signature is verified with HMAC verify, a wrong one a 403 (${label})`, async (t) => {
    const store = await open();
    t.after(() => store.close());
    const { call, upload } = await backend(store);
    const url = new URL((await upload('notes.txt')).body.url as string);
    const verify = t.mock.method(crypto.subtle, 'verify');

    assert.equal((await call('GET', '', { url: url.href })).status, 200);
    assert.ok(verify.mock.callCount() >= 1, 'the signature went through crypto.subtle.verify');

    const sig = url.searchParams.get('sig')!;
    // A signature of the right form that is wrong: 403, the link is refused.
    for (const bad of [`${sig.slice(0, -1)}${sig.endsWith('0') ? '1' : '0'}`, '0'.repeat(64)]) {
      const forged = new URL(url);
      forged.searchParams.set('sig', bad);
      assert.equal((await call('GET', '', { url: forged.href })).status, 403, bad);
    }
    // Not a signature at all (the contract wants 64 hex digits): 400, before any check.
    for (const bad of [
      sig.slice(0, 10),
      `${sig}00`,
      sig.toUpperCase().replace(/[0-9]/g, 'Z'),
      '',
      'zz'.repeat(32),
    ]) {
      const forged = new URL(url);
      forged.searchParams.set('sig', bad);
      assert.equal((await call('GET', '', { url: forged.href })).status, 400, bad);
    }
  });
}
