// Custom Elements Manifest analyzer (`cem analyze`), run by scripts/build.mjs and `npm run analyze`.
// Output: dist/custom-elements.json, read by Storybook autodocs and editors (package.json
// "customElements"). JSDoc tags it understands: @summary @slot @csspart @cssprop @fires @tag.

/**
 * Elements register through `defineElement('eq-x', EqX)` (src/define.ts: never throws with two
 * copies on a page), which the analyzer does not know: record each call as the definition a
 * `customElements.define('eq-x', EqX)` call would give. The class is imported into the
 * registering module, so the definition points at that import like the analyzer's own plugin.
 */
function defineElementCalls() {
  return {
    name: 'eq-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node?.kind !== ts.SyntaxKind.CallExpression) return;
      if (node.expression?.getText() !== 'defineElement') return;
      const [tag, klass] = node.arguments ?? [];
      if (!tag || !klass || tag.kind !== ts.SyntaxKind.StringLiteral) return;
      const className = klass.getText();
      const imported = node
        .getSourceFile()
        .statements.filter((statement) => statement.kind === ts.SyntaxKind.ImportDeclaration)
        .find((statement) =>
          statement.importClause?.namedBindings?.elements?.some(
            (element) => element.name.getText() === className,
          ),
        );
      const specifier = imported?.moduleSpecifier?.text;
      const module = specifier
        ? new URL(specifier.replace(/\.js$/, '.ts'), `file:///${moduleDoc.path}`).pathname.slice(1)
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: className, module },
        },
      ];
    },
  };
}

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

/**
 * Keeps the events each element documents (`eq-` prefixed, from @fires): the analyzer also guesses
 * names from event constructors' arguments (e.g. `step`, `article`) or leaves them blank.
 */
function documentedEvents() {
  return {
    name: 'eq-documented-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.events) {
            declaration.events = declaration.events.filter((event) =>
              event.name?.startsWith('eq-'),
            );
          }
        }
      }
    },
  };
}

/** Every element takes the design tokens of src/styles/tokens.ts: list them on each. */
function designTokens() {
  const tokens = [
    ['--eq-color-primary', 'Accent colour: buttons, links, selection'],
    ['--eq-color-on-primary', 'Text on the accent colour'],
    ['--eq-color-surface', 'Background'],
    ['--eq-color-surface-alt', 'Secondary background'],
    ['--eq-color-text', 'Text'],
    ['--eq-color-text-muted', 'Secondary text'],
    ['--eq-color-border', 'Borders'],
    ['--eq-color-danger', 'Errors'],
    ['--eq-color-warning', 'Warnings'],
    ['--eq-color-warning-surface', 'Background of warnings'],
    ['--eq-color-success', 'Success'],
    ['--eq-color-info-surface', 'Background of notices'],
    ['--eq-color-focus', 'Focus ring'],
    ['--eq-radius', 'Corner radius'],
    ['--eq-space', 'Spacing unit'],
    ['--eq-font-family', 'Font'],
    ['--eq-font-size', 'Base font size'],
    ['--eq-color-scheme', '`light dark` (default: follows the system), `light` or `dark`'],
  ];
  return {
    name: 'eq-design-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName) continue;
          if (declaration.tagName === 'eq-support-provider') continue; // display: contents, no styles
          const known = new Set((declaration.cssProperties ?? []).map((p) => p.name));
          declaration.cssProperties = [
            ...(declaration.cssProperties ?? []),
            ...tokens
              .filter(([name]) => !known.has(name))
              .map(([name, description]) => ({ name, description })),
          ];
        }
      }
    },
  };
}

/** @type {import('@custom-elements-manifest/analyzer').Config} */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts'],
  outdir: process.env.CEM_OUTDIR ?? 'dist',
  litelement: true,
  dev: false,
  // package.json already has "customElements": "dist/custom-elements.json"; never rewrite it.
  packagejson: false,
  plugins: [defineElementCalls(), documentedEvents(), designTokens(), publishedPaths()],
};
