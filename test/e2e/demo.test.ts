/**
 * The demo, driven in Chromium as a person would: the button, the launcher, filing a case, finding
 * it in My Cases, and the deal-row shortcut. Also: nothing but the button loads before interaction,
 * and the validating proxy every end-to-end test runs through reports what breaks the document.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { buildOpenApiDocument } from '../../src/api/openapi.js';
import { PROXIED, launchChromium, startDemo, type Demo } from './harness.js';
import { caseNumber, fillDetails, openCreateCase, toCollaborators } from './flows.js';

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
    // The document the validating proxy checks against is this one.
    assert.deepEqual(doc, buildOpenApiDocument('/api'));
    const unauthorized = await fetch(`${demo.directApi}/cases`);
    assert.equal(unauthorized.status, 401);
    assert.match(unauthorized.headers.get('Content-Type') ?? '', /problem\+json/);
  });

  test(
    'the validating proxy reports requests and answers that break the OpenAPI document, and passes bytes unchanged',
    { skip: !PROXIED && 'E2E_PROXY=0' },
    async () => {
      assert.equal((await demo.api('/me')).status, 200);
      assert.deepEqual(demo.violations(), [], 'a valid request and answer');

      // Bytes pass unchanged: Prism alone reads a body as UTF-8 text (0x89 would become 3 bytes).
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const uploaded = await demo.api('/attachments', {
        method: 'POST',
        headers: {
          'Content-Type': 'image/png',
          'Content-Disposition': "attachment; filename*=UTF-8''console.png",
        },
        body: png,
      });
      assert.equal(uploaded.status, 201);
      assert.equal(((await uploaded.json()) as { size: number }).size, png.length);
      assert.deepEqual(demo.violations(), []);

      // A body the document refuses: Prism answers 422 and the API never sees it.
      const invalid = await demo.api('/cases', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'proxy-test' },
        body: JSON.stringify({ subject: 5 }),
      });
      assert.equal(invalid.status, 422);
      const [refused, ...others] = demo.violations();
      assert.deepEqual(others, []);
      assert.deepEqual([refused?.method, refused?.path, refused?.status], ['POST', '/cases', 422]);
      assert.ok(
        refused?.messages.some((m) => m.includes('request.body.subject')),
        refused?.messages.join('\n'),
      );

      // No bearer token: Prism answers 401 itself.
      assert.equal((await fetch(new URL('api/cases?limit=5', demo.url))).status, 401);
      assert.deepEqual(
        demo.violations().map((v) => [v.path, v.status, v.messages[0]?.split(':')[0]]),
        [['/cases?limit=5', 401, 'UNAUTHORIZED']],
      );

      // An answer that breaks the document (Prism is shown `email` as a number): replaced by 500.
      demo.proxy!.tamperWithAnswers((body, path) =>
        path === '/me' ? { ...(body as object), email: 42 } : body,
      );
      const broken = await demo.api('/me');
      demo.proxy!.tamperWithAnswers(undefined);
      assert.equal(broken.status, 500);
      const [wrong, ...more] = demo.violations();
      assert.deepEqual(more, []);
      assert.deepEqual([wrong?.path, wrong?.status], ['/me', 500]);
      assert.ok(
        wrong?.messages.some((m) => m.includes('response.body.email')),
        wrong?.messages.join('\n'),
      );
    },
  );

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

  test('a suggested article opens in the dialog\'s reading pane (article-target="dialog"), and Back returns to the form', async () => {
    const page = await browser.newPage();
    await page.goto(demo.url);
    await openCreateCase(page);
    await page.getByLabel('Subject').fill('Cannot access the Deals page');
    const suggestion = page.locator('eq-article-suggest [part=link]').first();
    await suggestion.waitFor();
    const title = ((await suggestion.textContent()) ?? '')
      .replace('(opens in a new tab)', '')
      .trim();
    let tabs = 0;
    page.context().on('page', () => tabs++);
    await suggestion.click();
    const article = page.locator('eq-documentation [part=article]');
    await article.waitFor();
    assert.match(
      (await article.locator('h3, h2').first().textContent()) ?? '',
      /Cannot access the Deals page/,
    );
    assert.ok(title.length > 0);
    assert.equal(tabs, 0, 'no tab opened on the (demo) help site');
    assert.equal(await page.locator('eq-documentation [part=help-link]').count(), 0);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByLabel('Subject').waitFor();
    assert.equal(await page.getByLabel('Subject').inputValue(), 'Cannot access the Deals page');
    await page.close();
  });

  test('a launcher chunk that failed to load is fetched again on the next press', async () => {
    const page = await browser.newPage();
    let refused = 0;
    await page.route(/\/chunks\/launcher-[\w-]+\.js$/, (route) =>
      refused++ === 0 ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.goto(demo.url);
    const button = page.getByRole('button', { name: /Contact Support/ });
    await button.click();
    await assert.rejects(
      page.getByRole('button', { name: /See My Cases/ }).waitFor({ timeout: 1500 }),
      'offline: no dialog',
    );
    await button.click();
    await page.getByRole('button', { name: /See My Cases/ }).waitFor();
    assert.ok(refused >= 2, 'the chunk was asked for again');
    await page.close();
  });

  test('on a phone the page does not overflow: the deals table scrolls in its own box', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(demo.url);
    const button = page.getByRole('button', { name: /Contact Support/ });
    await button.waitFor();
    const layout = await page.evaluate(() => {
      const table = document.querySelector('table.deals')!;
      const box = table.parentElement!;
      return {
        page: document.documentElement.scrollWidth,
        viewport: innerWidth,
        table: table.scrollWidth,
        box: box.clientWidth,
        boxScrolls: getComputedStyle(box).overflowX,
        description: document.querySelector('meta[name=description]')?.getAttribute('content'),
      };
    });
    assert.ok(layout.page <= layout.viewport, `the page is ${layout.page} px wide in 390`);
    assert.equal(layout.boxScrolls, 'auto', 'the table scrolls inside its box');
    const corner = await button.boundingBox();
    assert.ok(corner && corner.x + corner.width <= 390, `the button is on screen (${corner?.x})`);
    // Search engines and link previews get a description (Lighthouse SEO).
    assert.ok((layout.description ?? '').length > 50, 'a meta description');
    // The table's box scrolls by keyboard too (axe scrollable-region-focusable).
    assert.equal(await page.locator('.table-scroll').getAttribute('tabindex'), '0');
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
