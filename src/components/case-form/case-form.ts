import { EqCaseForm } from './case-form.component.js';
import { defineElement } from '../../define.js';

export { EqCaseForm };

defineElement('eq-case-form', EqCaseForm);

declare global {
  interface HTMLElementTagNameMap {
    'eq-case-form': EqCaseForm;
  }
}
