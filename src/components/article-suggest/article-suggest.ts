import { EqArticleSuggest } from './article-suggest.component.js';
import { defineElement } from '../../define.js';

export { EqArticleSuggest };
export type { SuggestMode } from './article-suggest.component.js';

defineElement('eq-article-suggest', EqArticleSuggest);

declare global {
  interface HTMLElementTagNameMap {
    'eq-article-suggest': EqArticleSuggest;
  }
}
