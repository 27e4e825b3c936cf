import { css } from 'lit';

export const caseFormStyles = css`
  :host {
    display: block;
    max-width: 46em;
    container-type: inline-size;
  }
  h2 {
    margin: 0;
    font-size: 1.3333em;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .step-count {
    margin: 0 0 calc(var(--_space) * 2);
    color: var(--_text-muted);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  .priorities {
    display: grid;
    gap: var(--_space);
  }
  .priority {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5333em;
    padding: 0.5333em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
  }
  .priority.selected {
    border-color: var(--_primary);
    background: var(--_info-surface);
  }
  .priority label {
    font-weight: 600;
  }
  .priority .help,
  .priority details {
    grid-column: 2;
  }
  details summary {
    cursor: pointer;
    min-height: 1.6em;
  }
  .blocker {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .blocker ul {
    margin: 0.2667em 0 var(--_space);
  }
  .technical-contact {
    background: var(--_surface);
  }
  /* Spaces divided by its own 0.875em so that they stay those of the base size. */
  .hint {
    margin: calc(var(--_space) * -1.5 / 0.875) 0 calc(var(--_space) / 0.875);
    color: var(--_warning);
    font-size: 0.875em;
  }
  /* A field the host set: not an editable look, and a note that says who set it. */
  input[readonly],
  textarea[readonly] {
    border-style: dashed;
    background: var(--_surface);
  }
  .locked {
    display: flex;
    align-items: center;
    gap: 0.3333em;
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .lock {
    width: 1em;
    height: 1em;
    flex: none;
  }
  .counter {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
    text-align: end;
  }
  .counter.at-limit {
    color: var(--_warning);
    font-weight: 600;
  }
  .suggestions {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .ids {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10.6667em, 1fr));
    gap: 0 var(--_space);
  }
  /* 4px in the help text's 0.875em. */
  .help ul {
    margin: 0.3048em 0;
  }
  .notes {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .scope-summary {
    margin: 0;
  }
  .notes summary {
    cursor: pointer;
  }
  .notice {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin-top: calc(var(--_space) * 2);
  }
  .spacer {
    flex: 1 1 auto;
  }
  .confirm-discard {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  table.contacts {
    width: 100%;
    border-collapse: collapse;
  }
  table.contacts caption {
    text-align: start;
    font-weight: 600;
    padding: 0.2667em 0;
  }
  table.contacts th,
  table.contacts td {
    text-align: start;
    padding: 0.4em;
    border-bottom: 1px solid var(--_border);
    overflow-wrap: break-word;
  }
  /* A phone: a contact per row, name over e-mail over job title, each kept whole (a table's
     narrow columns broke names and addresses mid-word). */
  @container (max-width: 30em) {
    table.contacts thead {
      display: none;
    }
    table.contacts tr {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      column-gap: 0.4em;
      border-bottom: 1px solid var(--_border);
    }
    table.contacts td {
      display: block;
      padding: 0 0.4em;
      border: 0;
    }
    table.contacts td:first-child {
      grid-row: span 3;
      padding-block: 0.4em;
    }
    table.contacts td:nth-child(2) {
      padding-top: 0.4em;
      font-weight: 600;
    }
    table.contacts td:last-child {
      padding-bottom: 0.4em;
      color: var(--_text-muted);
    }
  }
  .number-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .case-number {
    font-size: 2.1333em;
    font-weight: 700;
    letter-spacing: 0.08em;
    font-variant-numeric: tabular-nums;
    user-select: all;
  }
  .loading {
    color: var(--_text-muted);
  }
`;
