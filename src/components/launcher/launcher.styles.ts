import { css } from 'lit';

export const launcherStyles = css`
  dialog {
    width: min(49.0667em, calc(100vw - 2.1333em));
    max-height: calc(100dvh - 2.1333em);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 20px 60px rgb(0 0 0 / 35%);
    overflow: hidden;
  }
  /* My Cases, a case and the documentation grow to a second column (actions, reading pane). */
  .wide {
    width: min(var(--eq-dialog-max-width, 76.8em), calc(100vw - 2.1333em));
  }
  /* A full-height panel at the page's inline end (or start). */
  .sheet {
    width: min(var(--eq-dialog-sheet-width, 36em), 100vw);
    height: 100dvh;
    max-height: 100dvh;
    margin-block: 0;
    margin-inline: auto 0;
    border-block: 0;
    border-radius: 0;
  }
  .start {
    margin-inline: 0 auto;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgb(15 23 42 / 45%);
  }
  /* A phone: the whole screen, clear of notches and home bars (with viewport-fit=cover), and
     only as tall as what the on-screen keyboard leaves (--_viewport, set while open). */
  @media (max-width: 640px) {
    dialog:is(*, .wide, .sheet) {
      width: 100vw;
      max-width: 100vw;
      inset-block-start: var(--_viewport-top, 0);
      height: var(--_viewport, 100dvh);
      max-height: var(--_viewport, 100dvh);
      margin: 0;
      border: 0;
      border-radius: 0;
      padding: env(safe-area-inset-top) env(safe-area-inset-right) env(safe-area-inset-bottom)
        env(safe-area-inset-left);
    }
  }
  header {
    display: flex;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
    flex: none;
  }
  header h2 {
    flex: 1;
    margin: 0;
    font-size: 1.2em;
  }
  header h2:focus {
    outline: none;
  }
  /* 40px square: 1.7857em of its own 22.4px. */
  .icon-button {
    min-width: 1.7857em;
    min-height: 1.7857em;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font-size: 1.4933em;
    line-height: 1;
    cursor: pointer;
  }
  .icon-button:hover {
    background: var(--_surface-alt);
  }
  /* flex-basis auto, not 0: WebKit sizes a column-flex <dialog> from its items' bases, so
     \`flex: 1\` collapsed the dialog to its header. min-height: 0 lets the body scroll at the cap. */
  .body {
    overflow: auto;
    padding: calc(var(--_space) * 2);
    flex: 1 1 auto;
    min-height: 0;
  }
  .actions-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12.8em, 1fr));
    gap: var(--_space);
    margin: calc(var(--_space) * 2) 0;
  }
  .action {
    display: grid;
    gap: 0.2667em;
    text-align: start;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .action:hover {
    border-color: var(--_primary);
    background: var(--_info-surface);
  }
  .action-label {
    font-weight: 700;
    color: var(--_primary);
  }
  .action-description {
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .status-ok {
    color: var(--_success);
    margin: 0;
  }
  .notice ul {
    margin: 0.2667em 0;
  }
  /* 16px text: its margins are divided by its own size, 1.0667 of the base. */
  .centers h3 {
    font-size: 1.0667em;
    margin: calc(var(--_space) * 2 / 1.0667) 0 0.25em;
  }
  .centers ul {
    list-style: none;
    padding: 0;
    margin: var(--_space) 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14.9333em, 1fr));
    gap: 0.2667em var(--_space);
  }
  .centers .region {
    font-size: 1em;
    margin: var(--_space) 0 0;
    color: var(--_text-muted);
  }
  .centers li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.5333em;
    padding: 0.2667em 0;
    border-bottom: 1px solid var(--_border);
  }
  .centers .open strong {
    color: var(--_success);
  }
  .centers .city {
    font-weight: 600;
  }
  .centers .hours {
    flex-basis: 100%;
    color: var(--_text-muted);
    font-size: 0.9333em;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5333em 1.3333em;
    margin-top: calc(var(--_space) * 2);
    align-items: center;
  }
  .links a {
    color: var(--_primary);
  }
  .loading {
    color: var(--_text-muted);
  }
`;
