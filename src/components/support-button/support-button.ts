import { EqSupportButton } from './support-button.component.js';
import { defineElement } from '../../define.js';

export { EqSupportButton };

defineElement('eq-support-button', EqSupportButton);

declare global {
  interface HTMLElementTagNameMap {
    'eq-support-button': EqSupportButton;
  }
}
