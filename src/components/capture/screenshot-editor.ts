import { EqScreenshotEditor } from './screenshot-editor.component.js';
import { defineElement } from '../../define.js';

export { EqScreenshotEditor };
export type { BoxKind, EditorBox, EditorImage } from './screenshot-editor.component.js';

defineElement('eq-screenshot-editor', EqScreenshotEditor);

declare global {
  interface HTMLElementTagNameMap {
    'eq-screenshot-editor': EqScreenshotEditor;
  }
}
