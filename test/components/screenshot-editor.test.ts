import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { EqScreenshotEditor } from '../../src/components/capture/screenshot-editor.js';
import '../../src/components/capture/screenshot-editor.js';

const W = 200;
const H = 100;

/** A picture of known colours: red on the left half, blue on the right, a green row at y = 50. */
function knownImage(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ff0000';
  context.fillRect(0, 0, W / 2, H);
  context.fillStyle = '#0000ff';
  context.fillRect(W / 2, 0, W / 2, H);
  context.fillStyle = '#00ff00';
  context.fillRect(0, 50, W, 1);
  return canvas;
}

/** The RGBA pixels of an image (a PNG blob or a canvas). */
async function pixels(source: Blob | HTMLCanvasElement): Promise<Uint8ClampedArray> {
  const image = source instanceof Blob ? await createImageBitmap(source) : source;
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, image.width, image.height).data;
}

const rgb = (data: Uint8ClampedArray, x: number, y: number) =>
  [...data.slice((y * W + x) * 4, (y * W + x) * 4 + 3)].join(',');

async function openEditor(): Promise<{
  el: EqScreenshotEditor;
  result: Promise<Blob | undefined>;
}> {
  const el = await fixture<EqScreenshotEditor>(
    html`<eq-screenshot-editor .image=${knownImage()}></eq-screenshot-editor>`,
  );
  const result = el.edit();
  await waitUntil(() => el.shadowRoot!.querySelector('dialog')!.open);
  return { el, result };
}

const button = (el: EqScreenshotEditor, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.trim() === name)!;

/**
 * Shift with a key, held and released. "Shift+X" is not portable, and WebKit's WebDriver cannot
 * hold a key at all: there the keydown is dispatched to the focused box instead.
 */
async function shift(key: string): Promise<void> {
  try {
    await sendKeys({ down: 'Shift' });
  } catch {
    const target = (document.activeElement?.shadowRoot?.activeElement ?? document.activeElement)!;
    target.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey: true, bubbles: true }));
    return;
  }
  await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
}

const focused = (el: EqScreenshotEditor) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<eq-screenshot-editor>', () => {
  it('burns a Hide box into the PNG: black inside, every other pixel unchanged', async () => {
    const { el, result } = await openEditor();
    button(el, 'Add hide box').click();
    await waitUntil(() => el.boxes.length === 1);
    const [box] = el.boxes;
    expect(box).to.include({ kind: 'hide', x: 75, y: 37, w: 50, h: 25 });
    button(el, 'Attach screenshot').click();
    const png = await result;
    expect(png!.type).to.equal('image/png');
    const [after, before] = await Promise.all([pixels(png!), pixels(knownImage())]);
    let inside = 0;
    let outside = 0;
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const hidden = x >= box!.x && x < box!.x + box!.w && y >= box!.y && y < box!.y + box!.h;
        if (hidden) {
          expect(rgb(after, x, y), `(${x}, ${y})`).to.equal('0,0,0');
          inside++;
        } else {
          if (rgb(after, x, y) !== rgb(before, x, y)) expect.fail(`(${x}, ${y}) changed`);
          outside++;
        }
      }
    }
    expect([inside, outside]).to.deep.equal([50 * 25, W * H - 50 * 25]);
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
  });

  it('draws a Highlight box as an outline only: the inside and the rest stay as they were', async () => {
    const { el, result } = await openEditor();
    button(el, 'Add highlight box').click();
    await waitUntil(() => el.boxes.length === 1);
    const box = el.boxes[0]!;
    button(el, 'Attach screenshot').click();
    const [after, before] = await Promise.all([pixels((await result)!), pixels(knownImage())]);
    const line = 3; // the outline of a 200 × 100 picture
    let ring = 0;
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const inBox = x >= box.x && x < box.x + box.w && y >= box.y && y < box.y + box.h;
        const inner =
          x >= box.x + line &&
          x < box.x + box.w - line &&
          y >= box.y + line &&
          y < box.y + box.h - line;
        const same = rgb(after, x, y) === rgb(before, x, y);
        if (inBox && !inner) {
          if (same) expect.fail(`outline pixel (${x}, ${y}) unchanged`);
          ring++;
        } else if (!same) {
          expect.fail(`(${x}, ${y}) changed`);
        }
      }
    }
    expect(ring).to.equal(box.w * box.h - (box.w - 2 * line) * (box.h - 2 * line));
  });

  it('adds, moves, resizes and deletes boxes from the keyboard', async () => {
    const { el, result } = await openEditor();
    button(el, 'Add hide box').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.getAttribute('aria-label') === 'Hide box 1');
    const box = el.boxes[0]!;
    const step = 2; // 1% of the longest side
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    expect([box.x, box.y]).to.deep.equal([75 + step, 37 + step]);
    await shift('ArrowRight');
    await shift('ArrowUp');
    expect([box.w, box.h]).to.deep.equal([50 + step, 25 - step]);
    // The box on screen follows: a percentage of the picture.
    const shown = focused(el)!;
    expect(shown.style.left).to.equal(`${((75 + step) / W) * 100}%`);
    expect(shown.style.width).to.equal(`${((50 + step) / W) * 100}%`);

    button(el, 'Add highlight box').click();
    await waitUntil(() => focused(el)?.getAttribute('aria-label') === 'Highlight box 1');
    await sendKeys({ press: 'Delete' });
    await waitUntil(() => focused(el)?.getAttribute('aria-label') === 'Hide box 1');
    expect(el.boxes.map((b) => b.kind)).to.deep.equal(['hide']);
    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => focused(el)?.textContent.trim() === 'Add hide box');
    expect(el.boxes).to.have.length(0);

    button(el, 'Cancel').click();
    expect(await result).to.equal(undefined);
  });

  it('keeps a box inside the picture', async () => {
    const { el } = await openEditor();
    button(el, 'Add hide box').click();
    await waitUntil(() => el.boxes.length === 1);
    for (let i = 0; i < 60; i++) await sendKeys({ press: 'ArrowLeft' });
    expect(el.boxes[0]!.x).to.equal(0);
    for (let i = 0; i < 60; i++) await shift('ArrowDown');
    expect(el.boxes[0]!.y + el.boxes[0]!.h).to.equal(H);
  });

  it('draws a box of the chosen tool by pointer drag', async () => {
    const { el, result } = await openEditor();
    el.shadowRoot!.querySelectorAll('input')[1]!.click(); // Highlight
    const stage = el.shadowRoot!.querySelector('canvas')!.getBoundingClientRect();
    const at = (fx: number, fy: number): [number, number] => [
      Math.round(stage.left + stage.width * fx),
      Math.round(stage.top + stage.height * fy),
    ];
    await sendMouse({ type: 'move', position: at(0.1, 0.2) });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: at(0.3, 0.5) });
    await sendMouse({ type: 'move', position: at(0.5, 0.8) });
    await sendMouse({ type: 'up' });
    await waitUntil(() => el.boxes.length === 1);
    const box = el.boxes[0]!;
    expect(box.kind).to.equal('highlight');
    expect(box.x).to.be.closeTo(20, 2);
    expect(box.y).to.be.closeTo(20, 2);
    expect(box.w).to.be.closeTo(80, 3);
    expect(box.h).to.be.closeTo(60, 3);
    // A click without a drag draws nothing.
    await sendMouse({ type: 'click', position: at(0.9, 0.1) });
    await el.updateComplete;
    expect(el.boxes).to.have.length(1);
    button(el, 'Cancel').click();
    await result;
  });

  it('cancels with Escape: nothing is attached', async () => {
    const { el, result } = await openEditor();
    button(el, 'Add hide box').click();
    await waitUntil(() => el.boxes.length === 1);
    await sendKeys({ press: 'Escape' });
    expect(await result).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
  });

  it('is accessible, with its boxes, in the light and the dark theme', async () => {
    const { el, result } = await openEditor();
    button(el, 'Add hide box').click();
    button(el, 'Add highlight box').click();
    await waitUntil(() => el.boxes.length === 2);
    await expect(el).to.be.accessible();
    el.style.setProperty('--eq-color-scheme', 'dark');
    await expect(el).to.be.accessible();
    button(el, 'Cancel').click();
    await result;
  });
});
