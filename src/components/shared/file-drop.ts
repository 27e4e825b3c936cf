import { EqFileDrop } from './file-drop.component.js';

export { EqFileDrop };
export type { FileUploader } from './file-drop.component.js';

if (!customElements.get('eq-file-drop')) customElements.define('eq-file-drop', EqFileDrop);

declare global {
  interface HTMLElementTagNameMap {
    'eq-file-drop': EqFileDrop;
  }
}
