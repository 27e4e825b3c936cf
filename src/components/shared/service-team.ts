/**
 * "If you have problems accessing the client portal or logging a case, contact your Local Service
 * Team" (both case guides): who that is, under every failure that keeps a person from support and
 * beside the requests that are out of its scope.
 */
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { ServiceTeam, User } from '../../api/schemas.js';
import { serviceTeamText } from './service-team-text.js';

const TEL = /^\+?[\d\s().-]{4,30}$/;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+$/;

function contact(team: ServiceTeam) {
  const { name, email, phone } = team;
  return html`${name}${
    email && EMAIL.test(email) ? html`, <a href="mailto:${email}">${email}</a>` : nothing
  }${phone && TEL.test(phone) ? html`, <a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a>` : nothing}`;
}

/**
 * Who to contact: the person's team from the backend, else the host's text, else the guide's words.
 * `failure` follows an error that keeps the person from support; `scope` follows the list of
 * requests support does not handle.
 */
export function renderServiceTeam(user: User | undefined, why: 'failure' | 'scope') {
  const team = user?.serviceTeam;
  const named = team ? contact(team) : serviceTeamText();
  const failure = why === 'failure';
  return html`<p class="service-team" part="service-team">
    ${
      named
        ? html`${failure ? msg('If this keeps happening, contact your Local Service Team:') : msg('Send such requests to your Local Service Team:')}
          ${named}`
        : failure
          ? msg('If this keeps happening, contact your Local Service Team for assistance.')
          : msg('Send such requests to your Local Service Team.')
    }
  </p>`;
}
