import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { UploadOptions } from '../../src/api/backend.js';
import { NetworkError } from '../../src/api/errors.js';
import type { Attachment } from '../../src/api/schemas.js';
import type { EqFileDrop } from '../../src/components/shared/file-drop.js';
import type { EqAttachmentsChangeEvent } from '../../src/events/attachments-change-event.js';
import '../../src/components/shared/file-drop.js';

const attachmentFor = (name: string, size: number): Attachment => ({
  id: `att-${name}`,
  name,
  size,
  contentType: 'text/plain',
  createdAt: new Date().toISOString(),
  url: `/files/${name}`,
});

/** An uploader the test drives by hand: each call waits until `finish` or `fail`. */
function manualUploader() {
  const calls: {
    name: string;
    options: UploadOptions;
    finish: () => void;
    fail: (e: Error) => void;
  }[] = [];
  const upload = (file: Blob, name: string, options: UploadOptions) =>
    new Promise<Attachment>((resolve, reject) => {
      options.onProgress?.({ loaded: 0, total: file.size });
      calls.push({
        name,
        options,
        finish: () => {
          options.onProgress?.({ loaded: file.size, total: file.size });
          resolve(attachmentFor(name, file.size));
        },
        fail: reject,
      });
    });
  return { upload, calls };
}

const rows = (el: EqFileDrop) => [...el.shadowRoot!.querySelectorAll('li')];

describe('<eq-file-drop>', () => {
  it('uploads each file at once with its own progress, then reports the attachments', async () => {
    const { upload, calls } = manualUploader();
    const el = await fixture<EqFileDrop>(html`<eq-file-drop .upload=${upload}></eq-file-drop>`);
    el.addFiles([
      new File(['a'.repeat(10)], 'a.txt', { type: 'text/plain' }),
      new File(['b'], 'b.csv', { type: 'text/csv' }),
    ]);
    await el.updateComplete;
    expect(calls.map((c) => c.name)).to.deep.equal(['a.txt', 'b.csv']);
    expect(rows(el).map((r) => r.dataset.state)).to.deep.equal(['uploading', 'uploading']);
    expect(el.shadowRoot!.querySelectorAll('progress')).to.have.length(2);
    expect(el.busy).to.equal(true);
    const changed = oneEvent(el, 'eq-attachments-change');
    calls[0]!.finish();
    const event = (await changed) as unknown as EqAttachmentsChangeEvent;
    expect(event.attachments.map((a) => a.name)).to.deep.equal(['a.txt']);
    expect(event.uploading).to.equal(1);
    calls[1]!.finish();
    await waitUntil(() => !el.busy);
    expect(el.uploaded.map((a) => a.name)).to.deep.equal(['a.txt', 'b.csv']);
    await expect(el).to.be.accessible();
  });

  it('refuses too large, empty and disallowed files with a clear reason, without uploading them', async () => {
    const { upload, calls } = manualUploader();
    const el = await fixture<EqFileDrop>(
      html`<eq-file-drop max-bytes="100" .upload=${upload}></eq-file-drop>`,
    );
    el.addFiles([
      new File(['x'.repeat(101)], 'big.pdf', { type: 'application/pdf' }),
      new File([], 'empty.txt', { type: 'text/plain' }),
      new File(['MZ'], 'tool.exe', { type: 'application/octet-stream' }),
      new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' }),
    ]);
    await el.updateComplete;
    expect(calls).to.have.length(0);
    const text = rows(el).map((r) => r.textContent.replace(/\s+/g, ' '));
    expect(text[0]).to.contain('Too large: files can be at most 100 bytes');
    expect(text[1]).to.contain('This file is empty');
    expect(text[2]).to.contain('cannot be attached');
    expect(text[3]).to.contain('cannot be attached');
  });

  it('keeps a failed file with the reason and lets the person retry it', async () => {
    const { upload, calls } = manualUploader();
    const el = await fixture<EqFileDrop>(html`<eq-file-drop .upload=${upload}></eq-file-drop>`);
    el.addFiles([new File(['log'], 'console.log', { type: '' })]);
    await el.updateComplete;
    calls[0]!.fail(new NetworkError());
    await waitUntil(() => rows(el)[0]?.dataset.state === 'failed');
    expect(rows(el)[0]!.textContent).to.contain('cannot be reached');
    const retry = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent.includes('Retry'),
    )!;
    retry.click();
    await el.updateComplete;
    expect(calls).to.have.length(2);
    calls[1]!.finish();
    await waitUntil(() => rows(el)[0]?.dataset.state === 'done');
    expect(el.uploaded[0]!.name).to.equal('console.log');
  });

  it('cancels an upload in flight when its file is removed', async () => {
    const { upload, calls } = manualUploader();
    const el = await fixture<EqFileDrop>(html`<eq-file-drop .upload=${upload}></eq-file-drop>`);
    el.addFiles([new File(['x'], 'x.txt', { type: 'text/plain' })]);
    await el.updateComplete;
    const cancel = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent.includes('Cancel'),
    )!;
    cancel.click();
    await el.updateComplete;
    expect(calls[0]!.options.signal!.aborted).to.equal(true);
    expect(rows(el)).to.have.length(0);
  });

  it('shows restored attachments as uploaded, and names a pasted screenshot', async () => {
    const { upload, calls } = manualUploader();
    const el = await fixture<EqFileDrop>(
      html`<eq-file-drop
        .upload=${upload}
        .attachments=${[attachmentFor('report.csv', 2048)]}
      ></eq-file-drop>`,
    );
    expect(rows(el).map((r) => r.dataset.state)).to.deep.equal(['done']);
    expect(rows(el)[0]!.textContent).to.contain('report.csv');
    const data = new DataTransfer();
    data.items.add(
      new File([new Uint8Array([137, 80, 78, 71])], 'image.png', { type: 'image/png' }),
    );
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true });
    // Firefox gives a script-made ClipboardEvent a DataTransfer of its own and leaves the files of
    // the one passed in out of it (a real paste does carry them): hand the event the one built here.
    if (paste.clipboardData?.files.length === 0) {
      Object.defineProperty(paste, 'clipboardData', { value: data });
    }
    el.shadowRoot!.querySelector('.zone')!.dispatchEvent(paste);
    await el.updateComplete;
    expect(calls[0]!.name).to.match(/^screenshot-\d{8}-\d{6}\.png$/);
  });
});
