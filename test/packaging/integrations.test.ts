/**
 * The package as the ecosystem's own tools see it, from the tarball `npm pack` makes: its types
 * resolve for every entry (@arethetypeswrong/cli), its package.json is sound (publint --strict),
 * and the editor data and framework types generated from the manifest (dist/integrations/) work:
 * VS Code custom data and JetBrains web-types list every element, and the JSX types type-check
 * templates in Preact and Solid, the JSX frameworks that set custom elements' properties.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SETUP, root } from './build.js';
import { createTarballProject, packTarball, type TarballProject } from './tarball.js';

const bin = (name: string) => join(root, 'node_modules/.bin', name);

/** A host's declaration: `eq-support/jsx`'s CustomElements joins the framework's JSX elements. */
const PREACT_APP = `
import type { CustomElements } from 'eq-support/jsx';
import type { EqCaseCreatedEvent, SupportBackend } from 'eq-support';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export function App(props: { backend: SupportBackend; onCreated: (n: string) => void }) {
  const getToken = async ({ forceRefresh }: { forceRefresh: boolean }) => (forceRefresh ? 'b' : 'a');
  return (
    <eq-support-provider api-base="/api" getToken={getToken} backend={props.backend}>
      <eq-case-form
        deal-id="12333"
        readonly-fields={['deal-id']}
        oneq-case-created={(event: EqCaseCreatedEvent) => props.onCreated(event.case.number)}
        oneq-step-change={(event) => event.step === 'details'}
      />
      <eq-support-button placement="inline" dialog-placement="end" prefill={{ dealId: '12333' }} />
      {/* @ts-expect-error: no such placement */}
      <eq-support-button placement="middle" />
      {/* @ts-expect-error: the event has no such field */}
      <eq-case-form oneq-case-created={(event) => event.nope} />
      {/* @ts-expect-error: getToken is a function */}
      <eq-support-provider getToken="token" />
    </eq-support-provider>
  );
}
`;

const SOLID_APP = `
import type { Component } from 'solid-js';
import type { CustomElements } from 'eq-support/jsx';

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export const App: Component = () => {
  return (
    <eq-support-provider api-base="/api" getToken={async () => 'a'}>
      <eq-case-list status="open" oneq-case-open={(event) => event.caseId} />
      {/* @ts-expect-error: the event has no such field */}
      <eq-case-list oneq-case-open={(event) => event.nope} />
    </eq-support-provider>
  );
};
`;

const tsconfig = (jsxImportSource: string, file: string) =>
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      jsx: jsxImportSource === 'solid-js' ? 'preserve' : 'react-jsx',
      jsxImportSource,
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      types: [],
    },
    files: [file],
  });

interface WebTypes {
  name: string;
  contributions: {
    html: {
      elements: {
        name: string;
        attributes?: { name: string }[];
        js?: { events?: { name: string }[] };
      }[];
    };
  };
}

interface HtmlCustomData {
  version: number;
  tags: {
    name: string;
    description?: string;
    attributes: { name: string; values?: unknown[] }[];
  }[];
}

describe('types, package.json and editor data, from the packed tarball', () => {
  let tarball: string;
  let project: TarballProject;

  before(async () => {
    tarball = await packTarball();
    project = await createTarballProject('jsx-types', ['preact', 'solid-js']);
  }, SETUP);
  after(() => project?.dispose());

  test('attw: every entry resolves to its types, the CDN file included (ESM-only profile)', () => {
    // The package is ESM-only, like Lit: `node10` (TypeScript's legacy resolution, no
    // `exports`) and `require()` from CommonJS are outside what it supports.
    const run = spawnSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii'], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, `attw:\n${run.stdout}${run.stderr}`);
    for (const entry of [
      '"eq-support/cdn/eq-support.js"',
      '"eq-support/cdn/report-error.js"',
      '"eq-support/cdn/diagnostics.js"',
      '"eq-support/vue"',
      '"eq-support/jsx"',
    ])
      assert.ok(run.stdout.includes(entry), `attw checked ${entry}`);
  });

  test('publint --strict finds nothing', () => {
    const run = spawnSync(bin('publint'), ['--strict', project.packageDir], { encoding: 'utf8' });
    assert.equal(run.status, 0, `publint:\n${run.stdout}${run.stderr}`);
    assert.match(run.stdout, /All good/);
  });

  test('VS Code custom data and JetBrains web-types list every element a host writes', async () => {
    // The elements a host writes; the upload area and the screenshot editor live inside the
    // form's and the case's shadow roots.
    const tags = [
      'eq-article-suggest',
      'eq-case-form',
      'eq-case-list',
      'eq-case-view',
      'eq-documentation',
      'eq-support-button',
      'eq-support-launcher',
      'eq-support-provider',
      'eq-user-settings',
    ];

    const pkg = JSON.parse(await readFile(join(project.packageDir, 'package.json'), 'utf8')) as {
      'web-types': string;
    };
    const html = JSON.parse(
      await readFile(
        join(project.packageDir, 'dist/integrations/vscode.html-custom-data.json'),
        'utf8',
      ),
    ) as HtmlCustomData;
    assert.equal(html.version, 1.1);
    assert.deepEqual(html.tags.map((t) => t.name).sort(), tags);
    const button = html.tags.find((t) => t.name === 'eq-support-button');
    assert.ok(button?.description?.includes('Contact Support'), 'described');
    const placement = button?.attributes.find((a) => a.name === 'dialog-placement');
    assert.equal(placement?.values?.length, 3, 'the values of dialog-placement');

    const webTypes = JSON.parse(
      await readFile(join(project.packageDir, pkg['web-types']), 'utf8'),
    ) as WebTypes;
    assert.equal(webTypes.name, 'eq-support');
    const form = webTypes.contributions.html.elements.find((e) => e.name === 'eq-case-form');
    assert.ok(
      form?.attributes?.some((a) => a.name === 'deal-id'),
      'eq-case-form deal-id',
    );
    assert.ok(
      form?.js?.events?.some((e) => e.name === 'eq-case-created'),
      'eq-case-form eq-case-created',
    );
  });

  for (const [framework, source] of [
    ['preact', PREACT_APP],
    ['solid-js', SOLID_APP],
  ] as const) {
    test(`JSX types: a ${framework} template type-checks against eq-support/jsx`, async () => {
      const file = `${framework}-app.tsx`;
      await writeFile(join(project.dir, file), source);
      await writeFile(join(project.dir, `tsconfig.${framework}.json`), tsconfig(framework, file));
      const tsc = spawnSync(bin('tsc'), ['-p', join(project.dir, `tsconfig.${framework}.json`)], {
        encoding: 'utf8',
      });
      assert.equal(tsc.status, 0, `tsc:\n${tsc.stdout}${tsc.stderr}`);
    });
  }
});
