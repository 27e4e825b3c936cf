import { EqSupportLauncher } from './launcher.component.js';

export { EqSupportLauncher };

if (!customElements.get('eq-support-launcher'))
  customElements.define('eq-support-launcher', EqSupportLauncher);

declare global {
  interface HTMLElementTagNameMap {
    'eq-support-launcher': EqSupportLauncher;
  }
}
