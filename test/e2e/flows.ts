/** What a person does in the demo, as reusable steps for the end-to-end tests. */
import type { Page } from 'playwright-core';
import type { Demo } from './harness.js';

export async function openCreateCase(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Contact Support/ }).click();
  await page.getByRole('button', { name: /Create a Case/ }).click();
  await page.getByLabel('Subject').waitFor();
}

export async function fillDetails(page: Page, subject: string): Promise<void> {
  await page.getByRole('radio', { name: 'Critical' }).check();
  await page.getByLabel('Subject').fill(subject);
  await page
    .getByLabel('Description')
    .fill('Delivery stopped yesterday at 10:00. Feature: delivery.');
  await page.getByLabel('Type', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Case Category').selectOption({ index: 1 });
}

/** From the details step to the saving click on the collaborators step. */
export async function toCollaborators(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { name: 'Add Collaborators' }).waitFor();
}

export async function caseNumber(page: Page): Promise<string> {
  const locator = page.locator('[part=case-number]');
  await locator.waitFor({ state: 'visible', timeout: 20_000 });
  return ((await locator.textContent()) ?? '').trim();
}

/** How many cases of the organization have `text` in their subject, according to the API. */
export async function countCases(demo: Demo, text: string): Promise<number> {
  const page = (await (
    await demo.api(`/cases?scope=organization&status=all&q=${encodeURIComponent(text)}`)
  ).json()) as {
    total: number;
  };
  return page.total;
}

export const uniqueSubject = (label: string) =>
  `${label} ${Math.random().toString(36).slice(2, 10)}`;
