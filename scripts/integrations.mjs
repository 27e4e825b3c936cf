// Editor data and framework types generated from dist/custom-elements.json by the maintained
// custom-element-*-integration generators, run by scripts/build.mjs after the manifest:
//
//   dist/integrations/vscode.html-custom-data.json  VS Code `html.customData`
//   dist/integrations/vscode.css-custom-data.json   VS Code `css.customData` (parts, tokens)
//   dist/integrations/web-types.json                JetBrains web-types (package.json "web-types")
//   dist/integrations/vue.d.ts                      Vue `GlobalComponents` (`eq-support/vue`)
//   dist/integrations/svelte.d.ts                   Svelte `SvelteHTMLElements` (`eq-support/svelte`)
//   dist/integrations/jsx.d.ts                      JSX `CustomElements` for Preact, Solid…
//                                                   (`eq-support/jsx`)
//
// The type files import the element and event classes from the package's own entry (../index.js),
// so a property has exactly the type the element declares.
//
// Our events are `Event` subclasses with typed fields (EqCaseCreatedEvent has `case`), and the
// manifest gives each event its class as `type`, as the schema means it ("the type of the event
// object"). The generators read that type as a CustomEvent's detail and write
// `(e: CustomEvent<EqCaseCreatedEvent>) => void`; `fixEventTypes` writes the event class itself.
// Svelte 5 listens with `oneq-case-created` props; the generator still writes Svelte 4's
// `on:eq-case-created` only, so both are written.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'integrations');
const manifest = JSON.parse(readFileSync(join(root, 'dist', 'custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The element and event classes, from the package's entry (relative to dist/integrations/). */
const globalTypePath = '../index.js';
/**
 * Elements a host writes: those the package's entry exports. The others (the upload area, the
 * screenshot editor) live inside the form's and the case's shadow roots.
 */
function exportsOf(file, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const named = [...text.matchAll(/export (?:type )?\{([^}]*)\}/g)]
    .flatMap((match) => match[1].split(','))
    .map((name) =>
      name
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop(),
    );
  const starred = [...text.matchAll(/export \* from '(\.[^']+)\.js'/g)].flatMap((match) =>
    exportsOf(join(dirname(file), `${match[1]}.d.ts`), seen),
  );
  return [...named, ...starred];
}
const exported = new Set(exportsOf(join(root, 'dist', 'index.d.ts')));
const exclude = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((declaration) => declaration.customElement && !exported.has(declaration.name))
  .map((declaration) => declaration.name);
const common = { outdir, exclude, hideLogs: true };
const readme = (tag) => [
  { name: 'Documentation', url: `https://www.npmjs.com/package/${pkg.name}#${tag ?? ''}` },
];

mkdirSync(outdir, { recursive: true });

generateVsCodeCustomElementData(manifest, {
  ...common,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  referencesTemplate: (_name, tag) => readme(tag),
});

generateJetBrainsWebTypes(manifest, {
  ...common,
  webTypesFileName: 'web-types.json',
  packageJson: false, // package.json names the file itself ("web-types")
  referenceTemplate: (_name, tag) => readme(tag)[0],
  // Module paths in the manifest are relative to the package root; web-types sits in
  // dist/integrations/.
  modulePathTemplate: (_name, modulePath) => `../../${modulePath}`,
});

generateVuejsTypes(manifest, { ...common, fileName: 'vue.d.ts', globalTypePath });
generateSvelteTypes(manifest, { ...common, fileName: 'svelte.d.ts', globalTypePath });
generateJsxTypes(manifest, { ...common, fileName: 'jsx.d.ts', globalTypePath });

/** `CustomEvent<EqXEvent>` → `EqXEvent`: the handler receives the event class itself. */
function fixEventTypes(text) {
  return text.replace(/CustomEvent<(Eq[A-Za-z]+Event)>/g, '$1');
}

/** Svelte 5 event attributes (`oneq-case-created`) beside Svelte 4's `on:eq-case-created`. */
function svelte5Events(text) {
  return text.replace(
    /^(\s*)"on:(eq-[a-z-]+)"\?: (\(e: [A-Za-z]+\) => void);$/gm,
    '$1"on:$2"?: $3;\n$1"on$2"?: $3;',
  );
}

/**
 * An attribute without a property (the button's `dialog-placement`, read when the dialog opens)
 * has no `Class["field"]` to point at: the generators write `EqSupportButton["undefined"]`. Use
 * the attribute's own type from the manifest.
 */
const attributeTypes = new Map(
  manifest.modules.flatMap((mod) =>
    (mod.declarations ?? []).flatMap((declaration) =>
      (declaration.attributes ?? []).map((attribute) => [
        `${declaration.name}:${attribute.name}`,
        attribute.type?.text ?? 'string',
      ]),
    ),
  ),
);
function attributeOnlyTypes(text) {
  return text.replace(
    /"?([a-z-]+)"?\?: (Eq[A-Za-z]+)\["undefined"\];/g,
    (_all, attribute, className) => {
      const type = attributeTypes.get(`${className}:${attribute}`);
      if (!type) throw new Error(`no type for ${className} attribute ${attribute}`);
      return `"${attribute}"?: ${type};`;
    },
  );
}

/**
 * Svelte has no JSX namespace: children are a snippet and `style` a string (the generator's base
 * props name JSX's types).
 */
function svelteBaseProps(text) {
  return text
    .replace('children?: JSX.Element;', 'children?: import("svelte").Snippet;')
    .replace('style?: JSX.CSSProperties;', 'style?: string;');
}

/**
 * Frameworks that set properties (Vue's `:dealId`, Svelte 5's `dealId=`, Preact) name a setting
 * by its property; the generators key it by the attribute (`"deal-id"`) only. Key it by both.
 */
function propertyKeys(text) {
  return text.replace(
    /^(\s*)"([a-z]+(?:-[a-z]+)+)"\?: (Eq[A-Za-z]+)\["([A-Za-z]+)"\];$/gm,
    (all, indent, _attribute, className, field) =>
      `${all}\n${indent}${field}?: ${className}["${field}"];`,
  );
}

/**
 * Svelte 5 sets a property by its plain name (`getToken={fn}`); the generator writes only
 * `bind:getToken`, which is two-way binding.
 */
function svelteProperties(text) {
  return text.replace(
    /^(\s*)"bind:([A-Za-z]+)"\?: (.+);$/gm,
    (all, indent, name, type) => `${all}\n${indent}${name}?: ${type};`,
  );
}

/**
 * vue.d.ts also adds the elements to the global JSX namespace, which changes JSX typing in any
 * project (React's) that includes it: Vue templates need `GlobalComponents` only.
 */
function vueWithoutGlobalJsx(text) {
  const fixed = text.replace(/\ndeclare global \{\s*namespace JSX \{[\s\S]*?\n\}\n?/, '\n');
  if (fixed === text) throw new Error('vue.d.ts: no global JSX block to remove');
  return fixed;
}

/** The generators import an event class once per element firing it: import each name once. */
function dedupeImports(text) {
  return text.replace(/import type \{([^}]*)\} from "([^"]+)";/g, (_all, names, from) => {
    const unique = [
      ...new Set(
        names
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean),
      ),
    ];
    return `import type { ${unique.join(', ')} } from "${from}";`;
  });
}

/**
 * Vue's template compiler turns `@eq-case-created` into the `onEqCaseCreated` prop, which is what
 * vue-tsc looks up; the generator writes `oneq-case-created` only.
 */
function vueEventProps(text) {
  return text.replace(
    /^(\s*)"on(eq-[a-z-]+)"\?: (\(e: [A-Za-z]+\) => void);$/gm,
    (_all, indent, name, handler) =>
      `${indent}"on${name}"?: ${handler};\n${indent}on${name
        .split('-')
        .map((word) => word[0].toUpperCase() + word.slice(1))
        .join('')}?: ${handler};`,
  );
}

/**
 * The file is a module (it imports the classes), so Svelte's `svelteHTML` namespace must be
 * declared global to reach svelte-check.
 */
function svelteGlobalNamespace(text) {
  const fixed = text.replace(
    /declare namespace svelteHTML \{([\s\S]*?)\n\}/,
    'declare global {\n  namespace svelteHTML {$1\n  }\n}',
  );
  if (fixed === text) throw new Error('svelte.d.ts: no svelteHTML namespace to make global');
  return fixed;
}

const fixes = {
  'vue.d.ts': [
    dedupeImports,
    attributeOnlyTypes,
    fixEventTypes,
    vueEventProps,
    propertyKeys,
    vueWithoutGlobalJsx,
  ],
  'svelte.d.ts': [
    dedupeImports,
    attributeOnlyTypes,
    fixEventTypes,
    svelte5Events,
    svelteGlobalNamespace,
    svelteBaseProps,
    propertyKeys,
    svelteProperties,
  ],
  'jsx.d.ts': [dedupeImports, attributeOnlyTypes, fixEventTypes, propertyKeys],
};
for (const [file, steps] of Object.entries(fixes)) {
  const path = join(outdir, file);
  const text = steps.reduce((result, step) => step(result), readFileSync(path, 'utf8'));
  for (const [pattern, what] of [
    [/CustomEvent<Eq/, 'an event typed CustomEvent'],
    [/\["undefined"\]/, 'a member named undefined'],
    [/JSX\./, "JSX's types"],
  ]) {
    if (file !== 'jsx.d.ts' || what !== "JSX's types") {
      if (pattern.test(text.replace(/^\s*\*.*$/gm, ''))) throw new Error(`${file}: ${what}`);
    }
  }
  writeFileSync(path, text);
  // The subpath exports name a module too, so `import 'eq-support/vue'` resolves (to nothing)
  // wherever a bundler follows it; the types are what it is for.
  writeFileSync(path.replace(/\.d\.ts$/, '.js'), 'export {};\n');
}

console.log(
  `integrations → ${['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json', ...Object.keys(fixes)].map((f) => `dist/integrations/${f}`).join(', ')}`,
);
