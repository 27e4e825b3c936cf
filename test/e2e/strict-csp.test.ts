/**
 * The demo under a strict Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval') with
 * `require-trusted-types-for 'script'`: the whole flow works and not one violation is reported.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, startDemo, type Demo } from './harness.js';
import { caseNumber, fillDetails, toCollaborators, uniqueSubject } from './flows.js';

describe('strict Content-Security-Policy and Trusted Types', () => {
  let demo: Demo;
  let browser: Browser;

  before(async () => {
    assert.ok(
      process.env.DEMO_DIST,
      'run through `npm run test:e2e` (the strict page is served from the production build)',
    );
    [demo, browser] = await Promise.all([startDemo(), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await demo?.dispose();
  });

  test('the full flow works with zero CSP or Trusted Types violations', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = violations;
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
      );
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const response = await page.goto(`${demo.url}strict`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    assert.match(policy, /require-trusted-types-for 'script'/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);

    // Create a case with a file.
    await page.getByRole('button', { name: /Contact Support/ }).click();
    await page.getByRole('button', { name: /Create a Case/ }).click();
    const subject = uniqueSubject('Report Task ID 1254332 failed to load');
    await fillDetails(page, subject);
    await page.locator('eq-article-suggest a[href]').first().waitFor({ timeout: 15_000 });
    await page.locator('eq-file-drop input[type=file]').setInputFiles({
      name: 'console.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    });
    await page.getByText('Uploaded').first().waitFor();
    await toCollaborators(page);
    await page.getByRole('button', { name: 'Next' }).click();
    const number = await caseNumber(page);
    await page.getByRole('button', { name: 'Finish' }).click();

    // Find it in My Cases, open it, answer.
    await page.getByRole('button', { name: /See My Cases/ }).click();
    await page.getByText(number).first().click();
    await page
      .getByRole('form', { name: 'Add a message' })
      .getByLabel('Your message')
      .fill('More details: it fails every morning at 06:00.');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText('it fails every morning').first().waitFor();

    // Documentation: an article body goes through the inert parser (the eq-support policy).
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Contact Support/ }).click();
    await page.getByRole('button', { name: /Read Documentation/ }).click();
    await page.locator('eq-documentation [role=tab]').first().waitFor();
    await page
      .locator('eq-documentation a[href], eq-documentation button')
      .filter({ hasText: /report/i })
      .first()
      .click();
    await page.waitForTimeout(500);

    // Another language loads at runtime.
    await page.keyboard.press('Escape');
    await page.locator('#demo-lang').selectOption('fr');
    await page.waitForTimeout(500);

    const violations = await page.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    );
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  });
});
