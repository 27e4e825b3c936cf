// Vite 8 (Rolldown + Oxc) config.
//  - `vite build` produces the CDN bundle: dist/cdn/eq-support.js, with lazily loaded chunks in
//    dist/cdn/chunks/. Everything (lit, zod, ky, fuse.js…) is bundled: no externals.
//  - Storybook (@storybook/web-components-vite) loads this file too. It drops `build` (except
//    `build.target`) and keeps the rest (oxc, define, tsconfig).
//
// Decorators: Oxc picks up `experimentalDecorators` / `useDefineForClassFields: false` from the
// tsconfig.json whose `include` covers a file; files outside it (e.g. scratch files) would keep raw
// `@decorator` syntax. The `oxc` block states legacy decorators + [[Set]] class fields explicitly,
// so every file compiles like tsc would and class fields never shadow Lit's reactive accessors.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { minifyLiterals } from './scripts/vite/minify-literals.js';
import { CORE_LIBRARIES, SDK_PARTS, partOf } from './scripts/sdk-parts.js';

/**
 * The build target, from package.json "browserslist" (the support matrix of the README):
 * `chrome >= 123` becomes `chrome123`, `ios_saf >= 17.5` becomes `ios17.5`.
 */
export function buildTarget(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
    browserslist: string[];
  };
  const names: Record<string, string> = {
    chrome: 'chrome',
    edge: 'edge',
    firefox: 'firefox',
    safari: 'safari',
    ios_saf: 'ios',
  };
  return pkg.browserslist.map((query) => {
    const match = /^(\w+) >= ([\d.]+)$/.exec(query.trim());
    const name = match && names[match[1]!];
    if (!match || !name) throw new Error(`browserslist: cannot turn "${query}" into a target`);
    return `${name}${match[2]}`;
  });
}

const SRC_DIR = fileURLToPath(new URL('./src/', import.meta.url));

/**
 * What makes one of our modules effectful: it registers an element, attaches to the page or
 * starts the autoloader (src/cdn.ts, which pages and the demo import for that alone).
 */
const SIDE_EFFECT =
  /\b(?:customElements\.define|defineElement)\(|\.attach\(document\b|\bstartAutoloader\(\)/;

/**
 * package.json "sideEffects" lists only a few dist/ files, and Rolldown applies that list to this
 * package's own src/ files too. Registration modules (`customElements.define(...)` in
 * src/components/x/x.ts) would then be dropped whenever only their re-exports are used — the CDN
 * bundle and Storybook would ship classes but no tags. So our own sources that register an element
 * or attach to the page keep their effects (`treeshake.moduleSideEffects` cannot do this, as the
 * package.json field wins over it). Every other source stays side-effect free: a chunk that only
 * needs `LOCALES` does not load all of src/api/schemas.ts (and zod) for nothing.
 */
function keepOwnSideEffects(): Plugin {
  return {
    name: 'eq-support:keep-own-side-effects',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!file.startsWith(SRC_DIR) || file.includes('/node_modules/')) return null;
      if (!SIDE_EFFECT.test(code)) return null;
      return { code, map: null, moduleSideEffects: true };
    },
  };
}

/**
 * How the CDN build is cut into files, so that each thing a person does loads a few of them
 * (README "Performance"): the parts of scripts/sdk-parts.ts, each a chunk.
 *  - eager: what the page loads with the script tag (the button, the autoloader), in one file
 *    beside the entry, which only re-exports it. Lazy chunks import this one and never the
 *    entry itself: a page may load the entry under another address (`eq-support.js?v=2`), which
 *    would run it twice.
 *  - core: what every element needs; then one chunk per part, in the table's order of priority.
 *    A chunk also takes the modules only it imports, when no chunk before it did.
 *  - each language's translations of each part: a chunk of their own (src/locales/).
 */
function chunkGroups() {
  const translations = /\/src\/locales\/(?!locale-codes\.|parts\.|button\.)/;
  const inPart = (id: string) => partOf(id) !== 'core' || translations.test(id);
  return [
    { name: 'eager', tags: ['$initial' as const], priority: SDK_PARTS.length + 2 },
    {
      name: 'core',
      test: (id: string) => !inPart(id) && (CORE_LIBRARIES.test(id) || id.includes('/src/')),
      priority: SDK_PARTS.length + 1,
    },
    ...SDK_PARTS.map(({ name, test }, i) => ({ name, test, priority: SDK_PARTS.length - i })),
  ];
}

/**
 * `vite build --mode standalone`: files for pages that use only the CDN script, beside it, each
 * with no imports (a page fetches one only when it imports it; nothing of them is in the script
 * tag's bytes):
 *  - report-error.js: `reportError()`, which talks to the page's `<eq-support-button>`;
 *  - diagnostics.js: `startDiagnostics()`, whose collector the form finds by a global symbol.
 */
const STANDALONE_LIB = {
  entry: { 'report-error': 'src/report-error.ts', diagnostics: 'src/diagnostics/collector.ts' },
  formats: ['es' as const],
  fileName: (_format: string, name: string) => `${name}.js`,
};

export default defineConfig(({ command, mode }) => ({
  tsconfig: './tsconfig.json',
  oxc: {
    decorator: { legacy: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
    assumptions: { setPublicClassFields: true },
  },
  // Lib mode leaves `process.env.NODE_ENV` untouched; the CDN file runs in browsers as is.
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  plugins: [keepOwnSideEffects(), minifyLiterals()],
  build: {
    target: buildTarget(),
    outDir: 'dist/cdn',
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    copyPublicDir: false,
    lib:
      mode === 'standalone'
        ? STANDALONE_LIB
        : { entry: 'src/cdn.ts', formats: ['es' as const], fileName: 'eq-support' },
    rolldownOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        ...(mode === 'standalone' ? {} : { codeSplitting: { groups: chunkGroups() } }),
        // Lib mode only half-minifies ES output (keeps whitespace and /* @__PURE__ */ for
        // re-bundling). The CDN file is served as is, so minify fully; keep @license notices.
        minify: true,
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
}));
