/**
 * Registers the heavier eq- elements on first use: when an `<eq-…>` tag that is not defined yet
 * appears in the page, its module is imported. The CDN build uses it so that the page pays only
 * for the button (and the provider) at load, while every tag still works when a host uses it.
 */

const LOADERS: Record<string, () => Promise<unknown>> = {
  'eq-support-provider': () => import('./context/support-provider.js'),
  'eq-case-form': () => import('./components/case-form/case-form.js'),
  'eq-case-list': () => import('./components/case-list/case-list.js'),
  'eq-case-view': () => import('./components/case-view/case-view.js'),
  'eq-article-suggest': () => import('./components/article-suggest/article-suggest.js'),
  'eq-documentation': () => import('./components/documentation/documentation.js'),
  'eq-support-launcher': () => import('./components/launcher/launcher.js'),
  'eq-user-settings': () => import('./components/user-settings/user-settings.js'),
};

const requested = new Set<string>();

/** Imports the modules of undefined eq- elements under `root`. */
export function discover(root: ParentNode): Promise<unknown[]> {
  const pending: Promise<unknown>[] = [];
  const candidates =
    root instanceof Element
      ? [root, ...root.querySelectorAll(':not(:defined)')]
      : [...root.querySelectorAll(':not(:defined)')];
  for (const el of candidates) {
    const tag = el.localName;
    const load = LOADERS[tag];
    if (!load || requested.has(tag) || customElements.get(tag)) continue;
    requested.add(tag);
    pending.push(
      load().catch((error: unknown) => {
        requested.delete(tag); // a later appearance tries again
        console.error(`[eq-support] could not load <${tag}>`, error);
      }),
    );
  }
  return Promise.all(pending);
}

/** Watches the document for eq- elements added later (single-page apps). */
export function startAutoloader(root: Document = document): MutationObserver {
  void discover(root);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) if (node instanceof Element) void discover(node);
    }
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
  return observer;
}
