/**
 * Styles of the button: a plain string (no Lit in the eager bundle), adopted as a constructed sheet.
 * Sized like the other elements (see src/styles/tokens.ts): the host re-bases at `medium`, the
 * button's text is `--eq-font-size` (15px by default) and its lengths are in em, never rem.
 */
import { HOST_TYPE } from '../../styles/host-type.js';

export const supportButtonStyles = /* css */ `
  :host {
    color-scheme: var(--eq-color-scheme, light dark);
    --_primary: var(--eq-color-primary, light-dark(#1d4ed8, #93b4ff));
    --_on-primary: var(--eq-color-on-primary, light-dark(#fff, #0b1220));
    --_danger: var(--eq-color-danger, light-dark(#b91c1c, #ef4444));
    --_focus: var(--eq-color-focus, light-dark(#2563eb, #93b4ff));
    display: inline-block;
    /* !important: a page's rule for the host element (\`* { line-height: 1 }\`) beats :host. */
    font-family: var(--eq-font-family, system-ui, sans-serif) !important;
    ${HOST_TYPE}
  }
  .trigger:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  :host([placement='bottom-right']),
  :host([placement='bottom-left']) {
    position: fixed;
    bottom: var(--eq-button-offset, 1.25em);
    z-index: var(--eq-z-index, 2147483000);
  }
  :host([placement='bottom-right']) {
    right: var(--eq-button-offset, 1.25em);
  }
  :host([placement='bottom-left']) {
    left: var(--eq-button-offset, 1.25em);
  }
  .trigger {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.5333em;
    min-height: 2.9333em;
    padding: 0.5333em 1.2em;
    border: 0;
    border-radius: var(--eq-button-radius, 999px);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-size: var(--eq-font-size, 0.9375em);
    font-weight: 700;
    box-shadow: 0 4px 14px rgb(0 0 0 / 25%);
    cursor: pointer;
  }
  :host([placement='inline']) .trigger {
    box-shadow: none;
    border-radius: var(--eq-radius, 6px);
  }
  .trigger:hover {
    filter: brightness(1.08);
  }
  .trigger svg {
    width: 1.3333em;
    height: 1.3333em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  /* 12.8px text; its lengths in its own em. */
  .badge {
    position: absolute;
    top: -0.5em;
    right: -0.5em;
    min-width: 1.75em;
    height: 1.75em;
    padding: 0 0.4375em;
    border-radius: 999px;
    background: var(--_danger);
    color: #fff;
    font-size: 0.8533em;
    line-height: 1.75em;
    text-align: center;
  }
  /* Floating, the button sits in the top layer (a manual popover, see place()): no ancestor's
     transform, filter or z-index can move or cover it. Without popovers, the host's
     position: fixed above still places it. */
  .float {
    display: contents;
  }
  .float:popover-open {
    display: block;
    position: fixed;
    inset: auto;
    bottom: var(--eq-button-offset, 1.25em);
    width: auto;
    height: auto;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    overflow: visible;
  }
  :host([placement='bottom-right']) .float:popover-open {
    right: var(--eq-button-offset, 1.25em);
  }
  :host([placement='bottom-left']) .float:popover-open {
    left: var(--eq-button-offset, 1.25em);
  }
  .notice {
    max-width: 20em;
    margin: 0 0 0.5em;
    padding: 0.75em;
    border: 1px solid currentColor;
    border-radius: 0.5em;
    background: Canvas;
    color: CanvasText;
    font-size: 0.9375em;
  }
  /* Engines without light-dark() (below the supported minimum) still draw a readable button. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_primary: var(--eq-color-primary, #1d4ed8);
      --_on-primary: var(--eq-color-on-primary, #fff);
      --_danger: var(--eq-color-danger, #b91c1c);
      --_focus: var(--eq-color-focus, #2563eb);
    }
  }
`;
