import { EqCaseList } from './case-list.component.js';
import { defineElement } from '../../define.js';

export { EqCaseList };

defineElement('eq-case-list', EqCaseList);

declare global {
  interface HTMLElementTagNameMap {
    'eq-case-list': EqCaseList;
  }
}
