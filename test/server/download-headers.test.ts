/** Download responses: the file name per RFC 8187, the link's origin from PUBLIC_URL. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backend } from './backend-app.js';
import { stores } from './stores.js';

for (const [label, open] of stores) {
  test(`Content-Disposition encodes ' ( ) * as RFC 8187 asks (${label})`, async (t) => {
    const store = await open();
    t.after(() => store.close());
    const { call, upload } = await backend(store);
    const name = "it's (final)*.txt";
    const reply = await upload(name);
    assert.equal(reply.status, 201, reply.text);
    const download = await call('GET', '', { url: reply.body.url as string });
    assert.equal(download.status, 200);
    const header = download.headers.get('Content-Disposition') ?? '';
    assert.equal(header, "attachment; filename*=UTF-8''it%27s%20%28final%29%2A.txt");
    const value = /filename\*=UTF-8''(.*)$/.exec(header)![1]!;
    assert.match(value, /^[A-Za-z0-9!#$&+\-.^_`|~%]*$/, 'only attr-chars and %XX');
    assert.equal(decodeURIComponent(value), name);
  });

  test(`download links take their origin from publicUrl, never from the Host header (${label})`, async (t) => {
    const store = await open();
    t.after(() => store.close());
    const { call } = await backend(store, {
      publicUrl: 'https://support.example.com/',
    });
    // What a request with `Host: evil.example` looks like to the app behind Node's server.
    const reply = await call('POST', '', {
      url: 'http://evil.example/api/attachments',
      body: 'hello',
      headers: { 'Content-Type': 'text/plain', Host: 'evil.example' },
    });
    assert.equal(reply.status, 201, reply.text);
    assert.match(
      reply.body.url as string,
      /^https:\/\/support\.example\.com\/api\/attachments\/att-[0-9a-f]+\/content\?exp=\d+&sig=[0-9a-f]{64}$/,
    );
  });
}
