import { EqUserSettings } from './user-settings.component.js';
import { defineElement } from '../../define.js';

export { EqUserSettings };

defineElement('eq-user-settings', EqUserSettings);

declare global {
  interface HTMLElementTagNameMap {
    'eq-user-settings': EqUserSettings;
  }
}
