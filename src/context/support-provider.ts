import { EqSupportProvider } from './support-provider.component.js';

export { EqSupportProvider };

if (!customElements.get('eq-support-provider')) {
  customElements.define('eq-support-provider', EqSupportProvider);
}

declare global {
  interface HTMLElementTagNameMap {
    'eq-support-provider': EqSupportProvider;
  }
}
