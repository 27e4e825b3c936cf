import { EqCaseList } from './case-list.component.js';

export { EqCaseList };

if (!customElements.get('eq-case-list')) customElements.define('eq-case-list', EqCaseList);

declare global {
  interface HTMLElementTagNameMap {
    'eq-case-list': EqCaseList;
  }
}
