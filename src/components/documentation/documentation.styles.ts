import { css } from 'lit';

export const documentationStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  @container (min-width: 48em) {
    .layout.reading {
      grid-template-columns: minmax(17.0667em, 2fr) 3fr;
      align-items: start;
    }
    .layout.reading .reader {
      position: sticky;
      top: 0;
      max-height: var(--eq-documentation-reader-max-height, 100vh);
      overflow-y: auto;
    }
  }
  @container (max-width: 47.99em) {
    .layout.reading .browse {
      display: none;
    }
  }
  .browse,
  .reader {
    display: grid;
    gap: var(--_space);
    align-content: start;
    min-width: 0;
  }
  form {
    display: grid;
    gap: 0.2667em;
  }
  label {
    font-weight: 600;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
  }
  [role='tablist'] {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  [role='tab'] {
    min-height: 2.4em;
    padding: 0.2667em 0.9333em;
    border: 0;
    border-inline-end: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  [role='tab']:last-child {
    border-inline-end: 0;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  [role='tab']:focus-visible {
    outline-offset: -4px;
  }
  .button[aria-pressed='true'] {
    background: var(--_warning-surface);
    border-color: var(--_warning);
  }
  .count {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .results a,
  .results .link-button {
    color: var(--_primary);
    font-weight: 600;
    text-align: start;
  }
  .results a[aria-current='true'] {
    color: var(--_text);
  }
  .reader {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .reader > .link-button {
    justify-self: start;
  }
  .reader h2 {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.3;
  }
  .reader h2:focus {
    outline: none;
  }
  .reader h2:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .meta {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  /* Smaller still in the 0.875em meta line: its 6px padding in its own em. */
  .meta .badge {
    padding: 0 0.6095em;
  }
  .known-error p {
    margin: 0;
  }
  .known-error p + p {
    margin-top: 0.2667em;
  }
  .article-body {
    overflow-wrap: anywhere;
  }
  .article-body :is(h3, h4, h5, h6) {
    margin: 1.25em 0 0.375em;
    line-height: 1.3;
  }
  .article-body :is(p, ul, ol, pre, table, blockquote) {
    margin: 0 0 0.75em;
  }
  .article-body code,
  .article-body pre {
    font-family: var(--eq-font-family-mono, ui-monospace, SFMono-Regular, Menlo, monospace);
    font-size: 0.875em;
  }
  .article-body code {
    padding: 0 0.25em;
    border-radius: 3px;
    background: var(--_surface-alt);
  }
  .article-body pre {
    padding: calc(var(--_space) / 0.875);
    overflow-x: auto;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .article-body pre code {
    padding: 0;
    background: none;
  }
  .article-body img {
    max-width: 100%;
    height: auto;
  }
  .article-body table {
    border-collapse: collapse;
  }
  .article-body :is(th, td) {
    padding: 0.2667em 0.5333em;
    border: 1px solid var(--_border);
    text-align: start;
  }
  .article-body a {
    color: var(--_primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    padding-top: var(--_space);
    border-top: 1px solid var(--_surface-alt);
  }
  .actions p {
    margin: 0;
  }
`;
