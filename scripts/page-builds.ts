/**
 * Production builds for `npm run bench`: the demo host page and the case-list bench page, each a
 * normal Vite app build (not the library's lib mode) with the repository's vite.config.ts — the
 * legacy-decorator settings the elements need, as demo/server/main.ts uses them for `npm start`.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Builds `<pageRoot>/index.html` (and what it imports) into `outDir`, to be served at `base`. */
async function buildPage(pageRoot: string, outDir: string, base: string): Promise<void> {
  await build({
    configFile: join(root, 'vite.config.ts'),
    root: pageRoot,
    base,
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warn',
    build: {
      lib: false,
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      rolldownOptions: {
        input: join(pageRoot, 'index.html'),
        onwarn(warning, warn) {
          // The case-list page imports the HTTP client statically (the in-browser backend), so
          // the lazy backend's dynamic import of it cannot split: expected there.
          if (warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return;
          warn(warning);
        },
      },
    },
  });
}

/** The demo host page (demo/index.html: provider, button, launcher loaded on use). */
export function buildDemo(outDir: string, base = '/'): Promise<void> {
  return buildPage(join(root, 'demo'), outDir, base);
}

/** A page that renders `<eq-case-list>` against the in-browser reference backend. */
export function buildCaseListPage(outDir: string, base = '/case-list/'): Promise<void> {
  return buildPage(join(root, 'scripts/bench/case-list-page'), outDir, base);
}
