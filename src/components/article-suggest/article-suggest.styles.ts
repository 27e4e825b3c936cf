import { css } from 'lit';

/** Styles shared by the suggestions and the documentation view: badges, workarounds, marks. */
export const articleStyles = css`
  mark {
    background: var(--eq-article-highlight, var(--_warning-surface));
    color: inherit;
    font-weight: 700;
    border-radius: 2px;
  }
  /* Each in its own em: 6px, 4px, 8px and 2px at its smaller size. */
  .badge {
    display: inline-block;
    padding: 0 0.5333em;
    border: 1px solid var(--_warning);
    border-radius: 999px;
    background: var(--_warning-surface);
    color: var(--_text);
    font-size: 0.75em;
    font-weight: 700;
    line-height: 1.6;
    white-space: nowrap;
    vertical-align: 0.1em;
  }
  .workaround {
    margin: 0.3048em 0 0;
    padding: 0.3048em 0.6095em;
    border-left: 3px solid var(--_warning);
    background: var(--_warning-surface);
    color: var(--_text);
    font-size: 0.875em;
  }
  .summary {
    margin: 0.1524em 0 0;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
`;

export const articleSuggestStyles = css`
  :host {
    display: block;
    position: relative;
  }
  .heading,
  .group-label {
    margin: 0 0 0.2667em;
    font-weight: 600;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .suggestions {
    display: grid;
    gap: var(--_space);
  }
  .item a {
    color: var(--_primary);
    font-weight: 600;
  }
  .similar {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_info-surface);
  }
  .similar .link-button {
    text-align: start;
    font-weight: 600;
  }
  .feedback {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0;
  }
  .combobox {
    position: relative;
  }
  [role='listbox'] {
    position: absolute;
    inset-inline: 0;
    z-index: var(--eq-article-suggest-z-index, 10);
    max-height: var(--eq-article-suggest-max-height, 25.6em);
    overflow-y: auto;
    margin-top: 0.2667em;
    padding: 0.2667em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.16);
  }
  [role='group'] + [role='group'] {
    margin-top: 0.2667em;
    padding-top: 0.2667em;
    border-top: 1px solid var(--_surface-alt);
  }
  /* 0.8125em text: 4px and 8px in its em. */
  .group-label {
    margin-bottom: 0.3282em;
    padding: 0.3282em 0.6564em 0;
    color: var(--_text-muted);
    font-size: 0.8125em;
  }
  [role='option'] {
    padding: 0.4em 0.5333em;
    border-radius: calc(var(--_radius) - 2px);
    cursor: pointer;
  }
  [role='option'] .title {
    font-weight: 600;
  }
  [role='option'] .summary,
  [role='option'] .workaround {
    display: block;
  }
  [role='option']:hover {
    background: var(--_surface-alt);
  }
  [role='option'][aria-selected='true'] {
    background: var(--_info-surface);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .message {
    margin: 0.2667em 0 0;
    color: var(--_text-muted);
  }
`;
