import { EqCaseView } from './case-view.component.js';
import { defineElement } from '../../define.js';

export { EqCaseView };

defineElement('eq-case-view', EqCaseView);

declare global {
  interface HTMLElementTagNameMap {
    'eq-case-view': EqCaseView;
  }
}
