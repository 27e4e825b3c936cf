import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { buttonStyles, fieldStyles, tokens } from '../../styles/shared.js';

/** A picture the editor can draw: a captured frame, scaled (a canvas or a decoded bitmap). */
export type EditorImage = HTMLCanvasElement | ImageBitmap;

/** What a box does to the attached picture. */
export type BoxKind = 'hide' | 'highlight';

/** A box, in pixels of the picture. */
export interface EditorBox {
  id: number;
  kind: BoxKind;
  x: number;
  y: number;
  w: number;
  h: number;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

let boxIds = 0;

/**
 * The screenshot editor: a modal dialog showing a captured picture, where the person draws Hide
 * boxes (filled black in the attached file, for names or figures) and Highlight boxes (an outline
 * in the accent colour), by pointer drag or from the keyboard. Only the PNG rendered with the
 * boxes burned in leaves the editor; the picture itself never does.
 *
 * @summary Hide or highlight parts of a screenshot before it is attached.
 * @csspart dialog - The modal dialog.
 * @csspart stage - The picture with its boxes.
 * @csspart box - One box (also `hide` or `highlight`).
 * @csspart hide - A Hide box.
 * @csspart highlight - A Highlight box.
 * @cssprop --eq-color-primary - The accent colour: Highlight boxes, on screen and in the file.
 * @cssprop --eq-color-scheme - `light`, `dark` or `light dark` (follows the system).
 */
@localized()
export class EqScreenshotEditor extends LitElement {
  static override styles = [
    tokens,
    buttonStyles,
    fieldStyles,
    css`
      dialog {
        width: min(76.8em, calc(100vw - 2.1333em));
        max-height: calc(100dvh - 2.1333em);
        padding: calc(var(--_space) * 2);
        border: 1px solid var(--_border);
        border-radius: calc(var(--_radius) * 2);
        background: var(--_surface);
        color: var(--_text);
        accent-color: var(--_primary);
      }
      dialog::backdrop {
        background: rgb(15 23 42 / 60%);
      }
      h2 {
        margin: 0 0 var(--_space);
        font-size: 1.2em;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_space);
        margin: var(--_space) 0;
      }
      fieldset {
        display: flex;
        gap: calc(var(--_space) * 2);
        margin: 0;
        padding: 0;
        border: 0;
      }
      legend {
        float: left;
        margin-inline-end: var(--_space);
        font-weight: 600;
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: 0.3em;
      }
      .stage {
        position: relative;
        width: min(100%, calc((100dvh - 18em) * var(--_ratio, 1.6)));
        margin-inline: auto;
        touch-action: none;
        cursor: crosshair;
        user-select: none;
      }
      canvas {
        display: block;
        width: 100%;
        border: 1px solid var(--_border);
      }
      .box {
        position: absolute;
        min-width: 0;
        min-height: 0;
        padding: 0;
        border: 3px solid var(--_primary);
        background: transparent;
        cursor: pointer;
      }
      .box.hide {
        border-color: #000;
        background: #000;
      }
      .box:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
        box-shadow: 0 0 0 2px var(--_surface);
      }
      .actions {
        justify-content: flex-end;
        margin-bottom: 0;
      }
    `,
  ];

  /** The picture to edit; the editor never sends it anywhere. */
  @property({ attribute: false }) image?: EditorImage;

  /** The boxes drawn so far, in pixels of the picture, in the order they were added. */
  @state() boxes: EditorBox[] = [];

  @state() private tool: BoxKind = 'hide';
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('canvas') private canvas!: HTMLCanvasElement;
  private settle?: (blob: Blob | undefined) => void;
  private drag?: { box: EditorBox; x: number; y: number };

  private get width(): number {
    return this.image?.width ?? 1;
  }

  private get height(): number {
    return this.image?.height ?? 1;
  }

  /** Arrow keys move and resize by this many pixels of the picture. */
  private get step(): number {
    return Math.max(1, Math.round(Math.max(this.width, this.height) / 100));
  }

  /**
   * Opens the editor as a modal dialog. Resolves with the PNG of the picture with every box
   * burned in once the person attaches it, or `undefined` when they cancel (Cancel, Escape).
   */
  async edit(): Promise<Blob | undefined> {
    await this.updateComplete;
    this.settle?.(undefined);
    const result = new Promise<Blob | undefined>((resolve) => (this.settle = resolve));
    this.dialog.showModal();
    return result;
  }

  /** Adds a box of `kind` in the middle of the picture, a quarter of its size, and focuses it. */
  async addBox(kind: BoxKind): Promise<void> {
    const w = Math.round(this.width / 4);
    const h = Math.round(this.height / 4);
    const box = { id: ++boxIds, kind, x: (this.width - w) >> 1, y: (this.height - h) >> 1, w, h };
    this.boxes = [...this.boxes, box];
    await this.updateComplete;
    this.boxElement(box)?.focus();
  }

  /** The picture with the boxes burned in, as a PNG: hidden areas are opaque black pixels. */
  async renderPng(): Promise<Blob> {
    const canvas = document.createElement('canvas');
    canvas.width = this.width;
    canvas.height = this.height;
    const context = canvas.getContext('2d')!;
    if (this.image) context.drawImage(this.image, 0, 0);
    const line = Math.max(3, Math.round(Math.max(this.width, this.height) / 200));
    context.lineWidth = line;
    context.strokeStyle = getComputedStyle(this.dialog).accentColor;
    context.fillStyle = '#000';
    // Highlights first: a Hide box always wins where the two overlap.
    for (const b of this.boxes.filter((b) => b.kind === 'highlight')) {
      context.strokeRect(b.x + line / 2, b.y + line / 2, b.w - line, b.h - line);
    }
    for (const b of this.boxes.filter((b) => b.kind === 'hide')) {
      context.fillRect(b.x, b.y, b.w, b.h);
    }
    return new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob'))), 'image/png'),
    );
  }

  protected override firstUpdated(): void {
    const { canvas } = this;
    canvas.width = this.width;
    canvas.height = this.height;
    if (this.image) canvas.getContext('2d')!.drawImage(this.image, 0, 0);
    this.style.setProperty('--_ratio', String(this.width / this.height));
  }

  protected override updated(): void {
    // Positions through the CSSOM: a style attribute would break a strict Content-Security-Policy.
    for (const box of this.boxes) {
      const style = this.boxElement(box)?.style;
      if (!style) continue;
      style.left = `${(box.x / this.width) * 100}%`;
      style.top = `${(box.y / this.height) * 100}%`;
      style.width = `${(box.w / this.width) * 100}%`;
      style.height = `${(box.h / this.height) * 100}%`;
    }
  }

  private boxElement(box: EditorBox): HTMLElement | null {
    return this.renderRoot.querySelector(`[data-box="${box.id}"]`);
  }

  private finish(blob?: Blob): void {
    this.dialog.close();
    this.settle?.(blob);
    this.settle = undefined;
  }

  private async handleAttach(): Promise<void> {
    this.finish(await this.renderPng());
  }

  /** Picture pixels under a pointer event, within the picture. */
  private point(event: PointerEvent): [number, number] {
    const rect = this.canvas.getBoundingClientRect();
    const clamp = (v: number, max: number) => Math.min(max, Math.max(0, Math.round(v)));
    return [
      clamp(((event.clientX - rect.left) / rect.width) * this.width, this.width),
      clamp(((event.clientY - rect.top) / rect.height) * this.height, this.height),
    ];
  }

  private handlePointerDown(event: PointerEvent): void {
    if (event.button !== 0 || (event.target as Element).classList.contains('box')) return;
    event.preventDefault();
    const [x, y] = this.point(event);
    const box = { id: ++boxIds, kind: this.tool, x, y, w: 0, h: 0 };
    this.drag = { box, x, y };
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
    this.boxes = [...this.boxes, box];
  }

  private handlePointerMove(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag) return;
    const [x, y] = this.point(event);
    Object.assign(drag.box, {
      x: Math.min(x, drag.x),
      y: Math.min(y, drag.y),
      w: Math.abs(x - drag.x),
      h: Math.abs(y - drag.y),
    });
    this.boxes = [...this.boxes];
  }

  private handlePointerUp(): void {
    const box = this.drag?.box;
    this.drag = undefined;
    // A click without a drag draws nothing.
    if (box && (box.w < 4 || box.h < 4)) this.boxes = this.boxes.filter((b) => b !== box);
  }

  private handleBoxKey(event: KeyboardEvent, box: EditorBox): void {
    const arrow = ARROWS[event.key];
    if (arrow) {
      event.preventDefault();
      const { step, width, height } = this;
      const [dx, dy] = arrow.map((d) => d * step) as [number, number];
      if (event.shiftKey) {
        box.w = Math.min(width - box.x, Math.max(step, box.w + dx));
        box.h = Math.min(height - box.y, Math.max(step, box.h + dy));
      } else {
        box.x = Math.min(width - box.w, Math.max(0, box.x + dx));
        box.y = Math.min(height - box.h, Math.max(0, box.y + dy));
      }
      this.boxes = [...this.boxes];
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      const index = this.boxes.indexOf(box);
      this.boxes = this.boxes.filter((b) => b !== box);
      const next = this.boxes[index] ?? this.boxes[index - 1];
      void this.updateComplete.then(() =>
        (next
          ? this.boxElement(next)
          : this.renderRoot.querySelector<HTMLElement>('.add')
        )?.focus(),
      );
    }
  }

  private boxName(box: EditorBox): string {
    const n = this.boxes.filter((b) => b.kind === box.kind && b.id <= box.id).length;
    return box.kind === 'hide' ? msg(str`Hide box ${n}`) : msg(str`Highlight box ${n}`);
  }

  protected override render() {
    const tool = (kind: BoxKind, label: string) =>
      html`<label
        ><input
          type="radio"
          name="tool"
          .checked=${this.tool === kind}
          @change=${() => (this.tool = kind)}
        />${label}</label
      >`;
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      aria-describedby="about"
      @cancel=${(event: Event) => {
        event.preventDefault();
        this.finish();
      }}
    >
      <h2 id="title">${msg('Edit the screenshot')}</h2>
      <p class="help" id="about">
        ${msg(
          'Draw boxes on the picture. Hide boxes are filled black in the attached file: use them for names, figures and anything private. Highlight boxes point at something.',
        )}
      </p>
      <div class="bar">
        <fieldset>
          <legend>${msg('Draw')}</legend>
          ${tool('hide', msg('Hide'))} ${tool('highlight', msg('Highlight'))}
        </fieldset>
        <button type="button" class="button add" @click=${() => void this.addBox('hide')}>
          ${msg('Add hide box')}
        </button>
        <button type="button" class="button" @click=${() => void this.addBox('highlight')}>
          ${msg('Add highlight box')}
        </button>
      </div>
      <div
        part="stage"
        class="stage"
        @pointerdown=${this.handlePointerDown}
        @pointermove=${this.handlePointerMove}
        @pointerup=${this.handlePointerUp}
        @pointercancel=${this.handlePointerUp}
      >
        <canvas role="img" aria-label=${msg('The screenshot')}></canvas>
        ${this.boxes.map(
          (box) =>
            html`<button
              type="button"
              part="box ${box.kind}"
              class="box ${box.kind}"
              data-box=${box.id}
              aria-label=${this.boxName(box)}
              aria-describedby="keys"
              @keydown=${(event: KeyboardEvent) => this.handleBoxKey(event, box)}
            ></button>`,
        )}
      </div>
      <p class="help" id="keys">
        ${msg('On a box: arrow keys move it, Shift with arrow keys resizes it, Delete removes it.')}
      </p>
      <div class="bar actions">
        <button type="button" class="button" @click=${() => this.finish()}>${msg('Cancel')}</button>
        <button type="button" class="button primary" @click=${this.handleAttach}>
          ${msg('Attach screenshot')}
        </button>
      </div>
    </dialog>`;
  }
}
