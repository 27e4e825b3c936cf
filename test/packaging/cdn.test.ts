/**
 * The CDN build from a plain HTML page with one `<script type="module">` tag: at load the page
 * pays for the button only; the launcher loads on hover, the dialog opens on click. Chunks are told
 * apart by what their source maps say they contain, not by their (hashed) names.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { startDiagnostics as StartDiagnostics } from '../../src/diagnostics/collector.js';
import type { reportError as ReportError } from '../../src/report-error.js';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { collectErrors, launchChromium } from './browser.js';
import { dist, ensureBuilt, SETUP, root } from './build.js';
import { startServer, type TestServer } from './server.js';

const cdnDir = join(dist, 'cdn');
const fixtures = join(root, 'test/packaging/fixtures');

/** A file of the CDN build, by its path under dist/cdn, with what it imports and contains. */
interface CdnFile {
  file: string;
  staticImports: string[];
  sources: string[];
}

async function readCdnBuild(): Promise<Map<string, CdnFile>> {
  const files = new Map<string, CdnFile>();
  const names = [
    'eq-support.js',
    ...(await readdir(join(cdnDir, 'chunks')))
      .filter((name) => name.endsWith('.js'))
      .map((name) => `chunks/${name}`),
  ];
  for (const file of names) {
    const code = await readFile(join(cdnDir, file), 'utf8');
    // Rolldown's tiny runtime chunk has no source map: it holds none of our sources.
    const map = JSON.parse(
      await readFile(join(cdnDir, `${file}.map`), 'utf8').catch(() => '{"sources":[]}'),
    ) as { sources: string[] };
    const staticImports = [
      ...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g),
    ]
      .map((m) => m[1]!)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => posix.normalize(posix.join(posix.dirname(file), spec)));
    files.set(file, { file, staticImports, sources: map.sources });
  }
  return files;
}

/** A file and everything it imports statically, transitively. */
function closure(files: Map<string, CdnFile>, start: string, into = new Set<string>()) {
  if (into.has(start)) return into;
  into.add(start);
  for (const dep of files.get(start)?.staticImports ?? []) closure(files, dep, into);
  return into;
}

function containing(files: Map<string, CdnFile>, pattern: RegExp): string[] {
  return [...files.values()]
    .filter((f) => f.sources.some((s) => pattern.test(s)))
    .map((f) => f.file);
}

/** Paths under /cdn/ of the JavaScript the page requested. */
function requestedScripts(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/cdn/') && path.endsWith('.js')) seen.push(path.slice('/cdn/'.length));
  });
  return seen;
}

describe('CDN build from a plain HTML page', () => {
  let server: TestServer;
  let browser: Browser;
  let files: Map<string, CdnFile>;

  before(async () => {
    await ensureBuilt();
    files = await readCdnBuild();
    server = await startServer({
      files: {
        '/': join(fixtures, 'cdn.html'),
        '/no-provider.html': join(fixtures, 'cdn-no-provider.html'),
      },
      dirs: { '/cdn/': cdnDir },
      // The pages hold nothing but the one script tag and markup, so no getToken: the API treats
      // requests without a token as demo-user-1's, like a host's same-origin session would.
      defaultToken: 'demo-user-1',
    });
    browser = await launchChromium(); // last: nothing is left open when a step before fails
  }, SETUP);
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the page has exactly one script tag', async () => {
    const html = await readFile(join(fixtures, 'cdn.html'), 'utf8');
    assert.deepEqual(html.match(/<script\b[^>]*>/g), [
      '<script type="module" src="/cdn/eq-support.js">',
    ]);
  });

  test('loads only the button at first; the launcher on hover; the dialog on click', async () => {
    const heavy = containing(
      files,
      /node_modules\/(zod|ky)\/|src\/components\/(launcher|case-form|case-list|case-view|documentation|article-suggest)\//,
    );
    const launcherChunks = containing(files, /src\/components\/launcher\/launcher\.component\.ts$/);
    const [providerChunk, ...others] = containing(
      files,
      /src\/context\/support-provider\.component\.ts$/,
    );
    assert.ok(heavy.length > 0 && launcherChunks.length === 1 && providerChunk && !others.length);
    // What may load before any interaction: the entry with its static imports, and the provider
    // (its tag is in the page, so the autoloader imports it at once) with its own.
    const allowed = closure(files, providerChunk, closure(files, 'eq-support.js'));
    assert.deepEqual(
      [...allowed].filter((file) => heavy.includes(file)),
      [],
      'no launcher, form, zod or ky code among the entry and provider imports',
    );

    const page = await browser.newPage();
    const errors = collectErrors(page);
    const scripts = requestedScripts(page);
    await page.goto(server.url, { waitUntil: 'networkidle' });
    await page.locator('eq-support-provider:defined').waitFor({ state: 'attached' });
    const trigger = page.getByRole('button', { name: 'Contact Support' });
    await trigger.waitFor();

    const atLoad = [...new Set(scripts)];
    assert.ok(atLoad.includes('eq-support.js'));
    assert.ok(atLoad.includes(providerChunk), 'the provider was autoloaded');
    assert.deepEqual(
      atLoad.filter((file) => !allowed.has(file)),
      [],
      `only the entry, the provider and their static imports at load (got ${atLoad.join(', ')})`,
    );

    const launcherLoaded = page.waitForResponse(
      (response) => new URL(response.url()).pathname === `/cdn/${launcherChunks[0]}`,
    );
    await trigger.hover();
    await launcherLoaded;
    assert.ok(!atLoad.includes(launcherChunks[0]!), 'the launcher was not loaded before hover');

    await trigger.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    for (const name of ['Create a Case', 'See My Cases', 'Read Documentation']) {
      await dialog.getByRole('button', { name }).waitFor();
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the button works on its own, with api-base and no provider', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(new URL('no-provider.html', server.url).href);
    await page.getByRole('button', { name: 'Contact Support' }).click();
    const dialog = page.getByRole('dialog');
    for (const name of ['Create a Case', 'Read Documentation']) {
      await dialog.getByRole('button', { name }).waitFor();
    }
    await dialog.getByRole('button', { name: 'See My Cases' }).click();
    // The person's cases, from the API through the button's own api-base.
    await page.locator('[part~="row"]').first().waitFor({ timeout: 15_000 });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('reportError() from cdn/report-error.js opens the form on the error, on a CDN-only page', async () => {
    // One small file of its own, with no imports: nothing of it is in the script tag's bytes.
    const code = await readFile(join(cdnDir, 'report-error.js'), 'utf8');
    assert.doesNotMatch(code, /\bimport\b/);
    assert.deepEqual(containing(files, /src\/report-error\.ts$/), []);
    console.log(`# cdn/report-error.js: ${gzipSync(code, { level: 9 }).length} B gzip`);

    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(new URL('no-provider.html', server.url).href);
    await page.getByRole('button', { name: 'Contact Support' }).waitFor();
    await page.evaluate(async () => {
      const url = '/cdn/report-error.js';
      const { reportError } = (await import(url)) as { reportError: typeof ReportError };
      const error = new TypeError('Deal 12333 shows no delivery');
      await reportError(error, { eventId: 'sentry-4711', context: { dealId: '12333' } });
    });
    const description = page.getByLabel('Description');
    await description.waitFor();
    assert.equal(await description.inputValue(), 'TypeError: Deal 12333 shows no delivery');
    assert.equal(await page.getByLabel('Deal ID').inputValue(), '12333');
    await page.getByRole('checkbox', { name: /Include diagnostics/ }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('startDiagnostics() from cdn/diagnostics.js: the form offers what it collected, redacted', async () => {
    const code = await readFile(join(cdnDir, 'diagnostics.js'), 'utf8');
    assert.doesNotMatch(code, /\bimport\b/);
    console.log(`# cdn/diagnostics.js: ${gzipSync(code, { level: 9 }).length} B gzip`);

    const page = await browser.newPage();
    const scripts = requestedScripts(page);
    await page.goto(new URL('no-provider.html', server.url).href);
    await page.getByRole('button', { name: 'Contact Support' }).waitFor();
    assert.ok(!scripts.includes('diagnostics.js'), 'not fetched unless the page imports it');
    await page.evaluate(async () => {
      const url = '/cdn/diagnostics.js';
      const { startDiagnostics } = (await import(url)) as {
        startDiagnostics: typeof StartDiagnostics;
      };
      startDiagnostics({ redact: [/Acme Corp/g] });
      console.error('Acme Corp budget sync failed, token=abc123');
      await fetch('/api/no-such-thing?deal=12333').catch(() => undefined);
    });
    await page.getByRole('button', { name: 'Contact Support' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Create a Case' }).click();
    const include = page.getByRole('checkbox', { name: /Include diagnostics/ });
    await include.check();
    const lines = page.locator('[part=diagnostics-review]');
    await lines.filter({ hasText: 'budget sync failed' }).waitFor();
    const text = (await lines.textContent()) ?? '';
    assert.match(text, /\[redacted\] budget sync failed, token=\[redacted\]/);
    assert.match(text, /GET http:\/\/[^ ]+\/api\/no-such-thing\?deal=\[redacted\] → 404/);
    assert.doesNotMatch(text, /Acme Corp|abc123|deal=12333/);
    await page.close();
  });
});
