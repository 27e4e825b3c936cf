/**
 * "Take a screenshot" in <eq-file-drop>, with getDisplayMedia replaced: missing, refused, or
 * handing out the stream of a canvas (the capture itself, through the browser's picker, is
 * test/e2e/screenshot.test.ts).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Attachment } from '../../src/api/schemas.js';
import type { EqFileDrop } from '../../src/components/shared/file-drop.js';
import type { EqScreenshotEditor } from '../../src/components/capture/screenshot-editor.js';
import { MAX_SIDE, captureTab } from '../../src/components/capture/capture.js';
import '../../src/components/shared/file-drop.js';

const devices = navigator.mediaDevices as MediaDevices | undefined;

/** Replaces getDisplayMedia (or removes it: undefined) for one test. */
function withDisplayMedia(replacement: MediaDevices['getDisplayMedia'] | undefined) {
  if (!devices) return () => undefined;
  Object.defineProperty(devices, 'getDisplayMedia', {
    value: replacement,
    configurable: true,
    writable: true,
  });
  return () => delete (devices as { getDisplayMedia?: unknown }).getDisplayMedia;
}

function recordingUploader() {
  const uploaded: { file: Blob; name: string }[] = [];
  const upload = (file: Blob, name: string): Promise<Attachment> => {
    uploaded.push({ file, name });
    return Promise.resolve({
      id: `att-${uploaded.length}`,
      name,
      size: file.size,
      contentType: file.type,
      createdAt: new Date().toISOString(),
      url: `/files/${name}`,
    });
  };
  return { upload, uploaded };
}

const action = (el: EqFileDrop) =>
  [...el.shadowRoot!.querySelectorAll('button')].find(
    (b) => b.textContent.trim() === 'Take a screenshot',
  );

describe('<eq-file-drop> "Take a screenshot"', () => {
  let restore: () => unknown = () => undefined;
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
  before(() => window.addEventListener('unhandledrejection', onUnhandled));
  after(() => window.removeEventListener('unhandledrejection', onUnhandled));
  afterEach(() => {
    restore();
    expect(unhandled).to.deep.equal([]);
  });

  it('is not offered where the browser cannot capture the screen', async () => {
    restore = withDisplayMedia(undefined);
    const el = await fixture<EqFileDrop>(html`<eq-file-drop></eq-file-drop>`);
    expect(action(el)).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('says why when the person refuses, and the area still takes files', async () => {
    if (!devices) return; // no mediaDevices at all: nothing to refuse
    restore = withDisplayMedia(() =>
      Promise.reject(new DOMException('Permission denied', 'NotAllowedError')),
    );
    const { upload, uploaded } = recordingUploader();
    const el = await fixture<EqFileDrop>(html`<eq-file-drop .upload=${upload}></eq-file-drop>`);
    action(el)!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'no message', {
      timeout: 5000,
    });
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('sharing the screen was refused or cancelled');
    expect(alert.textContent).to.contain('Attach a file or paste a screenshot instead');
    el.addFiles([new File(['log'], 'console.txt', { type: 'text/plain' })]);
    await waitUntil(() => el.uploaded.length === 1);
    expect(uploaded[0]!.name).to.equal('console.txt');
    await expect(el).to.be.accessible();
  });

  it('says so when the capture fails otherwise', async () => {
    if (!devices) return;
    restore = withDisplayMedia(() =>
      Promise.reject(new DOMException('No source', 'NotFoundError')),
    );
    const el = await fixture<EqFileDrop>(html`<eq-file-drop></eq-file-drop>`);
    action(el)!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'no message', {
      timeout: 5000,
    });
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain(
      'could not be taken in this browser',
    );
  });

  it('a second press while the picker is open starts no second capture', async () => {
    if (!devices) return;
    let calls = 0;
    let refuse: (reason: unknown) => void = () => undefined;
    restore = withDisplayMedia(() => {
      calls += 1;
      return new Promise<MediaStream>((_, reject) => (refuse = reject));
    });
    const el = await fixture<EqFileDrop>(html`<eq-file-drop></eq-file-drop>`);
    action(el)!.click();
    await waitUntil(() => calls === 1, 'the capture did not start', { timeout: 5000 });
    action(el)!.click();
    action(el)!.click();
    refuse(new DOMException('Permission denied', 'NotAllowedError'));
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'no message', {
      timeout: 5000,
    });
    expect(calls).to.equal(1);
    // Once that capture ended, the action works again.
    action(el)!.click();
    await waitUntil(() => calls === 2, 'the action stayed blocked', { timeout: 5000 });
    refuse(new DOMException('Permission denied', 'NotAllowedError'));
  });

  it('grabs one frame, stops the capture, and uploads the edited PNG like a pasted screenshot', async function () {
    if (!devices || !('captureStream' in HTMLCanvasElement.prototype)) this.skip();
    const source = document.createElement('canvas');
    source.width = 320;
    source.height = 180;
    const paint = source.getContext('2d')!;
    paint.fillStyle = '#ff0000';
    paint.fillRect(0, 0, 320, 180);
    let stream: MediaStream | undefined;
    restore = withDisplayMedia(() => {
      stream = source.captureStream();
      // A canvas stream sends a frame when the canvas is painted.
      paint.fillRect(0, 0, 1, 1);
      return Promise.resolve(stream);
    });
    const { upload, uploaded } = recordingUploader();
    const el = await fixture<EqFileDrop>(html`<eq-file-drop .upload=${upload}></eq-file-drop>`);
    action(el)!.focus();
    action(el)!.click();
    const editor = await waitUntil(
      () => el.shadowRoot!.querySelector<EqScreenshotEditor>('eq-screenshot-editor'),
      'no editor',
      { timeout: 8000 },
    ).then(() => el.shadowRoot!.querySelector<EqScreenshotEditor>('eq-screenshot-editor')!);
    await waitUntil(() => editor.shadowRoot?.querySelector('dialog')?.open);
    expect(stream!.getTracks().map((t) => t.readyState)).to.deep.equal(['ended']);
    const add = [...editor.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent.trim() === 'Add hide box',
    )!;
    add.click();
    await waitUntil(() => editor.boxes.length === 1);
    const attach = [...editor.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent.trim() === 'Attach screenshot',
    )!;
    attach.click();
    await waitUntil(() => el.uploaded.length === 1, 'nothing uploaded', { timeout: 8000 });
    expect(uploaded[0]!.name).to.match(/^screenshot-\d{8}-\d{6}\.png$/);
    expect(uploaded[0]!.file.type).to.equal('image/png');
    const image = await createImageBitmap(uploaded[0]!.file);
    expect([image.width, image.height]).to.deep.equal([320, 180]);
    const check = document.createElement('canvas');
    check.width = 320;
    check.height = 180;
    const read = check.getContext('2d')!;
    read.drawImage(image, 0, 0);
    expect([...read.getImageData(160, 90, 1, 1).data]).to.deep.equal([0, 0, 0, 255]);
    expect([...read.getImageData(10, 10, 1, 1).data]).to.deep.equal([255, 0, 0, 255]);
    // The editor is gone and focus is back on the action.
    expect(el.shadowRoot!.querySelectorAll('eq-screenshot-editor')).to.have.length(0);
    expect(el.shadowRoot!.activeElement === action(el), 'focus on the action').to.equal(true);
  });

  it('caps the longest side of a large capture at 2560 px, keeping its proportions', async function () {
    if (!devices || !('captureStream' in HTMLCanvasElement.prototype)) this.skip();
    const source = document.createElement('canvas');
    source.width = 3200;
    source.height = 1800;
    const paint = source.getContext('2d')!;
    paint.fillStyle = '#00ff00';
    paint.fillRect(0, 0, 3200, 1800);
    restore = withDisplayMedia(() => {
      const stream = source.captureStream();
      paint.fillRect(0, 0, 1, 1);
      return Promise.resolve(stream);
    });
    const frame = await captureTab();
    expect(MAX_SIDE).to.equal(2560);
    expect([frame.width, frame.height]).to.deep.equal([2560, 1440]);
  });
});
