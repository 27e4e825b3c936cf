/**
 * The self-contained CDN build (`dist/cdn/eq-support.js`): the one `<script type="module">` a host
 * page adds. It registers the button at once; every other element (the provider included)
 * registers the first time its tag appears in the page, from the chunks beside this file.
 */
import './context/context-root.js'; // first: replays context requests for late providers
import './components/support-button/support-button.js';
import { startAutoloader } from './autoloader.js';

export { EqSupportButton } from './components/support-button/support-button.js';
export { createLazyHttpBackend } from './api/lazy-backend.js';
export { discover } from './autoloader.js';
export { clearStoredData, DRAFT_MAX_AGE_DAYS } from './storage.js';

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => startAutoloader(), { once: true });
  } else {
    startAutoloader();
  }
}
