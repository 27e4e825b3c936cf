/**
 * Every Storybook story, rendered in Chromium from a fresh static build: it renders without a
 * page error, and axe-core (WCAG 2.0/2.1/2.2 A and AA rules) finds no violation.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../demo/server/static-files.js';
import { launchChromium } from './harness.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

describe('Storybook stories', () => {
  let dir: string;
  let server: Server;
  let base: string;
  let browser: Browser;
  let stories: { id: string; title: string; name: string }[] = [];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'eq-storybook-'));
    const built = spawnSync('npx', ['storybook', 'build', '-o', dir, '--quiet'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    });
    assert.equal(built.status, 0, `storybook build failed:\n${built.stdout}\n${built.stderr}`);
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as {
      entries: Record<string, { id: string; title: string; name: string; type: string }>;
    };
    stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
    server = createServer(serveStatic({ dirs: { '/': dir } }));
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('there are stories for every element', () => {
    const titles = new Set(stories.map((s) => s.title));
    for (const title of ['Elements/Case form', 'Elements/Support button and launcher']) {
      assert.ok(titles.has(title), `${title} has stories (found: ${[...titles].join(', ')})`);
    }
    assert.ok(stories.length >= 20, `${stories.length} stories`);
  });

  test('every story renders without errors and passes axe (WCAG 2.2 A/AA)', async () => {
    const axe = await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
    const failures: string[] = [];
    const queue = [...stories];
    // Two pages at once: one per core.
    const worker = async () => {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      let errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      for (let story = queue.shift(); story; story = queue.shift()) {
        errors = [];
        await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
        await page.waitForFunction(
          () => document.querySelector('#storybook-root')?.childElementCount,
          null,
          {
            timeout: 15_000,
          },
        );
        // Let loaders, play functions and requests to the in-page backend settle.
        await page.waitForTimeout(700);
        await page.addScriptTag({ content: axe });
        const violations = await page.evaluate(async (tags) => {
          const result = await (
            window as unknown as {
              axe: {
                run: (
                  context: unknown,
                  options: unknown,
                ) => Promise<{ violations: AxeViolation[] }>;
              };
            }
          ).axe.run(document, { runOnly: { type: 'tag', values: tags } });
          return result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes
              .slice(0, 3)
              .map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
          }));
        }, AXE_TAGS);
        for (const v of violations) {
          failures.push(
            `${story.id}: ${v.id} (${v.impact}) ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target))}`,
          );
        }
        for (const error of errors) failures.push(`${story.id}: page error ${error}`);
      }
      await page.close();
    };
    await Promise.all([worker(), worker()]);
    assert.deepEqual(failures, [], `${failures.length} problem(s) in ${stories.length} stories`);
  });
});
