import { EqSupportLauncher } from './launcher.component.js';
import { defineElement } from '../../define.js';

export { EqSupportLauncher };

defineElement('eq-support-launcher', EqSupportLauncher);

declare global {
  interface HTMLElementTagNameMap {
    'eq-support-launcher': EqSupportLauncher;
  }
}
