/**
 * Faults, end to end against `npm start` (each test on a clean data directory): the network drops
 * during a save, the backend answers 500, the answer never arrives, clicks are doubled, the tab
 * is reloaded or closed, the backend restarts, many saves run at once. Nothing is lost; retrying
 * files exactly one case.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startDemo, type Demo } from './harness.js';
import {
  caseNumber,
  countCases,
  fillDetails,
  openCreateCase,
  toCollaborators,
  uniqueSubject,
} from './flows.js';

describe('faults', () => {
  let browser: Browser;
  let demo: Demo | undefined;

  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await demo?.dispose();
    demo = undefined;
  });

  async function start(query = ''): Promise<{ page: Page; demo: Demo }> {
    demo = await startDemo();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${demo.url}${query}`);
    return { page, demo };
  }

  const isSave = (url: string, method: string) =>
    method === 'POST' && new URL(url).pathname === '/api/cases';

  test('the network drops during the save: a specific error, everything kept, one case after retry', async () => {
    const { page, demo } = await start();
    const subject = uniqueSubject('Network drop');
    await openCreateCase(page);
    await fillDetails(page, subject);
    await page.locator('eq-file-drop input[type=file]').setInputFiles({
      name: 'third-party.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('date,impressions\n2026-11-01,1200\n'),
    });
    await page.getByText('Uploaded').first().waitFor();
    await toCollaborators(page);
    await page.route('**/api/cases', (route) =>
      isSave(route.request().url(), route.request().method())
        ? route.abort('internetdisconnected')
        : route.continue(),
    );
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Your case was not saved.').waitFor({ timeout: 20_000 });
    assert.match(
      (await page.locator('[part=save-error]').textContent()) ?? '',
      /cannot be reached/,
    );
    assert.equal(await countCases(demo, subject), 0);
    await page.getByRole('button', { name: 'Back' }).last().click();
    assert.equal(
      await page.getByLabel('Subject').inputValue(),
      subject,
      'the subject is still there',
    );
    await page.getByText('third-party.csv', { exact: true }).first().waitFor();
    await toCollaborators(page);
    await page.unroute('**/api/cases');
    await page.getByRole('button', { name: 'Retry' }).click();
    assert.match(await caseNumber(page), /^\d{8}$/);
    assert.equal(await countCases(demo, subject), 1);
  });

  test('the backend answers 500: a specific error, then one case after retry', async () => {
    const { page, demo } = await start();
    const subject = uniqueSubject('Server error');
    await openCreateCase(page);
    await fillDetails(page, subject);
    await toCollaborators(page);
    let refused = 0;
    await page.route('**/api/cases', (route) => {
      if (!isSave(route.request().url(), route.request().method())) return route.continue();
      refused += 1;
      return route.fulfill({
        status: 500,
        contentType: 'application/problem+json',
        body: JSON.stringify({ title: 'Internal server error', status: 500 }),
      });
    });
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Your case was not saved.').waitFor({ timeout: 20_000 });
    assert.match((await page.locator('[part=save-error]').textContent()) ?? '', /error 500/);
    assert.ok(refused >= 2, `the client retried the keyed save (${refused} attempts)`);
    await page.unroute('**/api/cases');
    await page.getByRole('button', { name: 'Retry' }).click();
    await caseNumber(page);
    assert.equal(await countCases(demo, subject), 1);
  });

  test('the answer never arrives (timeout) after the case was filed: the retry gets that same case', async () => {
    const { page, demo } = await start('?timeout=1500');
    const subject = uniqueSubject('Lost answer');
    await openCreateCase(page);
    await fillDetails(page, subject);
    await toCollaborators(page);
    await page.route('**/api/cases', async (route) => {
      if (!isSave(route.request().url(), route.request().method())) return route.continue();
      await route.fetch(); // the backend files the case…
      await new Promise(() => undefined); // …and its answer never reaches the page
    });
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Your case was not saved.').waitFor({ timeout: 30_000 });
    assert.match((await page.locator('[part=save-error]').textContent()) ?? '', /taking too long/);
    assert.equal(await countCases(demo, subject), 1, 'the backend has the case');
    await page.unroute('**/api/cases');
    await page.getByRole('button', { name: 'Retry' }).click();
    const number = await caseNumber(page);
    assert.equal(await countCases(demo, subject), 1, 'the retry did not file a second case');
    const listed = (await (await demo.api(`/cases?q=${encodeURIComponent(subject)}`)).json()) as {
      items: { number: string }[];
    };
    assert.equal(listed.items[0]?.number, number);
  });

  test('a double click and a triple click on the saving button file exactly one case each', async () => {
    const { page, demo } = await start();
    for (const clicks of [2, 3]) {
      const subject = uniqueSubject(`${clicks} clicks`);
      await openCreateCase(page);
      await fillDetails(page, subject);
      await toCollaborators(page);
      await page.getByRole('button', { name: 'Next' }).click({ clickCount: clicks });
      await caseNumber(page);
      assert.equal(await countCases(demo, subject), 1, `${clicks} clicks`);
      await page.getByRole('button', { name: 'Finish' }).click();
      await page.keyboard.press('Escape');
    }
  });

  test('a reload and a closed, reopened tab in the middle of the form restore the draft, step included', async () => {
    const { page, demo } = await start();
    const subject = uniqueSubject('Restore me');
    await openCreateCase(page);
    await fillDetails(page, subject);
    await toCollaborators(page);
    await page.reload();
    await page.getByRole('button', { name: /Contact Support/ }).click();
    await page.getByRole('button', { name: /Create a Case/ }).click();
    await page.getByRole('heading', { name: 'Add Collaborators' }).waitFor();
    const context = page.context();
    await page.close();
    const reopened = await context.newPage();
    await reopened.goto(demo.url);
    await reopened.getByRole('button', { name: /Contact Support/ }).click();
    await reopened.getByRole('button', { name: /Create a Case/ }).click();
    await reopened.getByRole('heading', { name: 'Add Collaborators' }).waitFor();
    await reopened.getByRole('button', { name: 'Back' }).last().click();
    assert.equal(await reopened.getByLabel('Subject').inputValue(), subject);
    await toCollaborators(reopened);
    await reopened.getByRole('button', { name: 'Next' }).click();
    await caseNumber(reopened);
    assert.equal(await countCases(demo, subject), 1);
  });

  test('the backend restarts between two actions: the data is there and the page recovers without a reload', async () => {
    const { page, demo } = await start();
    const first = uniqueSubject('Before restart');
    await openCreateCase(page);
    await fillDetails(page, first);
    await toCollaborators(page);
    await page.getByRole('button', { name: 'Next' }).click();
    const number = await caseNumber(page);
    await page.getByRole('button', { name: 'Finish' }).click();
    await demo.stop();
    // While the backend is down, My Cases shows an error with a way to retry.
    await page.getByRole('button', { name: /See My Cases/ }).click();
    await page
      .getByRole('button', { name: /Try again|Retry/ })
      .first()
      .waitFor({ timeout: 30_000 });
    await demo.restart();
    await page
      .getByRole('button', { name: /Try again|Retry/ })
      .first()
      .click();
    await page.getByText(number).first().waitFor({ timeout: 20_000 });
    // And a new case is filed after the restart, numbered after the first one.
    await page.keyboard.press('Escape');
    const second = uniqueSubject('After restart');
    await openCreateCase(page);
    await fillDetails(page, second);
    await toCollaborators(page);
    await page.getByRole('button', { name: 'Next' }).click();
    assert.equal(Number(await caseNumber(page)), Number(number) + 1);
  });

  test('50 concurrent saves with distinct keys from one page file 50 cases with 50 distinct numbers', async () => {
    const { page, demo } = await start();
    const tag = uniqueSubject('Concurrent');
    const numbers = await page.evaluate(async (subjectTag) => {
      const taxonomy = (await (
        await fetch('/api/taxonomy', { headers: { Authorization: 'Bearer demo-user-1' } })
      ).json()) as {
        caseTypes: { id: string; categories: { id: string }[] }[];
      };
      const type = taxonomy.caseTypes[0]!;
      const replies = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          fetch('/api/cases', {
            method: 'POST',
            headers: {
              Authorization: 'Bearer demo-user-1',
              'Content-Type': 'application/json',
              'Idempotency-Key': crypto.randomUUID(),
            },
            body: JSON.stringify({
              priority: 'low',
              subject: `${subjectTag} ${i}`,
              description: 'Concurrent save',
              typeId: type.id,
              categoryId: type.categories[0]!.id,
            }),
          }).then(async (r) => ({
            status: r.status,
            number: ((await r.json()) as { number?: string }).number,
          })),
        ),
      );
      return replies;
    }, tag);
    assert.deepEqual([...new Set(numbers.map((r) => r.status))], [201]);
    assert.equal(new Set(numbers.map((r) => r.number)).size, 50);
    assert.equal(await countCases(demo, tag), 50);
  });
});
