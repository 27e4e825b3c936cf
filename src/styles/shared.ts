/**
 * Design tokens and shared styles of every eq- element.
 *
 * Hosts theme the elements with `--eq-*` custom properties (they inherit through shadow roots) and
 * with `::part()`. Each token has a light default and a dark default (prefers-color-scheme);
 * `--eq-color-scheme: light | dark` is not needed: set the tokens themselves to override.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_primary: var(--eq-color-primary, #1d4ed8);
    --_on-primary: var(--eq-color-on-primary, #ffffff);
    --_surface: var(--eq-color-surface, #ffffff);
    --_surface-alt: var(--eq-color-surface-alt, #f3f4f6);
    --_text: var(--eq-color-text, #111827);
    --_text-muted: var(--eq-color-text-muted, #4b5563);
    --_border: var(--eq-color-border, #9ca3af);
    --_danger: var(--eq-color-danger, #b91c1c);
    --_warning: var(--eq-color-warning, #92400e);
    --_warning-surface: var(--eq-color-warning-surface, #fef3c7);
    --_success: var(--eq-color-success, #166534);
    --_info-surface: var(--eq-color-info-surface, #eff6ff);
    --_focus: var(--eq-color-focus, #2563eb);
    --_radius: var(--eq-radius, 6px);
    --_space: var(--eq-space, 0.5rem);
    --_font: var(--eq-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--eq-font-size, 0.9375rem);
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_primary: var(--eq-color-primary, #93b4ff);
      --_on-primary: var(--eq-color-on-primary, #0b1220);
      --_surface: var(--eq-color-surface, #111827);
      --_surface-alt: var(--eq-color-surface-alt, #1f2937);
      --_text: var(--eq-color-text, #f9fafb);
      --_text-muted: var(--eq-color-text-muted, #d1d5db);
      --_border: var(--eq-color-border, #6b7280);
      --_danger: var(--eq-color-danger, #fca5a5);
      --_warning: var(--eq-color-warning, #fcd34d);
      --_warning-surface: var(--eq-color-warning-surface, #3b2f0a);
      --_success: var(--eq-color-success, #86efac);
      --_info-surface: var(--eq-color-info-surface, #172554);
      --_focus: var(--eq-color-focus, #93b4ff);
    }
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375rem;
    min-height: 2.25rem;
    min-width: 2.25rem;
    padding: 0.375rem 0.875rem;
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
    min-height: 1.5rem;
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
    gap: 0.25rem;
    margin: 0 0 calc(var(--_space) * 2);
  }
  .field > label,
  .label {
    font-weight: 600;
  }
  .required::after {
    content: ' *';
    color: var(--_danger);
  }
  input,
  select,
  textarea {
    width: 100%;
    min-height: 2.25rem;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25rem;
    min-height: 1.25rem;
    margin: 0.125rem 0;
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
