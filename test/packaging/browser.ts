/** Chromium for the packaging tests (the e2e harness's launcher) and a page's console errors. */
import type { Page } from 'playwright-core';

export { launchChromium } from '../e2e/harness.js';

/** Collects uncaught errors and `console.error` output of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    errors.push(`console.error: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  return errors;
}

/** Custom element tags in dist/custom-elements.json. */
export function manifestTags(manifest: Manifest): string[] {
  return manifest.modules.flatMap((m) =>
    (m.declarations ?? []).flatMap((d) => (d.customElement && d.tagName ? [d.tagName] : [])),
  );
}

export interface Manifest {
  modules: {
    path: string;
    declarations?: {
      name: string;
      customElement?: boolean;
      tagName?: string;
      events?: { name?: string }[];
    }[];
  }[];
}
