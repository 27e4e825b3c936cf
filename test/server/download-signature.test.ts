/**
 * The download signature is checked in constant time: through WebCrypto's HMAC verify (which
 * compares in constant time), never with `!==` on strings; odd signatures are a plain 403.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backend } from './backend-app.js';
import { stores } from './stores.js';

for (const [label, open] of stores) {
  test(`the signature is verified with HMAC verify, and a bad one is a 403 (${label})`, async (t) => {
    const store = await open();
    t.after(() => store.close());
    const { call, upload } = await backend(store);
    const url = new URL((await upload('notes.txt')).body.url as string);
    const verify = t.mock.method(crypto.subtle, 'verify');

    assert.equal((await call('GET', '', { url: url.href })).status, 200);
    assert.ok(verify.mock.callCount() >= 1, 'the signature went through crypto.subtle.verify');

    const sig = url.searchParams.get('sig')!;
    for (const bad of [
      `${sig.slice(0, -1)}${sig.endsWith('0') ? '1' : '0'}`,
      sig.slice(0, 10),
      `${sig}00`,
      sig.toUpperCase().replace(/[0-9]/g, 'Z'),
      '',
      'zz'.repeat(32),
    ]) {
      const forged = new URL(url);
      forged.searchParams.set('sig', bad);
      assert.equal((await call('GET', '', { url: forged.href })).status, 403, bad);
    }
  });
}
