/**
 * The self-contained CDN build (`dist/cdn/eq-support.js`): one `<script type="module">` tag
 * registers every element; heavier parts load lazily from chunks beside it.
 */
import './context/support-provider.js';

export { EqSupportProvider } from './context/support-provider.js';
export { createLazyHttpBackend } from './api/lazy-backend.js';
export { EqCaseForm } from './components/case-form/case-form.js';
export { EqArticleSuggest } from './components/article-suggest/article-suggest.js';
export { EqDocumentation } from './components/documentation/documentation.js';
