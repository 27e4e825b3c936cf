/**
 * Lets an `<eq-support-provider>` that registers after the elements inside it (the CDN build
 * loads it on demand) still configure them: context requests that nobody answered yet are replayed
 * when the provider arrives. Imported first by the CDN entry so it is in place before any element.
 */
import { ContextRoot } from '@lit/context';

if (typeof document !== 'undefined') new ContextRoot().attach(document.documentElement);
