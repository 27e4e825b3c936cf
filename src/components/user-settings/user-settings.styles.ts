import { css } from 'lit';

export const userSettingsStyles = css`
  :host {
    display: block;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .check {
    display: flex;
    gap: 0.5333em;
    align-items: center;
    min-height: 2.1333em;
  }
  .loading {
    color: var(--_text-muted);
  }
`;
