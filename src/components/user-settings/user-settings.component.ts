import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { LOCALES, type Locale, type User, type UserSettings } from '../../api/schemas.js';
import { type UserSettingsPatch } from '../../api/request-schemas.js';
import { loadUser, remember, USER_KEY } from '../../data/shared-data.js';
import { EqSettingsSaveEvent } from '../../events/settings-save-event.js';
import type { MessagePart } from '../../locales/parts.js';
import { buttonStyles, fieldStyles } from '../../styles/shared.js';
import { describeError } from '../shared/error-message.js';
import { SupportElement } from '../support-element.js';
import { userSettingsStyles } from './user-settings.styles.js';

/** Each language under its own name, as a person looks for it. */
const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  pl: 'Polski',
  'pt-BR': 'Português (Brasil)',
};

/**
 * The signed-in person's settings ("My Settings" of the portal): the language Equativ routes their
 * cases by, and which case events send them an e-mail. The support dialog shows it as its
 * settings view; a host can place it on its own account page.
 *
 * @summary The person's language and e-mail notification settings.
 * @fires eq-settings-save - The settings were saved (`user`: the person as saved).
 * @csspart form - The settings form.
 * @csspart save - The Save settings button.
 * @csspart status - The line that says the settings were saved, or why not.
 */
@localized()
export class EqUserSettings extends SupportElement {
  /** @internal */
  static override messages: MessagePart = 'settings';
  static override styles = [
    ...SupportElement.styles,
    buttonStyles,
    fieldStyles,
    userSettingsStyles,
  ];

  /** The settings as changed here and not saved yet. */
  @state() private draft?: UserSettings;
  @state() private message = '';
  @state() private failed = false;
  @state() private saving = false;
  /** The person as last saved here (the provided one may be older). */
  @state() private saved?: User;

  private readonly userTask = new Task(this, {
    task: async ([backend, provided], { signal }): Promise<User | undefined> =>
      provided ?? (backend ? loadUser(backend, signal) : undefined),
    args: () => [this.supportConfig.backend, this.supportConfig.user] as const,
  });

  /** Saves the settings as changed; what was changed stays shown when the backend refuses. */
  private async save(event: Event): Promise<void> {
    event.preventDefault();
    const backend = this.supportConfig.backend;
    if (!backend || !this.draft || this.saving) return;
    this.saving = true;
    this.failed = false;
    this.message = msg('Saving…');
    try {
      const user = await backend.updateSettings(this.draft);
      // Every element of this backend reads the person with the new settings from now on.
      remember(backend, USER_KEY, user);
      this.saved = user;
      this.draft = undefined;
      this.message = msg('Your settings were saved.');
      this.dispatchEvent(new EqSettingsSaveEvent(user));
    } catch (error) {
      this.failed = true;
      this.message = describeError(error);
    } finally {
      this.saving = false;
    }
  }

  protected override render(): TemplateResult | undefined {
    return this.userTask.render({
      pending: () => html`<p class="loading" role="status">${msg('Loading your settings…')}</p>`,
      error: (error) =>
        html`<div class="notice danger" role="alert">
          <p>${describeError(error)}</p>
          <button type="button" class="button" @click=${() => void this.userTask.run()}>
            ${msg('Retry')}
          </button>
        </div>`,
      complete: (loaded) => {
        const user = this.saved ?? loaded;
        if (!user) return html`<p class="notice">${msg('Sign in to change your settings.')}</p>`;
        return this.renderForm(user);
      },
    });
  }

  private renderForm(user: User): TemplateResult {
    const settings = this.draft ?? user.settings;
    // Changes merge into the latest draft, never into the one this template saw.
    const edit = (change: UserSettingsPatch) => {
      const base = this.draft ?? user.settings;
      this.draft = {
        ...base,
        ...change,
        emailNotifications: { ...base.emailNotifications, ...change.emailNotifications },
      };
      this.message = '';
      this.failed = false;
    };
    const notifications: [keyof UserSettings['emailNotifications'], string][] = [
      ['caseCreated', msg('A case is created')],
      ['supportReplied', msg('Support replies to a case')],
      ['statusChanged', msg('A case changes status')],
      ['caseClosed', msg('A case is closed')],
      ['surveyRequests', msg('Satisfaction surveys')],
    ];
    return html`<form part="form" @submit=${(e: Event) => void this.save(e)}>
      <div class="field">
        <label for="language">${msg('Language')}</label>
        <p class="help" id="language-help">
          ${msg('Equativ uses it to route your cases to a local service team.')}
        </p>
        <select
          id="language"
          aria-describedby="language-help"
          .value=${settings.language}
          @change=${(e: Event) => edit({ language: (e.target as HTMLSelectElement).value as Locale })}
        >
          ${LOCALES.map((l) => html`<option value=${l} ?selected=${l === settings.language}>${LANGUAGE_NAMES[l]}</option>`)}
        </select>
      </div>
      <fieldset>
        <legend class="label">${msg('Send me an e-mail when')}</legend>
        ${notifications.map(
          ([key, label]) =>
            html`<div class="check">
              <input
                type="checkbox"
                id="notify-${key}"
                .checked=${settings.emailNotifications[key]}
                @change=${(e: Event) =>
                  edit({ emailNotifications: { [key]: (e.target as HTMLInputElement).checked } })}
              />
              <label for="notify-${key}">${label}</label>
            </div>`,
        )}
      </fieldset>
      <p part="status" class=${this.failed ? 'error' : 'help'} role="status">${this.message}</p>
      <button
        type="submit"
        part="save"
        class="button primary"
        aria-disabled=${this.saving ? 'true' : 'false'}
      >
        ${msg('Save settings')}
      </button>
    </form>`;
  }
}

// The types of this element's API (properties, events), importable beside it.
export type { SupportBackend } from '../../api/backend.js';
export type { TokenProvider } from '../../api/bearer.js';
export type { EqSettingsSaveEvent } from '../../events/settings-save-event.js';
