/**
 * Registers an eq- element without ever throwing, whatever else the page holds. Two copies of the
 * SDK on one page (two micro-frontends bundling different versions) or another script that took
 * an eq- tag first would otherwise make `customElements.define` throw `NotSupportedError` and
 * break the page. The first definition wins; a console warning names both versions.
 */
import { SDK_VERSION } from './version.js';

/** Marks a constructor with the version of the copy that defined it (shared across copies). */
const VERSION: unique symbol = Symbol.for('eq-support.version');

type Marked = CustomElementConstructor & { [VERSION]?: string };

const warned = new Set<string>();

function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(message);
}

export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements as CustomElementRegistry | undefined;
  if (!registry) return; // a server render: nothing to register
  const existing: Marked | undefined = registry.get(tag);
  if (existing === constructor) return;
  if (existing) {
    const theirs = existing[VERSION];
    if (theirs !== undefined) {
      warnOnce(
        `copy:${theirs}`,
        `eq-support ${SDK_VERSION}: another copy of eq-support (${theirs}) already registered ` +
          `<${tag}> on this page. Its elements are used; this copy (${SDK_VERSION}) registers ` +
          'none. Load one copy of eq-support per page.',
      );
    } else {
      warnOnce(
        `tag:${tag}`,
        `eq-support ${SDK_VERSION}: <${tag}> is already defined by another script on this ` +
          'page, so eq-support does not register it. Rename the other element.',
      );
    }
    return;
  }
  try {
    (constructor as Marked)[VERSION] = SDK_VERSION;
    registry.define(tag, constructor);
  } catch (error) {
    warnOnce(
      `error:${tag}`,
      `eq-support ${SDK_VERSION}: <${tag}> could not be registered: ${String(error)}`,
    );
  }
}
