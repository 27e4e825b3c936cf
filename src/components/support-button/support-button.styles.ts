import { css } from 'lit';

export const supportButtonStyles = css`
  :host {
    display: inline-block;
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
    border-radius: var(--_radius);
  }
  .trigger:hover {
    filter: brightness(1.08);
  }
  .trigger svg {
    width: 1.25rem;
    height: 1.25rem;
    flex: none;
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
