import { css } from 'lit';

export const caseViewStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  h2,
  h3 {
    margin: 0 0 var(--_space);
    line-height: 1.25;
  }
  /* A --_space below, divided by the heading's own size. */
  h2 {
    font-size: 1.375em;
    margin-bottom: calc(var(--_space) / 1.375);
  }
  h3 {
    font-size: 1.0625em;
    margin-bottom: calc(var(--_space) / 1.0625);
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  h2:focus-visible,
  h3:focus-visible {
    outline: 2px solid var(--_focus);
  }
  section {
    margin: 0 0 calc(var(--_space) * 3);
  }
  .header {
    margin-bottom: calc(var(--_space) * 2);
  }
  .back {
    display: inline-flex;
    align-items: center;
    gap: 0.2667em;
    min-height: 1.6em;
    margin-bottom: var(--_space);
  }
  .number {
    margin: 0;
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5333em;
    margin: 0 0 var(--_space);
  }
  /* 0.875em text (.badge, .event-meta, .role-tag, .draft-note, .help): lengths in that em. */
  .badge {
    display: inline-block;
    padding: 0.1524em 0.6095em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
    font-size: 0.875em;
    font-weight: 600;
  }
  .badge.waiting_for_customer {
    border-color: var(--_warning);
    background: var(--_warning-surface);
    color: var(--_text);
  }
  .badge.priority.blocker,
  .badge.priority.critical {
    border-color: var(--_danger);
  }
  .notice {
    margin: 0 0 var(--_space);
  }
  .notice.success {
    border-left: 4px solid var(--_success);
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  @container (min-width: 48em) {
    .layout {
      grid-template-columns: minmax(0, 1fr) var(--eq-case-view-actions-width, 21.3333em);
      align-items: start;
    }
    .main {
      grid-column: 1;
      grid-row: 1;
    }
    .actions {
      grid-column: 2;
      grid-row: 1;
      position: sticky;
      top: var(--_space);
    }
  }
  .actions {
    display: grid;
    gap: var(--_space);
  }
  .action-buttons {
    display: grid;
    gap: var(--_space);
  }
  .action-buttons .help {
    margin-top: -0.3048em;
  }
  .panel {
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    margin: 0;
  }
  .details {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12.8em, 1fr));
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
  }
  .details + .help {
    margin: calc(var(--_space) / 0.875) 0 0;
  }
  .detail dt {
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .detail dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .person {
    display: grid;
  }
  .meta {
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  ul.plain,
  ul.files {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.2667em;
  }
  .file-link {
    display: inline-block;
    min-height: 1.6em;
    padding: 0.1333em 0;
    color: var(--_primary);
    overflow-wrap: anywhere;
  }
  .history {
    list-style: none;
    margin: 0;
    padding: 0 0 0 calc(var(--_space) * 1.5);
    border-left: 2px solid var(--_border);
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .event {
    position: relative;
  }
  .event p {
    margin: 0;
  }
  .event::before {
    content: '';
    position: absolute;
    left: calc(var(--_space) * -1.5 - 6px);
    top: 0.4em;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_border);
  }
  .event.message {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .event.message.support {
    border-left: 4px solid var(--_primary);
    background: var(--_info-surface);
  }
  .event.message.support::before {
    background: var(--_primary);
  }
  .event.concern::before {
    background: var(--_warning);
  }
  .event-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6095em;
    align-items: baseline;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .author {
    color: var(--_text);
    font-weight: 600;
  }
  .role-tag {
    padding: 0 0.4571em;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .reason {
    color: var(--_text-muted);
  }
  form {
    display: grid;
    gap: 0;
  }
  fieldset {
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.2667em;
    font-weight: 600;
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5333em;
    align-items: center;
    min-height: 2.4em;
  }
  .choice input {
    width: 1.6em;
    min-height: 1.6em;
    margin: 0;
  }
  .choice label {
    padding: 0.2667em 0;
  }
  .choice .help {
    grid-column: 2;
    margin-bottom: 0.3048em;
  }
  .rating .choice {
    display: inline-grid;
    margin-right: var(--_space);
  }
  .priority-change {
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .priority-change > .help {
    margin: 0 0 calc(var(--_space) / 0.875);
  }
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .draft-note {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6095em;
    align-items: center;
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .alert:empty {
    display: none;
  }
  .alert .error {
    margin-bottom: calc(var(--_space) / 0.875);
  }
  .reply {
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .reply-closed {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
  }
  .reply-closed p {
    margin: 0;
  }
  .survey {
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .survey p {
    margin: 0 0 var(--_space);
  }
  .quote {
    font-style: italic;
  }
  .bone {
    height: 1.0667em;
  }
  .bone.title {
    height: 1.8667em;
    width: 60%;
  }
  .bone.short {
    width: 40%;
  }
  .load-error h2 {
    font-size: 1.125em;
    margin-bottom: calc(var(--_space) / 1.125);
  }
`;
