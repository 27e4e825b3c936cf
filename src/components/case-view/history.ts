/**
 * The case history: messages from support and from the customer, status changes, files, priority
 * change requests, concerns and the survey, oldest first (newest last, above the reply box).
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Attachment, Case, CaseEvent, Taxonomy } from '../../api/schemas.js';
import { safeHref } from '../../url/safe-url.js';
import { formatBytes } from '../shared/format.js';
import { linkify } from '../shared/linkify.js';
import { concernCategories, labelOf, priorityLabel, statusLabel } from '../shared/labels.js';

export interface HistoryContext {
  locale: string;
  taxonomy: Taxonomy | undefined;
  /** Formats a timestamp in the person's language and time zone. */
  when: (iso: string) => string;
}

export function renderAttachmentLink(attachment: Attachment, locale: string) {
  // The address comes from the backend: only an http(s) one becomes a link (never javascript:).
  const href = safeHref(attachment.url) && attachment.url;
  return html`${
      href
        ? html`<a part="attachment-link" class="file-link" href=${href} download=${attachment.name}
            >${attachment.name}</a
          >`
        : html`<span class="file-link">${attachment.name}</span>`
    } <span class="meta">${formatBytes(attachment.size, locale)}</span>`;
}

function renderEvent(event: CaseEvent, kase: Case, ctx: HistoryContext) {
  const time = html`<time datetime=${event.at}>${ctx.when(event.at)}</time>`;
  switch (event.kind) {
    case 'message': {
      const files = (event.attachmentIds ?? []).flatMap((id) => {
        const file = kase.attachments.find((a) => a.id === id);
        return file ? [file] : [];
      });
      const fromSupport = event.author.role === 'support';
      return html`<li class="event message ${event.author.role}" part="event message">
        <p class="event-meta">
          <span class="author">${event.author.name}</span>
          <span class="role-tag">${fromSupport ? msg('Support') : msg('Customer')}</span>
          ${time}
        </p>
        <div class="body">${linkify(event.body, 'message-link')}</div>
        ${
          files.length > 0
            ? html`<ul class="files" aria-label=${msg('Files of this message')}>
                ${files.map((f) => html`<li>${renderAttachmentLink(f, ctx.locale)}</li>`)}
              </ul>`
            : nothing
        }
      </li>`;
    }
    case 'status_change':
      return html`<li class="event status" part="event">
        <p class="event-meta">${time}</p>
        <p>
          ${
            event.from === null
              ? msg('Case created.')
              : msg(
                  str`Status changed from ${statusLabel(event.from)} to ${statusLabel(event.to)}.`,
                )
          }
          ${event.reason ? html`<span class="reason">${event.reason}</span>` : nothing}
        </p>
      </li>`;
    case 'attachment_added':
      return html`<li class="event file" part="event">
        <p class="event-meta">${time}</p>
        <p>${msg('File added:')} ${renderAttachmentLink(event.attachment, ctx.locale)}</p>
      </li>`;
    case 'priority_change_requested':
      return html`<li class="event priority" part="event">
        <p class="event-meta">${time}</p>
        <p>
          ${msg(
            str`Priority change requested from ${priorityLabel(event.from, ctx.taxonomy)} to ${priorityLabel(event.requested, ctx.taxonomy)}.`,
          )}
        </p>
        <p class="body">${msg('Justification:')} ${event.justification}</p>
      </li>`;
    case 'concern_raised':
      return html`<li class="event concern" part="event">
        <p class="event-meta">${time}</p>
        <p>
          ${msg(
            str`Case concern raised: ${labelOf(concernCategories(ctx.taxonomy), event.category)}.`,
          )}
        </p>
      </li>`;
    case 'survey_answered':
      return html`<li class="event survey" part="event">
        <p class="event-meta">${time}</p>
        <p>${msg(str`Satisfaction survey answered: ${event.rating} out of 5.`)}</p>
      </li>`;
  }
}

export function renderHistory(kase: Case, ctx: HistoryContext) {
  const events = [...kase.history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return html`<ol class="history" part="history" aria-labelledby="history-title">
    ${repeat(
      events,
      (e) => e.id,
      (e) => renderEvent(e, kase, ctx),
    )}
  </ol>`;
}
