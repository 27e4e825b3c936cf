import { css } from 'lit';

export const caseListStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  h2 {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
  }
  .waiting-summary {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5333em;
    align-items: center;
    margin: 0;
    padding: 0.4em 0.8em;
    border-left: 4px solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_warning-surface);
    font-weight: 600;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12.8em, 1fr));
    gap: 0 var(--_space);
    align-items: start;
  }
  .filters .search {
    grid-column: 1 / -1;
  }
  .filter-fields {
    display: contents;
  }
  .filter-toggle {
    display: none;
  }
  /* A phone: the status, priority and sort fold into one button, and a subject takes one line,
     so that five cases show above the fold at 390 × 844. */
  @container (max-width: 30em) {
    .filter-toggle {
      display: block;
      justify-self: start;
      margin-bottom: var(--_space);
    }
    .filter-fields:not(.open) {
      display: none;
    }
    .row .subject {
      -webkit-line-clamp: 1;
      line-clamp: 1;
    }
  }
  /* Sized by its rows up to the list height; the rows outside the view are spacers (virtual-rows.ts). */
  .scroller {
    max-height: var(--eq-case-list-height, 34.1333em);
    overflow-y: auto;
    padding-bottom: 0.2667em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .item {
    width: 100%;
    padding: 0.2667em 0.4em 0;
  }
  .row {
    display: grid;
    gap: 0.1333em;
    width: 100%;
    min-height: 4.5333em;
    padding: 0.4em 0.6667em;
    border: 1px solid transparent;
    border-left: 4px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .row:hover {
    background: var(--_surface-alt);
    border-color: var(--_border);
  }
  .row.waiting {
    border-color: var(--_warning);
    border-left-color: var(--_warning);
    background: var(--_warning-surface);
  }
  .line {
    display: flex;
    gap: 0.5333em;
    align-items: baseline;
    min-width: 0;
  }
  .number {
    flex: none;
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
  }
  .subject {
    display: -webkit-box;
    min-width: 0;
    overflow: hidden;
    overflow-wrap: anywhere;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    font-weight: 600;
  }
  /* 0.875em text: its gap and its badges' padding (8px) are in that em. */
  .meta {
    flex-wrap: wrap;
    row-gap: 0;
    column-gap: 0.6095em;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .badge {
    padding: 0 0.6095em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
    color: var(--_text);
    font-weight: 600;
  }
  .badge.waiting_for_customer {
    border-color: var(--_warning);
    background: var(--_warning-surface);
  }
  .row.waiting .badge.waiting_for_customer {
    background: var(--_surface);
  }
  .priority.blocker,
  .priority.critical {
    color: var(--_danger);
    font-weight: 600;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
    margin-top: var(--_space);
    color: var(--_text-muted);
  }
  .more p {
    margin: 0;
  }
  .state {
    display: grid;
    justify-items: start;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .state p {
    margin: 0;
  }
  .notice.state {
    border-style: solid;
  }
  .bone {
    height: 4.5333em;
  }
`;
