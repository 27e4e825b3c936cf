/**
 * The support dialog's layout on the demo page, in Chromium (issue 15, "Layout"): on a wide screen
 * My Cases, a case and the documentation grow to a second column (a case's actions on the right,
 * the documentation's list beside its reading pane), and a host may open the dialog as a side
 * sheet; on a phone (390 × 844) five cases show above the fold, the collaborators keep names and
 * addresses whole, and the focused field stays in view when the on-screen keyboard takes half the
 * screen. Also the home's notice of an unsent case, with Continue and Discard (then Undo).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startDemo, type Demo } from './harness.js';
import { openCreateCase, toCollaborators } from './flows.js';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function box(page: Page, selector: string): Promise<Box> {
  const locator = page.locator(selector).first();
  await locator.waitFor({ state: 'visible' });
  const found = await locator.boundingBox();
  assert.ok(found, `${selector} is shown`);
  return found;
}

async function openLauncher(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Contact Support/ }).click();
  await page.getByRole('button', { name: /See My Cases/ }).waitFor();
}

async function openMyCases(page: Page): Promise<void> {
  await openLauncher(page);
  await page.getByRole('button', { name: /See My Cases/ }).click();
  await page.locator('eq-case-list button.row').first().waitFor();
}

describe('layout of the support dialog', () => {
  let demo: Demo;
  let browser: Browser;

  before(async () => {
    [demo, browser] = await Promise.all([startDemo(), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await demo?.dispose();
  });

  test('wide screen: My Cases, a case and the documentation grow to two columns', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(demo.url);
    await openLauncher(page);
    const home = await box(page, 'eq-support-launcher dialog');
    assert.ok(home.width > 700 && home.width < 760, `the home stays 736 px wide (${home.width})`);

    await page.getByRole('button', { name: /See My Cases/ }).click();
    await page.locator('eq-case-list button.row').first().waitFor();
    const wide = await box(page, 'eq-support-launcher dialog');
    assert.ok(wide.width >= 1100, `My Cases grows to its documented maximum (${wide.width})`);

    await page.locator('eq-case-list button.row').first().click();
    await page.locator('eq-case-view [part=actions]').waitFor();
    const actions = await box(page, 'eq-case-view [part=actions]');
    const details = await box(page, 'eq-case-view [part=details]');
    assert.ok(
      actions.x >= details.x + details.width,
      `the actions are in a column right of the details (${actions.x} vs ${details.x + details.width})`,
    );
    assert.ok(actions.y < details.y + details.height, 'side by side, not below');

    await page.getByRole('button', { name: 'Close support' }).click();
    await openLauncher(page);
    await page.getByRole('button', { name: /Read Documentation/ }).click();
    await page.locator('eq-documentation [data-article-id]').first().click();
    // The reading pane shows "Loading the article…", then the article: wait for its title.
    await page.locator('eq-documentation #article-title').waitFor();
    const list = await box(page, 'eq-documentation .browse');
    const reader = await box(page, 'eq-documentation [part=article]');
    assert.ok(reader.x >= list.x + list.width, 'the reading pane is beside the list');
    assert.ok(reader.y < list.y + list.height, 'side by side, not below');
    await page.close();
  });

  test('side sheet: dialog-placement="end" opens a full-height panel at the inline end', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(demo.url);
    await page
      .locator('eq-support-button')
      .evaluate((b) => b.setAttribute('dialog-placement', 'end'));
    await openMyCases(page);
    const sheet = await box(page, 'eq-support-launcher dialog');
    assert.equal(Math.round(sheet.x + sheet.width), 1280, 'at the right edge');
    assert.equal(Math.round(sheet.y), 0);
    assert.equal(Math.round(sheet.height), 800, 'full height');
    assert.ok(sheet.width >= 500 && sheet.width <= 560, `36em wide (${sheet.width})`);
    await page.getByRole('button', { name: 'Close support' }).click();

    // Read each time the dialog opens: "start" puts it at the left edge (of a left-to-right page).
    await page
      .locator('eq-support-button')
      .evaluate((b) => b.setAttribute('dialog-placement', 'start'));
    await openLauncher(page);
    const start = await box(page, 'eq-support-launcher dialog');
    assert.equal(Math.round(start.x), 0, 'at the left edge');
    await page.close();
  });

  test('phone 390×844: five cases above the fold, the filters folded into one button', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(demo.url);
    await openMyCases(page);
    const rows = await page.locator('eq-case-list button.row').all();
    const bottoms = await Promise.all(rows.map(async (r) => (await r.boundingBox())?.y ?? 9999));
    const heights = await Promise.all(rows.map(async (r) => (await r.boundingBox())?.height ?? 0));
    const above = bottoms.filter((y, i) => y + heights[i]! <= 844).length;
    assert.ok(above >= 5, `${above} cases fully above the fold`);
    const toggle = page.getByRole('button', { name: 'Filters' });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('eq-case-list #status').isVisible(), false);
    await toggle.click();
    assert.equal(await page.locator('eq-case-list #status').isVisible(), true);
    await page.close();
  });

  test('phone: the collaborators keep names and addresses whole', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(demo.url);
    await openCreateCase(page);
    await page.getByRole('radio', { name: 'Critical' }).check();
    await page.getByLabel('Subject').fill('Collaborators on a phone');
    await page.getByLabel('Description').fill('Delivery stopped yesterday at 10:00.');
    await page.getByLabel('Type', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Case Category').selectOption({ index: 1 });
    await toCollaborators(page);
    await page.locator('eq-case-form table.contacts tbody td').first().waitFor();
    // Every word of a name, an address or a job title is on one line (one box per word).
    const broken = await page.locator('eq-case-form').evaluate((form) => {
      const cells = form.shadowRoot!.querySelectorAll('table.contacts tbody td:not(:first-child)');
      const split: string[] = [];
      for (const cell of cells) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            if (range.getClientRects().length > 1) split.push(match[0]);
          }
        }
      }
      return split;
    });
    assert.deepEqual(broken, [], 'no word broken across lines');
    const page390 = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(page390 <= 390, 'nothing wider than the screen');
    await page.close();
  });

  test('phone: with the on-screen keyboard up, the dialog fits what is left and the focused field stays in view', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(demo.url);
    await openCreateCase(page);
    const description = page.getByLabel('Description');
    await description.scrollIntoViewIfNeeded();
    await description.focus();
    // The keyboard takes the lower half: the visual viewport shrinks to 400 px.
    await page.setViewportSize({ width: 390, height: 400 });
    await page.waitForFunction(() => {
      const dialog = document
        .querySelector('eq-support-button')!
        .shadowRoot!.querySelector('eq-support-launcher')!
        .shadowRoot!.querySelector('dialog')!;
      return Math.round(dialog.getBoundingClientRect().height) === 400;
    });
    // Clear of a notch and the home bar: the full-screen dialog pads by the safe-area insets
    // (zero in headless Chromium, so the rule itself is checked).
    const safeAreas = await page.evaluate(() =>
      [
        ...document
          .querySelector('eq-support-button')!
          .shadowRoot!.querySelector('eq-support-launcher')!.shadowRoot!.adoptedStyleSheets,
      ].some((sheet) =>
        [...sheet.cssRules].some(
          (rule) =>
            rule.cssText.includes('max-width: 640px') &&
            ['top', 'right', 'bottom', 'left'].every((side) =>
              rule.cssText.includes(`env(safe-area-inset-${side})`),
            ),
        ),
      ),
    );
    assert.ok(safeAreas, 'the phone dialog pads by env(safe-area-inset-*)');
    const field = await description.boundingBox();
    assert.ok(field, 'the description is shown');
    assert.ok(field.y >= 0 && field.y + 20 <= 400, `the focused field is in view (${field.y})`);
    await page.close();
  });

  test('the home says when an unsent case is waiting: Continue, or Discard with Undo', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(demo.url);
    await openCreateCase(page);
    await page.getByLabel('Subject').fill('Half-written on Friday');
    await page.getByRole('button', { name: /Back — your draft is kept/ }).click();
    const notice = page.locator('eq-support-launcher [part=draft-notice]');
    await notice.waitFor();
    assert.match(
      (await notice.textContent()) ?? '',
      /An unsent case is waiting\.\s*Half-written on Friday/,
    );

    await notice.getByRole('button', { name: 'Discard' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    assert.match((await notice.textContent()) ?? '', /The unsent case was discarded\./);
    assert.equal(
      await page.evaluate(() => Object.keys(localStorage).some((k) => k.includes('case-draft'))),
      false,
      'the draft is gone from storage',
    );
    await page.getByRole('button', { name: 'Undo' }).click();
    await notice.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Subject').waitFor();
    assert.equal(await page.getByLabel('Subject').inputValue(), 'Half-written on Friday');
    await page.close();
  });
});
