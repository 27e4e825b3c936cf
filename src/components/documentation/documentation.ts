import { EqDocumentation } from './documentation.component.js';
import { defineElement } from '../../define.js';

export { EqDocumentation };
export type { DocumentationSection } from './documentation.component.js';

defineElement('eq-documentation', EqDocumentation);

declare global {
  interface HTMLElementTagNameMap {
    'eq-documentation': EqDocumentation;
  }
}
