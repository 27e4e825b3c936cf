/**
 * "Take a screenshot" with the browser's real screen capture: Chromium started with flags that
 * pick the demo's tab without a picker (the web-test-runner config cannot take flags per test
 * file, hence an end-to-end test). A case is filed from the demo's form with a screenshot in which
 * a Hide box was drawn; the file the reference API stored for the case is a PNG whose hidden
 * region is black. And where getDisplayMedia is missing the action is absent; where the person
 * refuses, the upload area says so and still takes files.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import {
  caseNumber,
  fillDetails,
  openCreateCase,
  toCollaborators,
  uniqueSubject,
} from './flows.js';
import { startDemo, type Demo } from './harness.js';

/** The demo page's title starts with this: the capture picks the tab by it. */
const TAB_TITLE = 'Maestro';

const CAPTURE_ARGS = [
  '--use-fake-ui-for-media-stream',
  '--enable-usermedia-screen-capturing',
  `--auto-select-tab-capture-source-by-title=${TAB_TITLE}`,
  `--auto-select-desktop-capture-source=${TAB_TITLE}`,
];

interface StoredCase {
  id: string;
  attachments: { name: string; contentType: string; url: string }[];
}

describe('Take a screenshot (real screen capture in Chromium)', () => {
  let demo: Demo;
  let browser: Browser;

  before(async () => {
    [demo, browser] = await Promise.all([
      startDemo(),
      chromium.launch({
        executablePath: findChromium(),
        args: [...CHROMIUM_ARGS, ...CAPTURE_ARGS],
        headless: true,
      }),
    ]);
  });
  after(async () => {
    await browser?.close();
    await demo?.dispose();
  });

  test('a case filed with an edited screenshot stores a PNG whose hidden region is black', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(demo.url);
    assert.match(await page.title(), new RegExp(`^${TAB_TITLE}`));
    await openCreateCase(page);
    const subject = uniqueSubject('Screenshot');
    await fillDetails(page, subject);

    await page.getByRole('button', { name: 'Take a screenshot' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit the screenshot' });
    await editor.waitFor();
    // A Hide box over the top-left quarter of the picture, by pointer drag.
    const stage = (await page.locator('eq-screenshot-editor canvas').boundingBox())!;
    await page.mouse.move(stage.x + stage.width * 0.1, stage.y + stage.height * 0.1);
    await page.mouse.down();
    await page.mouse.move(stage.x + stage.width * 0.25, stage.y + stage.height * 0.25);
    await page.mouse.move(stage.x + stage.width * 0.4, stage.y + stage.height * 0.4);
    await page.mouse.up();
    await page.getByRole('button', { name: 'Hide box 1' }).waitFor();
    await editor.getByRole('button', { name: 'Attach screenshot' }).click();
    await editor.waitFor({ state: 'detached' });
    await page
      .locator('eq-file-drop [part=file][data-state=done]')
      .filter({ hasText: /screenshot-\d{8}-\d{6}\.png/ })
      .waitFor({ timeout: 20_000 });

    await toCollaborators(page);
    await page.getByRole('button', { name: 'Next' }).click();
    const number = await caseNumber(page);

    const listed = (await (await demo.api(`/cases?q=${number}`)).json()) as {
      items: { id: string }[];
    };
    const stored = (await (await demo.api(`/cases/${listed.items[0]!.id}`)).json()) as StoredCase;
    assert.equal(stored.attachments.length, 1);
    const [file] = stored.attachments;
    assert.match(file!.name, /^screenshot-\d{8}-\d{6}\.png$/);
    assert.equal(file!.contentType, 'image/png');
    // The stored bytes, read back through the signed link, decoded by the page.
    const url = new URL(file!.url.replace(/^\/(?!api\/)/, '/api/'), demo.url).href;
    const bytes = Buffer.from(await (await fetch(url)).arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // No function declared inside: tsx would wrap it in a __name() the page does not have.
    const seen = await page.evaluate(async (base64) => {
      const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))]);
      const image = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { width: w, height: h } = image;
      // Inside the Hide box (10 %–40 % of each side), with a margin.
      const hidden = context.getImageData(w * 0.12, h * 0.12, w * 0.26, h * 0.26).data;
      let black = true;
      for (let i = 0; i < hidden.length; i += 4) {
        if (hidden[i] || hidden[i + 1] || hidden[i + 2] || hidden[i + 3] !== 255) black = false;
      }
      const outside = context.getImageData(w * 0.6, h * 0.6, w * 0.3, h * 0.3).data;
      let lit = 0;
      for (let i = 0; i < outside.length; i += 4) {
        if (outside[i]! + outside[i + 1]! + outside[i + 2]! > 0) lit++;
      }
      return { width: w, height: h, black, lit: lit / (outside.length / 4) };
    }, bytes.toString('base64'));
    assert.ok(seen.width >= 1280 && seen.width <= 2560, `width ${seen.width}`);
    assert.equal(seen.black, true, 'the hidden region is black');
    assert.ok(seen.lit > 0.9, 'the rest of the page is not black');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('without getDisplayMedia the action is absent; a refusal says so and the area still uploads', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      if (location.search === '?refuse') {
        navigator.mediaDevices.getDisplayMedia = () =>
          Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
      } else {
        Object.defineProperty(navigator.mediaDevices, 'getDisplayMedia', { value: undefined });
      }
    });
    const unhandled: string[] = [];
    page.on('pageerror', (error) => unhandled.push(error.message));
    await page.goto(demo.url);
    await openCreateCase(page);
    await page.locator('eq-file-drop input[type=file]').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Take a screenshot' }).count(), 0);

    await page.goto(`${demo.url}?refuse`);
    await openCreateCase(page);
    await page.getByRole('button', { name: 'Take a screenshot' }).click();
    // The alert region can be there before its text: wait for the text itself.
    await page
      .locator('eq-file-drop [role=alert]')
      .filter({
        hasText:
          /sharing the screen was refused or cancelled\. Attach a file or paste a screenshot instead/,
      })
      .waitFor();
    await page.locator('eq-file-drop input[type=file]').setInputFiles({
      name: 'console.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Uncaught TypeError: x is undefined'),
    });
    await page.locator('eq-file-drop [part=file][data-state=done]').waitFor({ timeout: 20_000 });
    assert.deepEqual(unhandled, []);
    await page.close();
  });
});
