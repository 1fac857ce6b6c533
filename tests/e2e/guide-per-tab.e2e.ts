// A guide per tab in real Chromium: two AdminCenter tabs with two tenants each run their own task, started
// from the side panel for the tab it follows; a third tab of the same tenant shows none; closing a tab ends
// its guide only.
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { extension } from './harness';
import { card } from './follow-guide';
import { followed, freshPage, startTask } from './start-task';
import { practiceUrl } from '../../scripts/lib/browser.mjs';

const marked = (page: Page) => page.locator('[data-wegweiser-target]');
/** The marked element's value, with the tab in front (as the admin looks at it; a tab behind may draw late). */
async function markOf(page: Page) {
  await page.bringToFront();
  return marked(page).getAttribute('data-wegweiser-target', { timeout: 1000 }).catch(() => null);
}
const cardText = (page: Page) => card(page).textContent({ timeout: 1000 }).catch(() => null);

/** The stored guides, whatever their tab ids: task and step. */
async function storedGuides() {
  const ext = await extension();
  const guides = await ext.worker.evaluate(async () => (await (globalThis as any).chrome.storage.session.get('guides')).guides ?? {});
  return Object.values(guides as Record<string, { taskId: string; step: number }>).map((g) => `${g.taskId}@${g.step}`).sort();
}

describe('a guide per tab', () => {
  it('two tenants in two tabs, each with its own task; a third tab shows none; closing a tab ends its guide only', async () => {
    const ext = await extension();
    const freiberg = await freshPage('aktuell');
    await startTask('Impressum', freiberg);
    const lra = await ext.context.newPage();
    await lra.goto(practiceUrl('klassisch', 'mandanten', { query: 'tenant=Landratsamt%20Mittelsachsen' }));
    await startTask('Datenschutzbeauftragte(r)', lra);

    // Each tab shows its own task only.
    await expect.poll(() => markOf(freiberg)).toBe('impressum/mandanten');
    await expect.poll(() => markOf(lra)).toBe('datenschutz/mandant');
    expect(await cardText(freiberg)).toMatch(/Impressum · Schritt 1 von/);
    expect(await cardText(lra)).toMatch(/Datenschutzbeauftragte\(r\) · Schritt 2 von/);
    await expect.poll(storedGuides).toEqual(['datenschutz@1', 'impressum@0']);

    // The side panel shows the guide of the tab it follows: the one the admin comes back to (headless
    // Chromium keeps every page visible, so the browser's event on switching tabs is given by hand).
    const panel = await ext.context.newPage();
    await panel.goto(ext.extensionUrl('sidepanel.html'));
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/^Laufende Anleitung: Datenschutzbeauftragte\(r\) – Schritt 2 von/);
    await freiberg.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await followed(freiberg);
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/^Laufende Anleitung: Impressum – Schritt 1 von/);

    // Each advances on its own: the admin opens the Mandanten in one tab, the Mandant in the other.
    await freiberg.evaluate(() => { location.hash = '#!mandanten'; });
    await expect.poll(() => markOf(freiberg)).toBe('impressum/mandant');
    expect(await markOf(lra)).toBe('datenschutz/mandant');
    await marked(lra).click();
    await expect.poll(() => markOf(lra)).toBe('datenschutz/mandant-datenschutz');
    expect(await markOf(freiberg)).toBe('impressum/mandant');
    await expect.poll(storedGuides).toEqual(['datenschutz@2', 'impressum@1']);

    // A third tab of Freiberg's tenant neither shows nor advances Freiberg's guide, nor does the side panel
    // that follows it show one.
    const third = await ext.context.newPage();
    await third.goto(practiceUrl('aktuell', 'mandanten/6000101'));
    await followed(third);
    await third.bringToFront();
    await expect.poll(() => panel.getByTestId('adminCenterStatus').textContent()).toContain('aktuelle Oberfläche');
    await expect.poll(() => panel.getByRole('heading', { name: 'Freiberg', exact: true }).count()).toBe(1);
    // The panel has moved to the third tab: Freiberg's running guide is gone from it (the status above reads the same).
    await expect.poll(() => panel.getByText(/Laufende Anleitung/).count()).toBe(0);
    // The third tab asked for its guide before it reported itself, so by now it has its answer: none.
    expect(await card(third).count()).toBe(0);
    expect(await marked(third).count()).toBe(0);
    expect(await storedGuides()).toEqual(['datenschutz@2', 'impressum@1']);
    await panel.close();

    // Closing Freiberg's tab ends its guide; the Landratsamt's goes on.
    await freiberg.close();
    await expect.poll(storedGuides).toEqual(['datenschutz@2']);
    await marked(lra).click();
    await expect.poll(() => markOf(lra)).toBe('datenschutz/angaben');
    expect(await cardText(lra)).toMatch(/Datenschutzbeauftragte\(r\) · Schritt 4 von/);
    await third.bringToFront();
    expect(await card(third).count()).toBe(0);
    await Promise.all([lra.close(), third.close()]);
  });
});
