/**
 * Keeps Tab inside a container, looking through shadow roots (a native modal dialog lets Tab reach
 * the browser's own controls). Sentinels at both ends send focus around to the other end.
 */

const FOCUSABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

function visible(el: HTMLElement): boolean {
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/** Tabbable elements under `root` in tab order of the flattened tree (shadow roots included). */
export function tabbables(root: Element | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: Element | ShadowRoot) => {
    const children =
      node instanceof HTMLSlotElement
        ? node.assignedElements({ flatten: true })
        : [...node.children];
    for (const child of children) {
      if (!(child instanceof HTMLElement)) continue;
      if (child.hasAttribute('data-focus-sentinel') || child.inert) continue;
      if (child.matches(FOCUSABLE) && visible(child) && !child.shadowRoot?.delegatesFocus) {
        found.push(child);
      }
      if (child.shadowRoot) visit(child.shadowRoot);
      else visit(child);
    }
  };
  visit(root);
  return found;
}
