import { EqSupportButton } from './support-button.component.js';

export { EqSupportButton };

if (!customElements.get('eq-support-button'))
  customElements.define('eq-support-button', EqSupportButton);

declare global {
  interface HTMLElementTagNameMap {
    'eq-support-button': EqSupportButton;
  }
}
