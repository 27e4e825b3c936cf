import { EqDocumentation } from './documentation.component.js';

export { EqDocumentation };
export type { DocumentationSection } from './documentation.component.js';

if (!customElements.get('eq-documentation'))
  customElements.define('eq-documentation', EqDocumentation);

declare global {
  interface HTMLElementTagNameMap {
    'eq-documentation': EqDocumentation;
  }
}
