/**
 * Design tokens of every eq- element.
 *
 * Hosts theme the elements with `--eq-*` custom properties (they inherit through shadow roots) and
 * with `::part()`. Each token has a light and a dark default (CSS `light-dark()`): the elements
 * follow the system's colour scheme unless the host sets `--eq-color-scheme: light` or `dark`.
 * In its own module so the eager button does not carry the form and button styles.
 *
 * Sizes do not depend on the host page. `rem` follows the page's root font size (a page with
 * `html { font-size: 62.5% }` would shrink everything) and no shadow root can reset it, so no
 * style uses it. Instead each host re-bases at `medium` (the reader's default font size, 16px
 * unless they changed it), its shadow root's top-level elements take `--eq-font-size` (15px by
 * default) and every length is in `em` from there. Nested eq- elements re-base, so nothing
 * compounds. Top-level elements are held at the base size; one that needs another size sets it
 * from `--_font-size` with !important (as `.help` does in shared.ts).
 *
 * - `--eq-font-size`: the text size; default `0.9375em` of `medium` (15px). An `em` value is
 *   relative to the reader's default size; lengths (paddings, control heights) scale with it.
 * - `--eq-space`: the spacing unit; default `0.5333em` (8px at the default text size).
 */
import { css, unsafeCSS } from 'lit';
import { HOST_TYPE } from './host-type.js';

export const tokens = css`
  :host {
    /* Follows the system by default; a host forces a theme with --eq-color-scheme: light | dark. */
    color-scheme: var(--eq-color-scheme, light dark);
    --_primary: var(--eq-color-primary, light-dark(#1d4ed8, #93b4ff));
    --_on-primary: var(--eq-color-on-primary, light-dark(#ffffff, #0b1220));
    --_surface: var(--eq-color-surface, light-dark(#ffffff, #111827));
    --_surface-alt: var(--eq-color-surface-alt, light-dark(#f3f4f6, #1f2937));
    --_text: var(--eq-color-text, light-dark(#111827, #f9fafb));
    --_text-muted: var(--eq-color-text-muted, light-dark(#4b5563, #d1d5db));
    --_border: var(--eq-color-border, light-dark(#9ca3af, #6b7280));
    --_danger: var(--eq-color-danger, light-dark(#b91c1c, #fca5a5));
    --_warning: var(--eq-color-warning, light-dark(#92400e, #fcd34d));
    --_warning-surface: var(--eq-color-warning-surface, light-dark(#fef3c7, #3b2f0a));
    --_success: var(--eq-color-success, light-dark(#166534, #86efac));
    --_info-surface: var(--eq-color-info-surface, light-dark(#eff6ff, #172554));
    --_focus: var(--eq-color-focus, light-dark(#2563eb, #93b4ff));
    --_radius: var(--eq-radius, 6px);
    --_space: var(--eq-space, 0.5333em);
    --_font: var(--eq-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--eq-font-size, 0.9375em);
    box-sizing: border-box;
    /* The type the elements rely on, set rather than inherited from the page. !important because a
       page's rule for the host element (\`* { line-height: 1 }\`) beats a :host rule otherwise.
       Theme with the tokens. \`direction\` inherits: a right-to-left page flows in. */
    color: var(--_text) !important;
    font-family: var(--_font) !important;
    ${unsafeCSS(HOST_TYPE)}
    word-break: normal !important;
    overflow-wrap: normal !important;
  }
  /* The base size, one level below the host; !important so that a nested eq- element at the top
     level re-bases to medium all the same (its own :host !important wins over this one). */
  :host > * {
    font-size: var(--_font-size) !important;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  /* Not \`inherit\`: a page's \`* { box-sizing: content-box }\` reaches the host element. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
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
