// Custom Elements Manifest analyzer (`cem analyze`), run by scripts/build.mjs and `npm run analyze`.
// Output: dist/custom-elements.json, read by Storybook autodocs and editors (package.json
// "customElements"). JSDoc tags it understands: @summary @slot @csspart @cssprop @fires @tag.

/** Rewrites `src/foo/bar.ts` module paths to the published `dist/foo/bar.js`. */
function publishedPaths() {
  const toDist = (value) =>
    typeof value === 'string' ? value.replace(/^(?:\.\/)?src\/(.+)\.ts$/, 'dist/$1.js') : value;
  const walk = (node) => {
    if (Array.isArray(node)) {
      node.forEach(walk);
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'path' || key === 'module') node[key] = toDist(value);
        else walk(value);
      }
    }
  };
  return {
    name: 'eq-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      walk(customElementsManifest);
    },
  };
}

/** @type {import('@custom-elements-manifest/analyzer').Config} */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  dev: false,
  // package.json already has "customElements": "dist/custom-elements.json"; never rewrite it.
  packagejson: false,
  plugins: [publishedPaths()],
};
