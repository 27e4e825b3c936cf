/**
 * Server rendering, as Next.js, Nuxt and Angular SSR hosts do it, from the packed tarball:
 * - every entry point evaluates in a fresh `node` (no DOM globals, default conditions);
 * - a React page with `<SupportProvider>` and `<SupportButton>` rendered by react-dom/server
 *   hydrates in Chromium without a mismatch, and the button opens the dialog;
 * - the layout shift when the button's script loads, for plain SSR HTML and for @lit-labs/ssr
 *   (printed as `# …` lines, not asserted against a number).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { collectErrors, launchChromium } from './browser.js';
import { SETUP } from './build.js';
import { startServer, type TestServer } from './server.js';
import { createTarballProject, type TarballProject } from './tarball.js';

const LINKS = ['react', 'react-dom', '@lit-labs/ssr', '@lit-labs/ssr-client'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node <args>` in the host project, as a server process starts: no DOM, default conditions. */
function node(cwd: string, args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', fail);
    child.once('close', (code) => done({ code, stdout, stderr }));
  });
}

const page = (head: string, body: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>eq-support, rendered on the server</title>
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>
`;

describe('server rendering (from the packed tarball)', () => {
  let project: TarballProject;
  let server: TestServer;
  let browser: Browser;
  /** react-dom/server's HTML of fixtures/ssr-app/app.js. */
  let reactHtml: string;
  /** @lit-labs/ssr's HTML of `<eq-support-button>`. */
  let litHtml: string;
  /** @lit-labs/ssr's HTML (or error) of each LitElement element, by tag. */
  let litElements: Record<string, { html?: string; error?: string }>;

  before(async () => {
    project = await createTarballProject('ssr-app', LINKS);
    const rendered = await node(project.dir, ['render.mjs']);
    assert.equal(rendered.code, 0, `render.mjs:\n${rendered.stderr}`);
    reactHtml = rendered.stdout;
    const lit = await node(project.dir, ['lit-render.mjs']);
    assert.equal(lit.code, 0, `lit-render.mjs:\n${lit.stderr}`);
    litHtml = lit.stdout;
    const all = await node(project.dir, ['lit-render-all.mjs']);
    assert.equal(all.code, 0, `lit-render-all.mjs:\n${all.stderr}`);
    litElements = JSON.parse(all.stdout) as typeof litElements;

    const outDir = join(project.dir, 'dist');
    await build({
      configFile: false,
      root: project.dir,
      logLevel: 'warn',
      base: '/app/',
      // React's development build: it reports hydration mismatches on the console in full.
      define: { 'process.env.NODE_ENV': '"development"' },
      build: {
        outDir,
        emptyOutDir: true,
        minify: false,
        rolldownOptions: {
          input: {
            client: join(project.dir, 'client.js'),
            'hydrate-support': join(project.dir, 'hydrate-support.js'),
          },
          output: { entryFileNames: '[name].js' },
          onwarn(warning, warn) {
            if (warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return;
            warn(warning);
          },
        },
      },
    });
    const pages = join(project.dir, 'pages');
    await mkdir(pages);
    const files: Record<string, string> = {
      'react.html': page(
        '<script type="module" src="/app/client.js"></script>',
        `<div id="root">${reactHtml}</div>`,
      ),
      // The same client over HTML that differs from what it renders: proves the check below hears
      // a mismatch.
      'mismatch.html': page(
        '<script type="module" src="/app/client.js"></script>',
        `<div id="root">${reactHtml.replace('Deals', 'Offers')}</div>`,
      ),
      'shift-plain.html': shiftPage(
        '<eq-support-button placement="inline" label="Contact Support"></eq-support-button>',
      ),
      'shift-lit.html': shiftPage(litHtml),
      'shift-floating.html': shiftPage('<eq-support-button></eq-support-button>'),
      // The README's reservation: the host's own rule keeps the button's line from the start.
      'shift-reserved.html': shiftPage(
        '<eq-support-button placement="inline" label="Contact Support"></eq-support-button>',
        RESERVE_CSS,
      ),
    };
    for (const [name, html] of Object.entries(files)) await writeFile(join(pages, name), html);
    server = await startServer({
      dirs: {
        '/app/': outDir,
        '/cdn/': join(project.packageDir, 'dist/cdn'),
        '/': pages,
      },
      defaultToken: 'demo-user-1',
    });
    browser = await launchChromium(); // last: nothing is left open when a step before fails
  }, SETUP);
  after(async () => {
    await browser?.close();
    await server?.close();
    await project?.dispose();
  });

  for (const [specifier, names] of [
    ['eq-support', ['EqCaseForm', 'EqSupportButton', 'EqSupportProvider', 'createHttpBackend']],
    ['eq-support/api', ['createHttpBackend']],
    ['eq-support/context', ['EqSupportProvider']],
    ['eq-support/react', ['SupportButton', 'SupportProvider', 'CaseForm']],
    ['eq-support/cdn/eq-support.js', ['EqSupportButton', 'discover', 'clearStoredData']],
    ['eq-support/cdn/report-error.js', ['reportError', 'describeReportedError']],
    ['eq-support/cdn/diagnostics.js', ['startDiagnostics', 'runningDiagnostics']],
  ] as const) {
    test(`import('${specifier}') evaluates in Node without a DOM`, async () => {
      const script = `
        const names = ${JSON.stringify(names)};
        const m = await import(${JSON.stringify(specifier)});
        const missing = names.filter((name) => m[name] === undefined);
        if (missing.length) throw new Error('missing exports: ' + missing.join(', '));
        for (const name of ['window', 'document', 'localStorage', 'matchMedia', 'HTMLElement']) {
          if (name in globalThis) throw new Error('a DOM global appeared: ' + name);
        }
        console.log(Object.keys(m).length, import.meta.resolve(${JSON.stringify(specifier)}));`;
      const run = await node(project.dir, ['--input-type=module', '-e', script]);
      assert.equal(run.code, 0, `exit code, stderr:\n${run.stderr}`);
      assert.equal(run.stderr, '');
      const [count, resolved] = run.stdout.trim().split(' ');
      assert.ok(Number(count) >= names.length, `exports: ${count}`);
      // Node takes the `node` condition of the CDN entry: the unbundled build of src/cdn.ts.
      if (specifier === 'eq-support/cdn/eq-support.js') assert.match(resolved!, /\/dist\/cdn\.js$/);
    });
  }

  test('react-dom/server renders the provider and the button tags, empty', () => {
    assert.match(reactHtml, /<eq-support-provider>\s*<eq-support-button><\/eq-support-button>/);
  });

  test('@lit-labs/ssr renders <eq-support-button> without a shadow root (not a LitElement)', () => {
    assert.match(litHtml, /<eq-support-button\s+placement="inline" label="Contact Support">/);
    assert.doesNotMatch(litHtml, /shadowroot/);
  });

  test('@lit-labs/ssr renders every LitElement element as declarative shadow DOM', () => {
    assert.equal(Object.keys(litElements).length, 7);
    for (const [tag, { html, error }] of Object.entries(litElements)) {
      assert.equal(error, undefined, `${tag} threw under @lit-labs/ssr`);
      assert.match(html!, new RegExp(`<${tag}[^>]*>\\s*<template shadowroot(?:mode)?="open"`), tag);
    }
  });

  test('the React page hydrates without a mismatch; the button opens the dialog', async () => {
    const tab = await browser.newPage();
    const errors = collectErrors(tab);
    const warnings: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await tab.goto(new URL('react.html', server.url).href);
    await tab.waitForSelector('html[data-hydrated]', { state: 'attached' });
    assert.deepEqual(await tab.evaluate(() => window.eqHydrationErrors), []);

    const trigger = tab.getByRole('button', { name: 'Contact Support' });
    await trigger.waitFor();
    assert.equal(
      await tab.evaluate(() => document.querySelector('eq-support-button')?.matches(':defined')),
      true,
    );
    await trigger.click();
    await tab.getByRole('dialog').waitFor();
    await tab.getByRole('dialog').getByRole('button', { name: 'Create a Case' }).waitFor();
    assert.deepEqual(errors, []);
    assert.deepEqual(
      warnings.filter((text) => /hydrat|did not match|mismatch/i.test(text)),
      [],
    );
    await tab.close();
  });

  test('a mismatched server render is heard (the check above can fail)', async () => {
    const tab = await browser.newPage();
    const errors = collectErrors(tab);
    await tab.goto(new URL('mismatch.html', server.url).href);
    await tab.waitForSelector('html[data-hydrated]', { state: 'attached' });
    const reported = await tab.evaluate(() => window.eqHydrationErrors);
    assert.ok(
      [...reported, ...errors].some((text) => /hydrat|react\.dev\/errors\/418/i.test(text)),
      `reported: ${JSON.stringify([...reported, ...errors])}`,
    );
    await tab.close();
  });

  test('layout shift when the button script loads: plain SSR and @lit-labs/ssr', async () => {
    const plain = await measureShift(
      await browser.newPage(),
      new URL('shift-plain.html', server.url).href,
      ['/cdn/eq-support.js'],
    );
    const lit = await measureShift(
      await browser.newPage(),
      new URL('shift-lit.html', server.url).href,
      ['/app/hydrate-support.js', '/cdn/eq-support.js'],
    );
    const floating = await measureShift(
      await browser.newPage(),
      new URL('shift-floating.html', server.url).href,
      ['/cdn/eq-support.js'],
    );
    const reserved = await measureShift(
      await browser.newPage(),
      new URL('shift-reserved.html', server.url).href,
      ['/cdn/eq-support.js'],
    );
    for (const [name, m] of [
      ['plain SSR, inline (empty <eq-support-button placement="inline">)', plain],
      ["plain SSR, inline, with the README's reservation CSS", reserved],
      ['@lit-labs/ssr + lit-element-hydrate-support, inline', lit],
      ['plain SSR, floating (the default placement, in the top layer)', floating],
    ] as const) {
      console.log(
        `# layout shift, ${name}: CLS ${m.shift.toFixed(4)}; button ` +
          `${m.before.width}×${m.before.height} → ${m.after.width}×${m.after.height} px; ` +
          `content below moved ${m.moved} px`,
      );
    }
    // Both the same markup (the element is no LitElement): the same shift, the button's height.
    assert.ok(plain.after.height > 0, 'the button is drawn once upgraded');
    assert.equal(floating.moved, 0, 'the floating button moves nothing');
    assert.ok(lit.shift <= plain.shift + 0.001, 'no worse with @lit-labs/ssr');
    assert.equal(reserved.moved, 0, "with the README's reservation, nothing below moves");
    assert.equal(reserved.shift, 0, "with the README's reservation, no layout shift");
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    assert.ok(readme.includes(RESERVE_CSS), 'the README shows the reservation tested here');
  });
});

/** README "Server rendering": the CSS a host adds to keep an inline button's place. */
const RESERVE_CSS = `eq-support-button[placement='inline'] {
  display: inline-block;
  vertical-align: top;
  min-block-size: 44px;
}`;

/**
 * A server-rendered page with `button` in flow between paragraphs, and a PerformanceObserver
 * that sums the layout shifts from the first paint on. No script of the element yet.
 */
function shiftPage(button: string, css = ''): string {
  return page(
    `<script>
      window.eqShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.eqShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    </script>
    <style>body { margin: 0; font: 16px/1.5 sans-serif; } main { width: 600px; padding: 16px; }</style>
    <style>${css}</style>`,
    `<main>
      <h1>Deals</h1>
      <p>Deal 12333: no delivery for the last 24 hours.</p>
      ${button}
      <p id="after">Content after the button.</p>
    </main>`,
  );
}

interface Box {
  width: number;
  height: number;
  top: number;
}

/** Loads `page`, measures, loads `scripts` in order, waits for the upgraded button, measures. */
async function measureShift(tab: Page, url: string, scripts: string[]) {
  const errors = collectErrors(tab);
  await tab.goto(url);
  const measure = () =>
    tab.evaluate(async () => {
      // Two frames: what is measured has been painted.
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
      // No named helper here: tsx would wrap it in a __name() the page does not have.
      const [button, after] = ['eq-support-button', '#after'].map((selector) => {
        const r = document.querySelector(selector)!.getBoundingClientRect();
        return { width: Math.round(r.width), height: Math.round(r.height), top: Math.round(r.top) };
      });
      return { button: button!, after: after!, shift: window.eqShift };
    });
  const before = await measure();
  await tab.evaluate(async (list) => {
    for (const src of list) await import(src);
    await customElements.whenDefined('eq-support-button');
    await document.querySelector('eq-support-button')!.updateComplete;
  }, scripts);
  await tab.getByRole('button', { name: 'Contact Support' }).waitFor();
  const after = await measure();
  await tab.close();
  assert.deepEqual(errors, []);
  return {
    shift: after.shift - before.shift,
    before: before.button satisfies Box,
    after: after.button satisfies Box,
    moved: after.after.top - before.after.top,
  };
}

declare global {
  interface Window {
    eqHydrationErrors: string[];
    eqShift: number;
  }
}
