/**
 * `eq-settings-save`: `<eq-user-settings>` saved the person's settings. `user` is the person as
 * the backend now has them; the launcher gives it to the elements it hosts, and a host can update
 * what it shows of the person (the language, for one).
 */
import type { User } from '../api/schemas.js';

export class EqSettingsSaveEvent extends Event {
  /** `eq-settings-save`, the name to listen for. */
  static readonly eventName = 'eq-settings-save';
  constructor(
    /** The person with the saved settings. */
    readonly user: User,
  ) {
    super(EqSettingsSaveEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eq-settings-save': EqSettingsSaveEvent;
  }
}
