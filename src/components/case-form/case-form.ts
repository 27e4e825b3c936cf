import { EqCaseForm } from './case-form.component.js';

export { EqCaseForm };

if (!customElements.get('eq-case-form')) customElements.define('eq-case-form', EqCaseForm);

declare global {
  interface HTMLElementTagNameMap {
    'eq-case-form': EqCaseForm;
  }
}
