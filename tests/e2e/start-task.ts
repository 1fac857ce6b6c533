// Starting a guide the way the admin does: the side panel's "Anleitung starten" button.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { extension, resetStorage } from './harness';
import { practiceUrl } from '../../scripts/lib/browser.mjs';

export async function startTask(title: string) {
  const ext = await extension();
  const panel = await ext.context.newPage();
  await panel.goto(ext.extensionUrl('sidepanel.html'));
  await panel.getByRole('button', { name: `Anleitung starten: ${title}` }).click();
  await expect.poll(() => panel.getByText(`Laufende Anleitung: ${title}`).count()).toBe(1);
  await panel.close();
}

/** A fresh install, the task started in the side panel, and a practice AdminCenter page of that UI. */
export async function openWithTask(ui: 'klassisch' | 'aktuell', title: string, route = 'neuigkeiten', query = ''): Promise<Page> {
  const ext = await extension();
  await resetStorage(ext);
  await startTask(title);
  const page = await ext.context.newPage();
  await page.goto(practiceUrl(ui, route, { query }));
  return page;
}

export const UIS = ['klassisch', 'aktuell'] as const;
export { PNG } from './png';

/** The admin's own Impressum save in the practice AdminCenter (its Impressum view is open). */
export async function saveImpressum(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Impressum' }).fill(text);
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
}
