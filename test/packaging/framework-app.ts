/**
 * Framework host apps (Vue, Svelte) in a project made from the packed tarball: built by the
 * fixture's own vite.config.js, the case filed through them in Chromium, and the framework's type
 * checker run over them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { root } from './build.js';
import type { TestServer } from './server.js';

/** `vite build` of `dir` with its own vite.config.js, as its owner runs it: the built site. */
export async function buildWithOwnConfig(dir: string): Promise<string> {
  const outDir = join(dir, 'dist');
  await build({
    root: dir,
    configFile: join(dir, 'vite.config.js'),
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: {
        onwarn(warning, warn) {
          // `import 'eq-support'` takes every element eagerly, so the launcher's lazy imports
          // of the same modules cannot split: expected for this entry point, not a problem.
          if (warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return;
          warn(warning);
        },
      },
    },
  });
  return outDir;
}

/**
 * Files a case through the app's `<eq-case-form>` (prefilled with deal ID 12333) and checks what
 * the host app rendered from the form's events: `#created` (the number from `eq-case-created`)
 * and `#steps` (each `eq-step-change`). Returns the case number.
 */
export async function fileCase(page: Page, server: TestServer): Promise<string> {
  await page.getByRole('radio', { name: 'Critical' }).check();
  await page.getByLabel('Subject').fill('Deal ID 12333 — no delivery for last 24 hours');
  await page
    .getByLabel('Description')
    .fill('Delivery stopped yesterday at 10:00. Feature: delivery.');
  await page.getByLabel('Type', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Case Category').selectOption({ index: 1 });
  assert.equal(await page.getByLabel('Deal ID').inputValue(), '12333', 'dealId property');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { name: 'Add Collaborators' }).waitFor();
  await page.getByRole('button', { name: 'Next' }).click();

  // Written by the app from its eq-case-created handler.
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
  return number;
}

export interface CheckRun {
  status: number | null;
  output: string;
}

/** Runs a checker installed here (node_modules/.bin/<name>) in `cwd`. */
export function runChecker(name: string, args: string[], cwd: string): CheckRun {
  const run = spawnSync(join(root, 'node_modules/.bin', name), args, { cwd, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
