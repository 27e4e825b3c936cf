import { EqSupportProvider } from './support-provider.component.js';
import { defineElement } from '../define.js';

export { EqSupportProvider };

defineElement('eq-support-provider', EqSupportProvider);

declare global {
  interface HTMLElementTagNameMap {
    'eq-support-provider': EqSupportProvider;
  }
}
