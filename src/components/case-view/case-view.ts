import { EqCaseView } from './case-view.component.js';

export { EqCaseView };

if (!customElements.get('eq-case-view')) customElements.define('eq-case-view', EqCaseView);

declare global {
  interface HTMLElementTagNameMap {
    'eq-case-view': EqCaseView;
  }
}
