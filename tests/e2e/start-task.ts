// Starting a guide the way the admin does: the side panel's "Anleitung starten" button, for the AdminCenter
// tab the side panel follows.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { extension, resetStorage, type Extension } from './harness';
import { practiceUrl } from '../../scripts/lib/browser.mjs';
import { reportedTabUrl } from '../../scripts/lib/guide.mjs';

/** `text` as a regular expression that matches it and nothing else ("Datenschutzbeauftragte(r)"). */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The background follows the AdminCenter tab whose page reported itself last (address, generation, Mandant):
 * wait until that is `page`, so that the side panel starts a guide for it.
 */
export async function followed(page: Page, ext?: Extension) {
  ext ??= await extension();
  await expect.poll(async () => (await reportedTabUrl(ext)) === (await page.evaluate(() => location.href)), { timeout: 10_000 }).toBe(true);
}

/**
 * Starts a task for the AdminCenter tab `page` (a guide runs in its own tab), with its button under "Alle Anleitungen";
 * in the shared browser unless `ext` names another.
 */
export async function startTask(title: string, page: Page, ext?: Extension) {
  ext ??= await extension();
  await followed(page, ext);
  const panel = await ext.context.newPage();
  await panel.goto(ext.extensionUrl('sidepanel.html'));
  // From "Alle Anleitungen": it lists every task, also those a shown checklist keeps behind "Mehr" ("Neu starten"
  // while it runs). The list folds itself when a checklist appears, so it is unfolded until the click gets through.
  const tasks = panel.locator('details.all-tasks');
  const start = tasks.getByRole('button', { name: new RegExp(`^Anleitung (neu )?starten: ${literally(title)}$`) });
  await expect.poll(async () => {
    if (!(await tasks.evaluate((d) => (d as HTMLDetailsElement).open))) await tasks.locator('summary').click();
    return start.click({ timeout: 1000 }).then(() => true, () => false);
  }, { timeout: 10_000 }).toBe(true);
  await expect.poll(() => panel.getByText(`Laufende Anleitung: ${title}`).count(), { timeout: 5000 }).toBe(1);
  await panel.close();
}

/** A fresh install and a practice AdminCenter page of that UI. */
export async function freshPage(ui: 'klassisch' | 'aktuell', route = 'neuigkeiten', query = ''): Promise<Page> {
  const ext = await extension();
  await resetStorage(ext);
  const page = await ext.context.newPage();
  await page.goto(practiceUrl(ui, route, { query }));
  return page;
}

/** A fresh install, a practice AdminCenter page of that UI, and the task started for it in the side panel. */
export async function openWithTask(ui: 'klassisch' | 'aktuell', title: string, route = 'neuigkeiten', query = ''): Promise<Page> {
  const page = await freshPage(ui, route, query);
  await startTask(title, page);
  return page;
}

export const UIS = ['klassisch', 'aktuell'] as const;
export { PNG } from './png';

/** The admin's own Impressum save in the practice AdminCenter (its Impressum view is open). */
export async function saveImpressum(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Impressum' }).fill(text);
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
}
