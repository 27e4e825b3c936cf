/** The demo, driven in Chromium: a case filed through the page gets a number the API knows. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, startDemo, type Demo } from './harness.js';

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
    await page.getByLabel('Type').locator('option').first().waitFor({ state: 'attached' });
    await page.getByLabel('Priority').selectOption('critical');
    await page.getByLabel('Subject').fill('Deal ID 12333 — no delivery for last 24 hours');
    await page
      .getByLabel('Description')
      .fill('Delivery stopped yesterday at 10:00. Feature: delivery.');
    await page.getByLabel('Deal ID').fill('12333');
    await page.getByRole('button', { name: 'Next' }).click();
    const numberLocator = page.getByTestId('case-number');
    await numberLocator.waitFor({ state: 'visible', timeout: 15_000 });
    const number = ((await numberLocator.textContent()) ?? '').trim();
    assert.match(number, /^\d{8}$/);
    const listed = (await (await demo.api(`/cases?q=${number}`)).json()) as {
      items: { number: string; dealId?: string }[];
    };
    assert.deepEqual(
      listed.items.map((c) => c.number),
      [number],
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('shows the backend field errors when the case is incomplete', async () => {
    const page = await browser.newPage();
    await page.goto(demo.url);
    await page.getByLabel('Type').locator('option').first().waitFor({ state: 'attached' });
    await page.getByLabel('Priority').selectOption('blocker');
    await page.getByLabel('Subject').fill('API unavailable');
    await page.getByLabel('Description').fill('Every call times out.');
    await page.getByRole('button', { name: 'Next' }).click();
    await page
      .getByText('technicalContact.name: Enter the name of the technical contact')
      .waitFor();
    await page.getByText('technicalContact.phone: Enter a phone number').waitFor();
    await page.close();
  });
});
