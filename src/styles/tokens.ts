/**
 * Design tokens of every eq- element.
 *
 * Hosts theme the elements with `--eq-*` custom properties (they inherit through shadow roots) and
 * with `::part()`. Each token has a light default and a dark default (prefers-color-scheme); a
 * `theme="light"` or `theme="dark"` attribute on an element forces one.
 * In its own module so the eager button does not carry the form and button styles.
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
