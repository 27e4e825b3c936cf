export { backendContext, localeContext, userContext } from './contexts.js';
export { matchLocale, hostLocale, DEFAULT_LOCALE, pageLocale } from './locale.js';
export { EqSupportProvider } from './support-provider.js';
export {
  SupportConfigController,
  type SupportConfigurable,
} from '../controllers/support-config.js';
