/**
 * "Take a screenshot" of the upload area (<eq-file-drop>), loaded only when the person asks for
 * one: captures the current tab once with getDisplayMedia, lets the person hide or highlight parts
 * of it in <eq-screenshot-editor>, and gives back the PNG with the boxes burned in. The captured
 * picture stays in the page; only that PNG is handed to the upload area.
 */
import { msg } from '@lit/localize';
import type { EditorImage } from './screenshot-editor.js';
import './screenshot-editor.js';

/** The longest side of a screenshot, in pixels: keeps the PNG well under the upload limit. */
export const MAX_SIDE = 2560;

/** One frame of the current tab (the person picks it, or the browser does), scaled to MAX_SIDE. */
export async function captureTab(): Promise<HTMLCanvasElement> {
  const stream = await navigator.mediaDevices.getDisplayMedia({
    video: { displaySurface: 'browser' },
    audio: false,
    preferCurrentTab: true,
    selfBrowserSurface: 'include',
  } as DisplayMediaStreamOptions);
  try {
    const [track] = stream.getVideoTracks();
    let frame: ImageBitmap | HTMLVideoElement | undefined;
    if (track && 'ImageCapture' in window) {
      const capture = new ImageCapture(track) as ImageCapture & {
        grabFrame(): Promise<ImageBitmap>;
      };
      frame = await capture.grabFrame().catch(() => undefined);
    }
    if (!frame) {
      const video = document.createElement('video');
      video.muted = true;
      video.srcObject = stream;
      await video.play();
      if (video.readyState < 2) {
        await new Promise((ready) => video.addEventListener('loadeddata', ready, { once: true }));
      }
      frame = video;
    }
    const width = frame instanceof HTMLVideoElement ? frame.videoWidth : frame.width;
    const height = frame instanceof HTMLVideoElement ? frame.videoHeight : frame.height;
    const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    canvas.getContext('2d')!.drawImage(frame, 0, 0, canvas.width, canvas.height);
    if (!(frame instanceof HTMLVideoElement)) frame.close();
    return canvas;
  } finally {
    for (const track of stream.getTracks()) track.stop();
  }
}

/**
 * Opens the editor on `image` inside `root` (so it takes the host's theme) and resolves with the
 * edited PNG as a file, or `undefined` when the person cancels. The file has no name: the upload
 * area names it like a pasted screenshot.
 */
export async function editScreenshot(
  root: HTMLElement | DocumentFragment,
  image: EditorImage,
): Promise<File | undefined> {
  const editor = document.createElement('eq-screenshot-editor');
  editor.image = image;
  root.append(editor);
  try {
    const png = await editor.edit();
    return png && new File([png], '', { type: 'image/png' });
  } finally {
    editor.remove();
  }
}

/**
 * Takes a screenshot of the tab and lets the person edit it. Resolves with the PNG to attach,
 * `undefined` when they cancel the editor, or a message saying why no screenshot was taken and
 * what to do instead. Never rejects.
 */
export async function takeScreenshot(
  root: HTMLElement | DocumentFragment,
): Promise<File | string | undefined> {
  // The browser's picker may take focus: give it back to where the person was.
  const back = ('activeElement' in root ? root : document).activeElement as HTMLElement | null;
  try {
    let image: HTMLCanvasElement;
    try {
      image = await captureTab();
    } catch (error) {
      return (error as Error | undefined)?.name === 'NotAllowedError'
        ? msg(
            'No screenshot was taken: sharing the screen was refused or cancelled. Attach a file or paste a screenshot instead.',
          )
        : msg(
            'The screenshot could not be taken in this browser. Attach a file or paste a screenshot instead.',
          );
    }
    return await editScreenshot(root, image);
  } finally {
    back?.focus();
  }
}
