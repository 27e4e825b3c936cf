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

/**
 * The members each class declares in its body (and its constructor's parameter properties), by
 * `module path#class name`: the analyzer also lists assignments to other objects' properties in a
 * constructor (`this.trigger.type = 'button'`) as the class's own fields.
 */
const declaredMembers = new Map();

/**
 * Keeps what a class really declares: drops the analyzer's artefacts (see declaredMembers) and
 * Lit's static plumbing (`styles`, `shadowRootOptions`, `properties`), which are no element API,
 * and adds constructor parameter properties (`constructor(readonly step: CaseFormStep)`), which
 * the analyzer skips, with their JSDoc: the fields an event carries. A member marked `@internal`
 * stays out even when a constructor assignment brings it back.
 */
function declaredMembersOnly() {
  const LIT_STATICS = new Set(['styles', 'shadowRootOptions', 'properties', 'elementStyles']);
  return {
    name: 'eq-declared-members-only',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node?.kind !== ts.SyntaxKind.ClassDeclaration || !node.name) return;
      const names = new Set();
      const parameterProperties = [];
      for (const member of node.members) {
        const internal = ts
          .getJSDocTags(member)
          .some((tag) => ['internal', 'ignore'].includes(tag.tagName.getText()));
        if (member.name && !internal) names.add(member.name.getText());
        if (member.kind !== ts.SyntaxKind.Constructor) continue;
        for (const parameter of member.parameters) {
          const modifiers = ts.getModifiers?.(parameter) ?? parameter.modifiers ?? [];
          const isProperty = modifiers.some((m) =>
            [ts.SyntaxKind.ReadonlyKeyword, ts.SyntaxKind.PublicKeyword].includes(m.kind),
          );
          const isPrivate = modifiers.some((m) =>
            [ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword].includes(m.kind),
          );
          if (!isProperty || isPrivate) continue;
          const name = parameter.name.getText();
          names.add(name);
          const doc = ts
            .getJSDocCommentsAndTags(parameter)
            .map((d) => (typeof d.comment === 'string' ? d.comment : ''))
            .join(' ')
            .trim();
          parameterProperties.push({
            kind: 'field',
            name,
            ...(parameter.type ? { type: { text: parameter.type.getText() } } : {}),
            readonly: modifiers.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword),
            ...(doc ? { description: doc } : {}),
          });
        }
      }
      declaredMembers.set(`${moduleDoc.path}#${node.name.getText()}`, {
        names,
        parameterProperties,
      });
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const declared = declaredMembers.get(`${moduleDoc.path}#${declaration.name}`);
        if (!declared || declaration.kind !== 'class') continue;
        const members = (declaration.members ?? []).filter(
          (member) =>
            member.name &&
            declared.names.has(member.name) &&
            !(member.static && LIT_STATICS.has(member.name)),
        );
        const listed = new Set(members.map((member) => member.name));
        members.push(...declared.parameterProperties.filter((p) => !listed.has(p.name)));
        declaration.members = members;
        if (declaration.attributes) {
          declaration.attributes = declaration.attributes.filter(
            (attribute) => !attribute.fieldName || listed.has(attribute.fieldName) || !declared,
          );
        }
      }
    },
  };
}

/**
 * Gives every element event its type: the event class whose `static eventName` is that name
 * (src/events/). Events are plain `Event` subclasses with typed fields, not `CustomEvent`s with a
 * detail; the class says which fields. An `eq-` event without a class fails the build.
 */
function eventTypes() {
  return {
    name: 'eq-event-types',
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          const eventName = (declaration.members ?? []).find(
            (member) => member.static && member.name === 'eventName',
          )?.default;
          if (!eventName) continue;
          classes.set(eventName.replace(/^['"]|['"]$/g, ''), {
            name: declaration.name,
            module: mod.path,
          });
        }
      }
      const missing = [];
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const type = classes.get(event.name);
            if (!type) {
              missing.push(`${declaration.tagName ?? declaration.name}: ${event.name}`);
              continue;
            }
            event.type = {
              text: type.name,
              references: [{ ...type, start: 0, end: type.name.length }],
            };
          }
        }
      }
      if (missing.length > 0) {
        throw new Error(`events without an event class (static eventName): ${missing.join(', ')}`);
      }
    },
  };
}

/**
 * Lists the types a module exports (`export type X = …`, `export interface X`), which the
 * analyzer skips, and points re-exports (`export type { X } from '../../api/backend.js'`) at the
 * module they name: an element's API types can be imported beside it (cem-validator's
 * exportTypes rule, and the generated framework types).
 */
function typeExports() {
  return {
    name: 'eq-type-exports',
    analyzePhase({ ts, node, moduleDoc }) {
      const isTypeDeclaration =
        node?.kind === ts.SyntaxKind.TypeAliasDeclaration ||
        node?.kind === ts.SyntaxKind.InterfaceDeclaration;
      if (!isTypeDeclaration || node.parent?.kind !== ts.SyntaxKind.SourceFile) return;
      const exported = (ts.getModifiers?.(node) ?? node.modifiers ?? []).some(
        (m) => m.kind === ts.SyntaxKind.ExportKeyword,
      );
      if (!exported) return;
      const name = node.name.getText();
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'js', name, declaration: { name, module: moduleDoc.path } },
      ];
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const entry of moduleDoc.exports ?? []) {
        const module = entry.declaration?.module;
        if (typeof module !== 'string' || !module.startsWith('.')) continue;
        entry.declaration.module = new URL(
          module.replace(/\.js$/, '.ts'),
          `file:///${moduleDoc.path}`,
        ).pathname.slice(1);
      }
    },
  };
}

/**
 * A class the analyzer marks as a custom element but no tag defines (the shared `SupportElement`
 * base) is a plain class: its members still reach the elements that extend it.
 */
function definedElementsOnly() {
  return {
    name: 'eq-defined-elements-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.customElement && !declaration.tagName) {
            delete declaration.customElement;
            for (const key of ['attributes', 'events', 'slots', 'cssParts', 'cssProperties']) {
              if (Array.isArray(declaration[key]) && declaration[key].length === 0) {
                delete declaration[key];
              }
            }
          }
        }
      }
    },
  };
}

/** The manifest follows schema 2.1.0 (the test checks it against that schema). */
function schemaVersion() {
  return {
    name: 'eq-schema-version',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.schemaVersion = '2.1.0';
    },
  };
}

/**
 * Links an attribute to the property of the same name (`api-base` → `apiBase`) where the
 * analyzer could not (the button keeps its own accessors, without Lit's decorators): editors and
 * the generated framework types then know both are one setting, with the property's type.
 */
function attributeFields() {
  const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  return {
    name: 'eq-attribute-fields',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          const fields = new Map(
            (declaration.members ?? [])
              .filter((member) => member.kind === 'field' && !member.static)
              .map((member) => [member.name, member]),
          );
          for (const attribute of declaration.attributes ?? []) {
            const field = fields.get(camel(attribute.name));
            if (attribute.fieldName || !field || field.privacy) continue;
            attribute.fieldName = field.name;
            attribute.type ??= field.type;
            field.attribute ??= attribute.name;
          }
        }
      }
    },
  };
}

/**
 * The button extends `globalThis.HTMLElement ?? Object` so that it evaluates in Node (server
 * renders), which the analyzer cannot name: it is an HTMLElement wherever it is constructed.
 */
function serverSafeSuperclass() {
  return {
    name: 'eq-server-safe-superclass',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.superclass && !declaration.superclass.name) {
            declaration.superclass = { name: 'HTMLElement', package: 'global:' };
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
  plugins: [
    defineElementCalls(),
    declaredMembersOnly(),
    typeExports(),
    definedElementsOnly(),
    schemaVersion(),
    attributeFields(),
    serverSafeSuperclass(),
    documentedEvents(),
    eventTypes(),
    designTokens(),
    publishedPaths(),
  ],
};
