/** Shared styles of the eq- elements: buttons and form fields. The tokens live in tokens.ts. */
import { css } from 'lit';

export { tokens } from './tokens.js';

export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.4em;
    min-width: 2.4em;
    padding: 0.4em 0.9333em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_surface-alt);
  }
  .button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .button.primary:hover {
    filter: brightness(1.08);
  }
  .button.danger {
    color: var(--_danger);
    border-color: var(--_danger);
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .link-button {
    min-height: 1.6em;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
`;

export const fieldStyles = css`
  .field {
    display: grid;
    gap: 0.2667em;
    margin: 0 0 calc(var(--_space) * 2);
  }
  .field > label,
  .label {
    font-weight: 600;
  }
  /* The star is for the eye: its alternative text is empty, so a screen reader reads the label
     and says "required" from the control (the first content is for engines without alt text). */
  .required::after {
    content: ' *';
    content: ' *' / '';
    color: var(--_danger);
  }
  input,
  select,
  textarea {
    width: 100%;
    min-height: 2.4em;
    padding: 0.4em 0.5333em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  input[type='checkbox'],
  input[type='radio'] {
    /* 24×24 CSS px at the default size: the touch target of WCAG 2.5.8, without spacing. */
    width: 1.6em;
    height: 1.6em;
    min-height: 1.6em;
    margin: 0.1333em 0;
    accent-color: var(--_primary);
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }
  .help {
    color: var(--_text-muted);
    font-size: 0.875em;
    margin: 0;
  }
  .error {
    color: var(--_danger);
    font-size: 0.875em;
    font-weight: 600;
    margin: 0;
  }
  /* At the top level of a shadow root the base size is forced (tokens.ts): size from it. */
  :host > :is(.help, .error) {
    font-size: calc(var(--_font-size) * 0.875) !important;
  }
  .notice {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_info-surface);
  }
  .notice.warning {
    background: var(--_warning-surface);
    color: var(--_text);
    border-left: 4px solid var(--_warning);
  }
  .notice.danger {
    border-left: 4px solid var(--_danger);
  }
`;

/** Placeholders while content loads (`.skeleton` of `.bone`s); elements set the bones' sizes. */
export const skeletonStyles = css`
  .skeleton {
    display: grid;
    gap: var(--_space);
  }
  .bone {
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    animation: pulse 1.2s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
`;
