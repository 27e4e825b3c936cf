import { EqFileDrop } from './file-drop.component.js';
import { defineElement } from '../../define.js';

export { EqFileDrop };
export type { FileUploader } from './file-drop.component.js';

defineElement('eq-file-drop', EqFileDrop);

declare global {
  interface HTMLElementTagNameMap {
    'eq-file-drop': EqFileDrop;
  }
}
