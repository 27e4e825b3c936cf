/**
 * Accessibility of the demo flow, as people use it: axe-core (WCAG 2.0–2.2 A/AA, which includes
 * the 24×24 px target size) on every view, a visible focus indicator on everything reachable with
 * Tab, live announcements of view changes and errors, and a keyboard-only run that files a case,
 * opens it from My Cases, closes it and reopens it — never touching the mouse.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startDemo, type Demo } from './harness.js';
import { caseNumber, fillDetails, toCollaborators, uniqueSubject } from './flows.js';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Focused {
  tag: string;
  text: string;
  label: string;
  outline: string;
  boxShadow: string;
  width: number;
  height: number;
}

/** The element with focus, through shadow roots, and how it is drawn. */
async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      tag: el.localName,
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
      label: el.getAttribute('aria-label') ?? el.id ?? '',
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      boxShadow: style.boxShadow,
      width: box.width,
      height: box.height,
    };
  });
}

/** Presses Tab until the focused element matches, like a person would; fails after `max` presses. */
async function tabTo(
  page: Page,
  match: (f: Focused) => boolean,
  what: string,
  max = 80,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now && match(now)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

const byText = (re: RegExp) => (f: Focused) => re.test(f.text);

describe('accessibility of the demo flow', () => {
  let demo: Demo;
  let browser: Browser;
  let axeSource: string;

  before(async () => {
    axeSource = await readFile(
      new URL('../../node_modules/axe-core/axe.min.js', import.meta.url),
      'utf8',
    );
    [demo, browser] = await Promise.all([startDemo(), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await demo?.dispose();
  });

  async function axe(page: Page, view: string, problems: string[]): Promise<void> {
    await page.waitForTimeout(300);
    if (!(await page.evaluate(() => 'axe' in window)))
      await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async (tags) => {
      const run = (
        window as unknown as {
          axe: {
            run: (
              c: unknown,
              o: unknown,
            ) => Promise<{
              violations: { id: string; help: string; nodes: { target: unknown }[] }[];
            }>;
          };
        }
      ).axe.run;
      const result = await run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map(
        (v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
      );
    }, AXE_TAGS);
    for (const v of violations) problems.push(`${view}: ${v}`);
  }

  test('every view of the flow passes axe (WCAG 2.2 A/AA, target size included)', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 850 } });
    const problems: string[] = [];
    await page.goto(demo.url);
    await axe(page, 'host page with the button', problems);
    await page.getByRole('button', { name: /Contact Support/ }).click();
    await page.locator('eq-support-launcher .centers').waitFor();
    await axe(page, 'launcher home', problems);
    await page.getByRole('button', { name: /Create a Case/ }).click();
    await page.getByLabel('Subject').waitFor();
    await axe(page, 'case form: details', problems);
    await page.getByRole('button', { name: 'Next' }).click();
    await axe(page, 'case form: validation errors', problems);
    await page.getByRole('radio', { name: 'Blocker' }).check();
    await page.locator('eq-case-form .incidents').waitFor();
    await axe(page, 'case form: Blocker', problems);
    const subject = uniqueSubject('Accessibility check');
    await fillDetails(page, subject);
    await toCollaborators(page);
    await axe(page, 'case form: collaborators', problems);
    await page.getByRole('button', { name: 'Next' }).click();
    const number = await caseNumber(page);
    await axe(page, 'case form: confirmation', problems);
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByRole('button', { name: /See My Cases/ }).click();
    await page.getByText(number).first().waitFor();
    await axe(page, 'my cases', problems);
    await page.getByText(number).first().click();
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await axe(page, 'case view', problems);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Contact Support/ }).click();
    await page.getByRole('button', { name: /Read Documentation/ }).click();
    await page.locator('eq-documentation [role=tab]').first().waitFor();
    await axe(page, 'documentation', problems);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Contact Support/ }).click();
    await page.getByRole('button', { name: 'My Settings' }).click();
    await page.locator('eq-support-launcher #language').waitFor();
    await axe(page, 'settings', problems);
    await page.setViewportSize({ width: 375, height: 740 });
    await axe(page, 'settings on a small screen', problems);
    assert.deepEqual(problems, []);
  });

  test('everything reachable with Tab in the dialog shows a visible focus indicator and is at least 24×24 px', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 850 } });
    await page.goto(demo.url);
    await page.getByRole('button', { name: /Contact Support/ }).click();
    await page.getByRole('button', { name: /Create a Case/ }).click();
    await page.getByLabel('Subject').waitFor();
    const problems: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (!f) continue;
      const key = `${f.tag} ${f.label} ${f.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const visible = !f.outline.startsWith('none') || f.boxShadow !== 'none';
      if (!visible) problems.push(`no visible focus: ${key}`);
      const inlineLink = f.tag === 'a';
      if (!inlineLink && f.tag !== 'h2' && (f.width < 24 || f.height < 24)) {
        problems.push(`target ${Math.round(f.width)}×${Math.round(f.height)}: ${key}`);
      }
    }
    assert.ok(seen.size > 15, `Tab reached ${seen.size} controls`);
    assert.deepEqual(problems, []);
  });

  test('the dialog title and live regions announce view changes and errors', async () => {
    const page = await browser.newPage();
    await page.goto(demo.url);
    await page.getByRole('button', { name: /Contact Support/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Contact Support' });
    await dialog.waitFor();
    await page.getByRole('button', { name: /See My Cases/ }).click();
    await page.getByRole('dialog', { name: 'My Cases' }).waitFor();
    assert.equal(
      await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.id;
      }),
      'title',
      'focus moves to the new title, so screen readers announce the view',
    );
    await page.getByRole('button', { name: 'Back' }).first().click();
    await page.getByRole('button', { name: /Create a Case/ }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    // The live region is there before the press; its text arrives with the next render.
    const status = page.locator('eq-case-form [role=status][aria-live=polite]').first();
    await status.filter({ hasText: /fields need attention/ }).waitFor();
  });

  test("a required field's name is its label, without the star: required says it", async () => {
    const page = await browser.newPage();
    await page.goto(demo.url);
    await page.getByRole('button', { name: /Contact Support/ }).click();
    await page.getByRole('button', { name: /Create a Case/ }).click();
    await page.getByLabel('Subject').waitFor();
    // Chromium's own accessibility tree: what a screen reader is given, pseudo-element text
    // included (Playwright's name computation leaves CSS content out).
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        role?: { value?: string };
        name?: { value?: string };
        properties?: { name: string; value: { value?: unknown } }[];
      }[];
    };
    const fields = nodes
      .filter((n) => n.properties?.some((p) => p.name === 'required' && p.value.value === true))
      .map((n) => `${n.role?.value ?? '?'}: ${n.name?.value ?? ''}`);
    assert.ok(fields.includes('textbox: Subject'), `required fields: ${fields.join(' | ')}`);
    assert.ok(fields.length >= 3, `required fields: ${fields.join(' | ')}`);
    for (const field of fields) assert.doesNotMatch(field, /\*/, 'the star is not read out');
    await page.close();
  });

  test('keyboard only: file a case, open it from My Cases, close it and reopen it', async () => {
    const page = await browser.newPage();
    await page.goto(demo.url);
    const subject = uniqueSubject('Keyboard only');
    await tabTo(page, byText(/^Contact Support/), 'the Contact Support button');
    await page.keyboard.press('Enter');
    await page.locator('eq-support-launcher .actions-grid').waitFor();
    await tabTo(page, byText(/^Create a Case/), 'Create a Case');
    await page.keyboard.press('Enter');
    await page.getByLabel('Subject').waitFor();
    await tabTo(
      page,
      (f) => f.tag === 'input' && f.label === 'priority-blocker',
      'the priority radios',
    );
    await page.keyboard.press('ArrowDown'); // Critical
    await tabTo(page, (f) => f.label === 'subject', 'Subject');
    await page.keyboard.type(subject);
    await tabTo(page, (f) => f.label === 'description', 'Description');
    await page.keyboard.type('Found and filed with the keyboard only.');
    await tabTo(page, (f) => f.label === 'typeId', 'Type');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, (f) => f.label === 'categoryId', 'Case Category');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, byText(/^Next$/), 'Next');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Add Collaborators' }).waitFor();
    await tabTo(page, byText(/^Next$/), 'Next (save)');
    await page.keyboard.press('Enter');
    const number = await caseNumber(page);
    await tabTo(page, byText(/^Finish$/), 'Finish');
    await page.keyboard.press('Enter');
    await tabTo(page, byText(/^See My Cases/), 'See My Cases');
    await page.keyboard.press('Enter');
    await page.getByText(number).first().waitFor();
    await tabTo(page, (f) => f.text.includes(number), `the row of case ${number}`);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await tabTo(page, byText(/^Close Case$/), 'Close Case');
    await page.keyboard.press('Enter');
    await tabTo(
      page,
      (f) => f.tag === 'input' && f.label.includes('close-reason'),
      'a close reason',
    );
    await page.keyboard.press('Space');
    await tabTo(page, byText(/^Confirm$/), 'Confirm (close)');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Reopen Case' }).waitFor();
    await tabTo(page, byText(/^Reopen Case$/), 'Reopen Case');
    await page.keyboard.press('Enter');
    await page.locator('#reopen-message').waitFor();
    await page.waitForTimeout(200);
    await tabTo(page, (f) => f.label === 'reopen-message', 'Your message');
    await page.keyboard.type('It happens again since this morning.');
    await tabTo(page, byText(/^Confirm$/), 'Confirm (reopen)');
    await page.keyboard.press('Enter');
    let status = '';
    for (let i = 0; i < 40 && status !== 'in_progress'; i++) {
      await page.waitForTimeout(250);
      const list = (await (await demo.api(`/cases?q=${number}`)).json()) as {
        items: { status: string }[];
      };
      status = list.items[0]?.status ?? '';
    }
    assert.equal(status, 'in_progress', 'the case was reopened');
  });
});
