/** Styles of the button: a plain string (no Lit in the eager bundle), adopted as a constructed sheet. */
export const supportButtonStyles = `
  :host {
    color-scheme: var(--eq-color-scheme, light dark);
    --_primary: var(--eq-color-primary, light-dark(#1d4ed8, #93b4ff));
    --_on-primary: var(--eq-color-on-primary, light-dark(#fff, #0b1220));
    --_danger: var(--eq-color-danger, light-dark(#b91c1c, #ef4444));
    --_focus: var(--eq-color-focus, light-dark(#2563eb, #93b4ff));
    display: inline-block;
    font-family: var(--eq-font-family, system-ui, sans-serif);
    font-size: var(--eq-font-size, 0.9375rem);
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
    bottom: var(--eq-button-offset, 1.25rem);
    z-index: var(--eq-z-index, 2147483000);
  }
  :host([placement='bottom-right']) {
    right: var(--eq-button-offset, 1.25rem);
  }
  :host([placement='bottom-left']) {
    left: var(--eq-button-offset, 1.25rem);
  }
  .trigger {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.5rem 1.125rem;
    border: 0;
    border-radius: var(--eq-button-radius, 999px);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
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
    width: 1.25rem;
    height: 1.25rem;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .badge {
    position: absolute;
    top: -0.4rem;
    right: -0.4rem;
    min-width: 1.4rem;
    height: 1.4rem;
    padding: 0 0.35rem;
    border-radius: 999px;
    background: var(--_danger);
    color: #fff;
    font-size: 0.8rem;
    line-height: 1.4rem;
    text-align: center;
  }
`;
