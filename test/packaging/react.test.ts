/**
 * `eq-support/react` in a React 19 app bundled by Vite: the wrappers render the elements, pass
 * props through (`apiBase`, `getToken`, `dealId`), and hand eq- events to `onXxx` callbacks.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { buildFixtureApp, createHostProject, type BuiltApp } from './app-build.js';
import { collectErrors, launchChromium, type Manifest } from './browser.js';
import { dist, ensureBuilt, SETUP, root } from './build.js';
import { startServer, type TestServer } from './server.js';

const WRAPPERS: Record<string, string> = {
  SupportProvider: 'eq-support-provider',
  SupportButton: 'eq-support-button',
  CaseForm: 'eq-case-form',
  CaseList: 'eq-case-list',
  CaseView: 'eq-case-view',
  ArticleSuggest: 'eq-article-suggest',
  Documentation: 'eq-documentation',
  UserSettings: 'eq-user-settings',
};

/** A TypeScript host of `eq-support/react`: the wrappers' props and event types, checked by tsc. */
const TYPED_HOST = `
import { useRef, useState } from 'react';
import type { EqCaseCreatedEvent } from 'eq-support';
import { CaseForm, SupportButton, SupportProvider, type CaseFormProps } from 'eq-support/react';

export function App() {
  const [number, setNumber] = useState('');
  const button = useRef<HTMLElementTagNameMap['eq-support-button']>(null);
  const onCreated: CaseFormProps['onCaseCreated'] = (event: EqCaseCreatedEvent) =>
    setNumber(event.case.number);
  return (
    <SupportProvider apiBase="/api" getToken={async ({ forceRefresh }) => (forceRefresh ? 'b' : 'a')}>
      <CaseForm dealId="12333" onCaseCreated={onCreated} onStepChange={(e) => e.step === 'details'} />
      <SupportButton ref={button} onOpen={(e) => e.view === 'create'} onCaseCreated={(e) => e.case.id} />
      {/* @ts-expect-error: the event has no such field */}
      <CaseForm onCaseCreated={(e) => e.nope} />
      {/* @ts-expect-error: dealId is a string */}
      <CaseForm dealId={12333} />
      <button onClick={() => button.current?.open({ view: 'create' })}>{number}</button>
    </SupportProvider>
  );
}
`;

/** `eq-case-created` → `onCaseCreated`. */
const propName = (event: string) =>
  'on' +
  event.replace(/^eq-/, '').replace(/(^|-)([a-z])/g, (_, _dash, c: string) => c.toUpperCase());

describe('React wrappers (eq-support/react)', () => {
  let app: BuiltApp;
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    await ensureBuilt();
    app = await buildFixtureApp('react-app', ['react', 'react-dom']);
    server = await startServer({ dirs: { '/': app.outDir } });
    browser = await launchChromium(); // last: nothing is left open when a step before fails
  }, SETUP);
  after(async () => {
    await browser?.close();
    await server?.close();
    await app?.dispose();
  });

  test('resolves eq-support/react to dist/react/index.js', () => {
    assert.ok(app.modules.includes(join(dist, 'react/index.js')));
  });

  test('types: a TypeScript React host type-checks against dist/react/index.d.ts', async () => {
    const project = await createHostProject(
      'react-types',
      {
        'app.tsx': TYPED_HOST,
        'tsconfig.json': JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'Bundler',
            jsx: 'react-jsx',
            strict: true,
            noEmit: true,
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            types: [],
          },
          files: ['app.tsx'],
        }),
      },
      ['react', '@types/react'],
    );
    try {
      const tsc = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', project], {
        encoding: 'utf8',
      });
      assert.equal(tsc.status, 0, `tsc:\n${tsc.stdout}${tsc.stderr}`);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });

  test('files a case through <CaseForm>; onCaseCreated gets its number', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url);

    await page.getByRole('radio', { name: 'Critical' }).check();
    await page.getByLabel('Subject').fill('Deal ID 12333 — no delivery for last 24 hours');
    await page
      .getByLabel('Description')
      .fill('Delivery stopped yesterday at 10:00. Feature: delivery.');
    await page.getByLabel('Type', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Case Category').selectOption({ index: 1 });
    assert.equal(await page.getByLabel('Deal ID').inputValue(), '12333', 'dealId prop');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Add Collaborators' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();

    // Written to the DOM by React from the onCaseCreated callback.
    const created = page.locator('#created', { hasText: /^\d{8}$/ });
    await created.waitFor({ timeout: 15_000 });
    const number = await created.innerText();
    assert.equal((await page.locator('[part=case-number]').textContent())?.trim(), number);
    assert.deepEqual((await page.locator('#steps').textContent())?.split(' '), [
      'collaborators',
      'confirmation',
    ]);

    const listed = (await (await server.api(`/cases?q=${number}`)).json()) as {
      items: { id: string; number: string }[];
    };
    assert.deepEqual(
      listed.items.map((c) => c.number),
      [number],
    );
    const kase = (await (await server.api(`/cases/${listed.items[0]!.id}`)).json()) as {
      dealId?: string;
    };
    assert.equal(kase.dealId, '12333');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('every wrapper maps each eq- event its element fires (custom-elements.json) to a prop', async () => {
    const manifest = JSON.parse(
      await readFile(join(dist, 'custom-elements.json'), 'utf8'),
    ) as Manifest;
    const expected = Object.entries(WRAPPERS).map(([wrapper, tag]) => {
      const declaration = manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .find((d) => d.tagName === tag);
      assert.ok(declaration, `${tag} is in the manifest`);
      const events = [
        ...new Set(
          (declaration.events ?? []).flatMap((e) => (e.name?.startsWith('eq-') ? [e.name] : [])),
        ),
      ];
      assert.ok(events.length > 0, `${tag} fires events`);
      return { wrapper, tag, events: events.map((event) => ({ event, prop: propName(event) })) };
    });

    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => 'eqReactProbe' in window);
    // Renders each wrapper with a spy for every event, dispatches the events on the element and
    // reports the ones whose callback was not called.
    const missed = await page.evaluate((cases) => {
      interface Probe {
        wrappers: Record<string, unknown>;
        createElement: (type: unknown, props?: object) => unknown;
        createRoot: (el: Element) => { render(node: unknown): void; unmount(): void };
        flushSync: (fn: () => void) => void;
      }
      const probe = (window as unknown as { eqReactProbe: Probe }).eqReactProbe;
      const result: string[] = [];
      for (const { wrapper, tag, events } of cases) {
        const host = document.createElement('div');
        host.hidden = true;
        document.body.append(host);
        const heard = new Set<string>();
        const props: Record<string, unknown> = {};
        for (const { event, prop } of events) props[prop] = () => heard.add(event);
        const reactRoot = probe.createRoot(host);
        probe.flushSync(() =>
          reactRoot.render(probe.createElement(probe.wrappers[wrapper], props)),
        );
        const element = host.querySelector(tag);
        if (!element) result.push(`${wrapper}: no <${tag}> rendered`);
        for (const { event, prop } of events) {
          element?.dispatchEvent(new Event(event));
          if (!heard.has(event)) result.push(`${wrapper}.${prop} (${event})`);
        }
        reactRoot.unmount();
        host.remove();
      }
      return result;
    }, expected);
    assert.deepEqual(missed, []);
    await page.close();
  });
});
