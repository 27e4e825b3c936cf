/** The demo, driven in Chromium: a case filed through the page gets a number the API knows. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startDemo, type Demo } from './harness.js';

async function fillDetails(page: Page, subject: string): Promise<void> {
  await page.getByRole('radio', { name: 'Critical' }).check();
  await page.getByLabel('Subject').fill(subject);
  await page
    .getByLabel('Description')
    .fill('Delivery stopped yesterday at 10:00. Feature: delivery.');
  const type = page.getByLabel('Type', { exact: true });
  await type.selectOption({ index: 1 });
  await page.getByLabel('Case Category').selectOption({ index: 1 });
}

describe('demo (npm start)', () => {
  let demo: Demo;
  let browser: Browser;

  before(async () => {
    [demo, browser] = await Promise.all([startDemo(), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await demo?.dispose();
  });

  test('serves the API with its OpenAPI document next to the page', async () => {
    const doc = (await (await fetch(new URL('api/openapi.json', demo.url))).json()) as {
      openapi: string;
    };
    assert.equal(doc.openapi, '3.1.0');
    const unauthorized = await fetch(new URL('api/cases', demo.url));
    assert.equal(unauthorized.status, 401);
    assert.match(unauthorized.headers.get('Content-Type') ?? '', /problem\+json/);
  });

  test('files a case through the page and shows its number on the confirmation step', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(demo.url);
    await page.getByRole('button', { name: 'Report a problem with deal 12333' }).click();
    await fillDetails(page, 'Deal ID 12333 — no delivery for last 24 hours');
    assert.equal(
      await page.getByLabel('Deal ID').inputValue(),
      '12333',
      'the deal row prefills the Deal ID',
    );
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Add Collaborators' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    const numberLocator = page.locator('[part=case-number]');
    await numberLocator.waitFor({ state: 'visible', timeout: 15_000 });
    const number = ((await numberLocator.textContent()) ?? '').trim();
    assert.match(number, /^\d{8}$/);
    const listed = (await (await demo.api(`/cases?q=${number}`)).json()) as {
      items: { id: string; number: string }[];
    };
    assert.deepEqual(
      listed.items.map((c) => c.number),
      [number],
    );
    const kase = (await (await demo.api(`/cases/${listed.items[0]!.id}`)).json()) as {
      dealId?: string;
    };
    assert.equal(kase.dealId, '12333');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('keeps the draft, step included, across a reload', async () => {
    const page = await browser.newPage();
    await page.goto(demo.url);
    await fillDetails(page, 'Report Task ID 1254332 failed to load');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Add Collaborators' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Add Collaborators' }).waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
    assert.equal(
      await page.getByLabel('Subject').inputValue(),
      'Report Task ID 1254332 failed to load',
    );
    await page.close();
  });
});
