import { EqArticleSuggest } from './article-suggest.component.js';

export { EqArticleSuggest };
export type { SuggestMode } from './article-suggest.component.js';

if (!customElements.get('eq-article-suggest')) {
  customElements.define('eq-article-suggest', EqArticleSuggest);
}

declare global {
  interface HTMLElementTagNameMap {
    'eq-article-suggest': EqArticleSuggest;
  }
}
