/**
 * The demo, driven in Chromium as a person would: the button, the launcher, filing a case, finding
 * it in My Cases, and the deal-row shortcut. Also: nothing but the button loads before interaction.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, startDemo, type Demo } from './harness.js';
import { caseNumber, fillDetails, toCollaborators } from './flows.js';

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

  test('button → Create a Case → case filed → See My Cases shows it', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(demo.url);
    await page.getByRole('button', { name: /Contact Support/ }).click();
    await page.getByRole('dialog', { name: 'Contact Support' }).waitFor();
    await page.getByRole('button', { name: /Create a Case/ }).click();
    await fillDetails(page, 'Deal ID 12333 — no delivery for last 24 hours');
    await toCollaborators(page);
    await page.getByRole('button', { name: 'Next' }).click();
    const number = await caseNumber(page);
    assert.match(number, /^\d{8}$/);
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByRole('button', { name: /See My Cases/ }).click();
    await page.getByText(number).first().waitFor({ timeout: 15_000 });
    const listed = (await (await demo.api(`/cases?q=${number}`)).json()) as {
      items: { number: string }[];
    };
    assert.deepEqual(
      listed.items.map((c) => c.number),
      [number],
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the deal-row shortcut opens the form with the Deal ID prefilled and locked', async () => {
    const page = await browser.newPage();
    await page.goto(demo.url);
    await page.getByRole('button', { name: 'Contact support about deal 48810' }).click();
    const dealId = page.getByLabel('Deal ID');
    await dealId.waitFor();
    assert.equal(await dealId.inputValue(), '48810');
    assert.equal(await dealId.getAttribute('readonly'), '');
    await page.close();
  });

  test('keeps the draft, step included, across a reload', async () => {
    const page = await browser.newPage();
    await page.goto(demo.url);
    await page.getByRole('button', { name: /Contact Support/ }).click();
    await page.getByRole('button', { name: /Create a Case/ }).click();
    await fillDetails(page, 'Report Task ID 1254332 failed to load');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Add Collaborators' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: /Contact Support/ }).click();
    await page.getByRole('button', { name: /Create a Case/ }).click();
    await page.getByRole('heading', { name: 'Add Collaborators' }).waitFor();
    await page.getByRole('button', { name: 'Back' }).last().click();
    assert.equal(
      await page.getByLabel('Subject').inputValue(),
      'Report Task ID 1254332 failed to load',
    );
    await page.close();
  });
});
