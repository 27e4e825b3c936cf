import { pageLocale } from '../../context/page-locale.js';
import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  DEFAULT_MAX_UPLOAD_BYTES,
  refuseAttachment,
  type AttachmentRefusal,
} from '../../api/attachments.js';
import type { UploadOptions } from '../../api/backend.js';
import type { Attachment } from '../../api/schemas.js';
import { EqAttachmentsChangeEvent } from '../../events/attachments-change-event.js';
import { buttonStyles, fieldStyles, tokens } from '../../styles/shared.js';
import { describeError } from './error-message.js';
import { formatBytes } from './format.js';

/** Uploads one file and resolves with the stored attachment. */
export type FileUploader = (
  file: Blob,
  name: string,
  options: UploadOptions,
) => Promise<Attachment>;

interface FileItem {
  key: string;
  name: string;
  size: number;
  state: 'uploading' | 'done' | 'refused' | 'failed';
  loaded: number;
  attachment?: Attachment;
  refusal?: AttachmentRefusal;
  error?: string;
  file?: File;
  controller?: AbortController;
}

let counter = 0;

/** A clipboard image gets a name that says what it is and when it was taken. */
function screenshotName(file: File): string {
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const extension = file.type.split('/')[1]?.replace('jpeg', 'jpg') ?? 'png';
  return `screenshot-${stamp}.${extension}`;
}

/**
 * Upload area shared by the case form and the case view: choose, drag and drop, or paste files;
 * each uploads at once with its own progress bar, can be removed, and is refused with a clear
 * reason when too large, empty or of a disallowed type.
 *
 * @summary Several-file upload with per-file progress.
 * @fires eq-attachments-change - The uploaded files changed (`attachments`, `uploading`).
 * @csspart dropzone - The area that accepts dropped files.
 * @csspart file - One file row.
 * @csspart progress - The upload progress bar of a file.
 */
@localized()
export class EqFileDrop extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    tokens,
    buttonStyles,
    fieldStyles,
    css`
      :host {
        display: block;
      }
      .zone {
        display: grid;
        gap: 0.4em;
        padding: calc(var(--_space) * 1.5);
        border: 2px dashed var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .zone > .button {
        justify-self: start;
      }
      .zone.over {
        border-color: var(--_primary);
        background: var(--_info-surface);
      }
      ul {
        list-style: none;
        margin: var(--_space) 0 0;
        padding: 0;
        display: grid;
        gap: 0.4em;
      }
      li {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 0.1333em 0.8em;
        align-items: center;
        padding: 0.4em 0.5333em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .name {
        overflow-wrap: anywhere;
        font-weight: 600;
      }
      .meta {
        grid-column: 1;
        color: var(--_text-muted);
        font-size: 0.875em;
      }
      progress {
        grid-column: 1 / -1;
        width: 100%;
        height: 0.5333em;
        accent-color: var(--_primary);
      }
      .actions {
        grid-row: 1 / span 2;
        grid-column: 2;
        display: flex;
        gap: 0.5333em;
      }
    `,
  ];

  /** Visible label of the file chooser. */
  @property() label = '';

  /** Uploads one file; the area does nothing without it. */
  @property({ attribute: false }) upload?: FileUploader;

  /** Files already uploaded (e.g. restored from a draft); shown as done. */
  @property({ attribute: false }) attachments: readonly Attachment[] = [];

  /** Size limit per file, in bytes (100 MB by default, like the reference backend). */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = DEFAULT_MAX_UPLOAD_BYTES;

  /** The page's language, for sizes. */
  private get locale(): string {
    return pageLocale();
  }

  /** Disables adding and removing files. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private items: FileItem[] = [];
  @state() private dragging = false;
  @state() private shotError = '';
  private capturing = false;
  @query('input[type=file]') private input!: HTMLInputElement;

  /** Files uploaded and ready to attach. */
  get uploaded(): Attachment[] {
    return this.items.flatMap((item) =>
      item.state === 'done' && item.attachment ? [item.attachment] : [],
    );
  }

  /** Whether some files are still uploading. */
  get busy(): boolean {
    return this.items.some((item) => item.state === 'uploading');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const item of this.items) item.controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('attachments')) {
      // Keep files in flight or refused; take the done ones from the property.
      const known = new Set(this.attachments.map((a) => a.id));
      const pending = this.items.filter(
        (item) => item.state !== 'done' || (item.attachment && !known.has(item.attachment.id)),
      );
      const done: FileItem[] = this.attachments.map((attachment) => ({
        key: `a-${attachment.id}`,
        name: attachment.name,
        size: attachment.size,
        state: 'done',
        loaded: attachment.size,
        attachment,
      }));
      this.items = [...done, ...pending.filter((item) => item.state !== 'done')];
    }
  }

  /** Adds files (from a paste or drop anywhere in the host); each starts uploading at once. */
  addFiles(files: Iterable<File>): void {
    if (this.disabled) return;
    for (const original of files) {
      const isClipboardImage = original.name === 'image.png' || original.name === '';
      const name =
        isClipboardImage && original.type.startsWith('image/')
          ? screenshotName(original)
          : original.name;
      const file =
        name === original.name ? original : new File([original], name, { type: original.type });
      const refusal = refuseAttachment(file, { maxBytes: this.maxBytes });
      const item: FileItem = {
        key: `f-${++counter}`,
        name,
        size: file.size,
        state: refusal ? 'refused' : 'uploading',
        loaded: 0,
        file,
        ...(refusal ? { refusal } : {}),
      };
      this.items = [...this.items, item];
      if (!refusal) void this.start(item);
    }
    this.notify();
  }

  private patch(item: FileItem, changes: Partial<FileItem>): void {
    this.items = this.items.map((i) => (i.key === item.key ? Object.assign(i, changes) : i));
  }

  private async start(item: FileItem): Promise<void> {
    if (!this.upload || !item.file) {
      this.patch(item, {
        state: 'failed',
        error: msg('Uploading is not available: the support service is not configured.'),
      });
      this.notify();
      return;
    }
    const controller = new AbortController();
    this.patch(item, { state: 'uploading', loaded: 0, controller });
    delete item.error;
    try {
      const attachment = await this.upload(item.file, item.name, {
        signal: controller.signal,
        onProgress: ({ loaded }) => this.patch(item, { loaded }),
      });
      if (!this.items.includes(item)) return; // removed meanwhile
      this.patch(item, { state: 'done', attachment, loaded: item.size });
      delete item.controller;
      delete item.file;
    } catch (error) {
      if (controller.signal.aborted || !this.items.includes(item)) return;
      this.patch(item, { state: 'failed', error: describeError(error) });
    }
    this.notify();
  }

  private removeItem(item: FileItem): void {
    item.controller?.abort();
    this.items = this.items.filter((i) => i !== item);
    this.notify();
    this.input?.focus();
  }

  private notify(): void {
    this.dispatchEvent(
      new EqAttachmentsChangeEvent(
        this.uploaded,
        this.items.filter((i) => i.state === 'uploading').length,
      ),
    );
  }

  private handleChange(): void {
    this.addFiles(Array.from(this.input.files ?? []));
    this.input.value = '';
  }

  private handleDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files') || this.disabled) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  private handleDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    this.addFiles(Array.from(event.dataTransfer?.files ?? []));
  }

  /** Loads the capture and its editor only now, for the person who asked for a screenshot. */
  private async handleScreenshot(): Promise<void> {
    // A second press while the browser's picker or the editor is open starts no second capture.
    if (this.capturing) return;
    this.capturing = true;
    this.shotError = '';
    try {
      const { takeScreenshot } = await import('../capture/capture.js');
      const shot = await takeScreenshot(this.renderRoot);
      if (typeof shot == 'string') this.shotError = shot;
      else if (shot) this.addFiles([shot]);
    } catch (error) {
      this.shotError = describeError(error);
    } finally {
      this.capturing = false;
    }
  }

  private refusalText(item: FileItem): string {
    switch (item.refusal) {
      case 'empty':
        return msg('This file is empty.');
      case 'too-large':
        return msg(
          str`Too large: files can be at most ${formatBytes(this.maxBytes, this.locale)}.`,
        );
      default:
        return msg(
          'This type of file cannot be attached. Use images, PDF, text, CSV, JSON, ZIP, Office documents or videos.',
        );
    }
  }

  private renderItem(item: FileItem) {
    const percent = item.size > 0 ? Math.floor((item.loaded / item.size) * 100) : 0;
    let status;
    switch (item.state) {
      case 'uploading':
        status = html`<span class="meta">${msg(str`Uploading… ${percent}%`)}</span>
          <progress
            part="progress"
            max=${item.size}
            .value=${item.loaded}
            aria-label=${msg(str`Uploading ${item.name}`)}
          ></progress>`;
        break;
      case 'done':
        status = html`<span class="meta"
          >${formatBytes(item.size, this.locale)} · ${msg('Uploaded')}</span
        >`;
        break;
      case 'refused':
        status = html`<p class="error meta">${this.refusalText(item)}</p>`;
        break;
      case 'failed':
        status = html`<p class="error meta">${msg('Upload failed:')} ${item.error}</p>`;
        break;
    }
    return html`<li part="file" data-state=${item.state}>
      <span class="name">${item.name}</span>
      ${status}
      <span class="actions">
        ${
          item.state === 'failed' && item.file
            ? html`<button type="button" class="link-button" @click=${() => void this.start(item)}>
                ${msg('Retry')}<span class="visually-hidden"> ${item.name}</span>
              </button>`
            : nothing
        }
        <button
          type="button"
          class="link-button"
          ?disabled=${this.disabled}
          @click=${() => this.removeItem(item)}
        >
          ${item.state === 'uploading' ? msg('Cancel') : msg('Remove')}<span
            class="visually-hidden"
          >
            ${item.name}</span
          >
        </button>
      </span>
    </li>`;
  }

  protected override render() {
    return html`
      <div
        part="dropzone"
        class="zone ${this.dragging ? 'over' : ''}"
        @dragover=${this.handleDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.handleDrop}
        @paste=${(event: ClipboardEvent) => this.addFiles(Array.from(event.clipboardData?.files ?? []))}
      >
        <label class="label" for="files">${this.label || msg('Upload File')}</label>
        <p class="help" id="files-help">
          ${msg(
            str`Choose files, drag them here, or paste a screenshot. Up to ${formatBytes(this.maxBytes, this.locale)} each. For console output of the Chrome Developer Tools, attach a screenshot.`,
          )}
        </p>
        <input
          id="files"
          type="file"
          multiple
          aria-describedby="files-help"
          ?disabled=${this.disabled}
          @change=${this.handleChange}
        />
        ${
          (globalThis.navigator as Navigator | undefined)?.mediaDevices?.getDisplayMedia
            ? html`<button
                type="button"
                class="button"
                ?disabled=${this.disabled}
                @click=${this.handleScreenshot}
              >
                ${msg('Take a screenshot')}
              </button>`
            : nothing
        }
        ${this.shotError ? html`<p class="error" role="alert">${this.shotError}</p>` : nothing}
      </div>
      ${
        this.items.length > 0
          ? html`<ul aria-label=${msg('Attached files')} aria-live="polite">
              ${repeat(
                this.items,
                (item) => item.key,
                (item) => this.renderItem(item),
              )}
            </ul>`
          : nothing
      }
    `;
  }
}

// The types of this element's API (properties, events), importable beside it.
export type { Attachment } from '../../api/schemas.js';
export type { EqAttachmentsChangeEvent } from '../../events/attachments-change-event.js';
