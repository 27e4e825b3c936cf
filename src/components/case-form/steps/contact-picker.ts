/**
 * The collaborators step of the case form: the contacts of the person's organization who have
 * access to the portal, a search among them, and the ones chosen to follow the case. It keeps
 * its own state (the contacts, loaded once per backend, and the search); the chosen ones belong
 * to the draft.
 */
import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, type nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SupportBackend } from '../../../api/backend.js';
import type { Contact } from '../../../api/schemas.js';
import { describeError } from '../../shared/error-message.js';

export interface ContactPickerView {
  /** The ids of the contacts chosen so far. */
  readonly chosen: readonly string[];
  /** The person's own contact id: they follow their case anyway. */
  readonly self: string | undefined;
  /** The error about the collaborators, if any, to show under the list. */
  readonly error: TemplateResult | typeof nothing;
  /** The person chose or dropped a contact: the new list of ids. */
  readonly onChange: (ids: string[]) => void;
}

export class ContactPicker {
  private query = '';

  private readonly contacts: Task<readonly [SupportBackend | undefined], Contact[]>;

  constructor(
    private readonly host: ReactiveControllerHost,
    backend: () => SupportBackend | undefined,
  ) {
    this.contacts = new Task(host, {
      task: async ([backend], { signal }): Promise<Contact[]> => {
        if (!backend) throw new Error('not-configured');
        return backend.listContacts({ signal });
      },
      args: () => [backend()] as const,
    });
  }

  render(view: ContactPickerView) {
    const contacts = this.contacts.value ?? [];
    const query = this.query.trim().toLowerCase();
    const eligible = contacts.filter((c) => c.portalAccess && c.id !== view.self);
    const shown = eligible.filter(
      (c) => !query || `${c.name} ${c.email} ${c.jobTitle ?? ''}`.toLowerCase().includes(query),
    );
    const chosen = new Set(view.chosen);
    const toggle = (id: string, on: boolean) =>
      view.onChange(on ? [...chosen, id] : [...chosen].filter((x) => x !== id));
    return this.contacts.render({
      pending: () => html`<p class="loading" role="status">${msg('Loading your contacts…')}</p>`,
      error: (error) =>
        html`<div class="notice danger" role="alert">
          <p>${msg('Your contacts could not be loaded:')} ${describeError(error)}</p>
          <button type="button" class="button" @click=${() => void this.contacts.run()}>
            ${msg('Retry')}
          </button>
        </div>`,
      complete: () => html`
        <p class="help">
          ${msg('Select the contacts to keep informed about the progress of the case. Only contacts who already have access to the portal can be added.')}
        </p>
        <div class="field">
          <label for="contact-search">${msg('Search contacts')}</label>
          <input
            id="contact-search"
            type="search"
            .value=${this.query}
            aria-controls="collaborators"
            @input=${(event: Event) => {
              this.query = (event.target as HTMLInputElement).value;
              this.host.requestUpdate();
            }}
          />
        </div>
        <p class="help" role="status">${msg(str`${chosen.size} selected`)}</p>
        ${
          eligible.length === 0
            ? html`<p class="empty">
                ${msg('No other contact of your organization has access to the portal yet.')}
              </p>`
            : html`<table
                id="collaborators"
                class="contacts"
                part="collaborators"
                aria-labelledby="step-title"
              >
                <thead>
                  <tr>
                    <th scope="col"><span class="visually-hidden">${msg('Selected')}</span></th>
                    <th scope="col">${msg('Name')}</th>
                    <th scope="col">${msg('E-mail')}</th>
                    <th scope="col">${msg('Job title')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${
                    shown.length === 0
                      ? html`<tr>
                          <td colspan="4">${msg('No contact matches your search.')}</td>
                        </tr>`
                      : shown.map(
                          (c) =>
                            html`<tr>
                              <td>
                                <input
                                  type="checkbox"
                                  id="contact-${c.id}"
                                  name="collaboratorIds"
                                  value=${c.id}
                                  .checked=${live(chosen.has(c.id))}
                                  @change=${(event: Event) => toggle(c.id, (event.target as HTMLInputElement).checked)}
                                />
                              </td>
                              <td><label for="contact-${c.id}">${c.name}</label></td>
                              <td>${c.email}</td>
                              <td>${c.jobTitle ?? ''}</td>
                            </tr>`,
                        )
                  }
                </tbody>
              </table>`
        }
        ${view.error}
      `,
    });
  }
}
