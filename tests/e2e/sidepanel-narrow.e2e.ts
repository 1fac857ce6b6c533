// The side panel as Chromium shows it, 360 px wide (and 300 px), with a full checklist: no horizontal scrolling
// in any state the admin can bring it into – groups and items unfolded, a guide running, Diagnose shown, a
// tenant with a long name picked – and the tenant switcher inside the panel.
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { extension, resetStorage } from './harness';
import { LONG_TENANT, expectFits, fitOf, realisticProgress, unfoldAll, type Fit } from './narrow-panel';
import { practiceUrl } from '../../scripts/lib/browser.mjs';

const fit = (panel: Page): Promise<Fit> => panel.evaluate(`(${fitOf})(window)`);

describe.each([360, 300])('side panel at %i px', (width) => {
  it('fits without horizontal scrolling, folded and unfolded, with a guide running and Diagnose shown', async () => {
    const ext = await extension();
    await resetStorage(ext);
    const progress = realisticProgress();
    await ext.worker.evaluate(async (value) => { await (globalThis as any).chrome.storage.local.set({ progress: value }); }, progress);
    const admin = await ext.context.newPage();
    await admin.goto(practiceUrl('aktuell', 'mandanten/6000101'));
    const panel = await ext.context.newPage();
    const fits = async (state: string) => expectFits(await fit(panel), `[Seitenleiste ${width} px, Chromium] ${state}`);
    await panel.setViewportSize({ width, height: 800 });
    await panel.goto(ext.extensionUrl('sidepanel.html'));
    await expect.poll(() => panel.getByRole('heading', { name: 'Freiberg', exact: true }).count(), { timeout: 5000 }).toBe(1);
    await expect.poll(() => panel.getByText(/Amt für Bürgerangelegenheiten/).count()).toBeGreaterThan(0);
    expect(await panel.getByRole('button', { name: /^Anleitung starten/ }).count()).toBe(1);
    await fits('Checkliste, wie sie sich öffnet');

    // The tenant switcher: inside the panel, every tenant's full name in its options.
    const switcher = panel.getByRole('combobox', { name: 'Mandant anzeigen' });
    const box = (await switcher.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(await switcher.locator('option').allTextContents()).toContain(`${LONG_TENANT} (admincenter.amt24.sachsen.de, Live)`);

    expect(await panel.evaluate(`(${unfoldAll})(window)`)).toBeGreaterThan(5);
    await expect.poll(() => panel.getByRole('textbox', { name: /^Notiz zu / }).count()).toBe(9);
    await fits('alle Gruppen, Punkte und Anleitungen aufgeklappt');

    // A guide running: its status line with its button.
    await panel.getByRole('button', { name: 'Anleitung starten: Datenschutzbeauftragte(r)' }).first().click();
    await expect.poll(() => panel.getByText(/^Laufende Anleitung: /).count()).toBe(1);
    await expect.poll(() => admin.locator('admincenter-wegweiser').getByRole('dialog').count(), { timeout: 5000 }).toBe(1);
    await fits('mit laufender Anleitung');

    // Diagnose: what the page shows, and the file ready to save.
    await panel.getByRole('button', { name: 'Seite prüfen' }).click();
    await expect.poll(() => panel.locator('.diagnose-seen').textContent(), { timeout: 5000 }).toContain('Laufende Anleitung');
    await panel.getByRole('button', { name: 'Diagnose speichern' }).click();
    await expect.poll(() => panel.getByRole('button', { name: 'Datei speichern' }).count(), { timeout: 5000 }).toBe(1);
    await fits('mit Diagnose');

    // The tenant with the longest name, picked in the switcher.
    await switcher.selectOption({ label: `${LONG_TENANT} (admincenter.amt24.sachsen.de, Live)` });
    await expect.poll(() => panel.getByRole('heading', { name: LONG_TENANT }).count()).toBe(1);
    await fits('Mandant mit langem Namen');
    const picked = (await switcher.boundingBox())!;
    expect(picked.x + picked.width).toBeLessThanOrEqual(width);
    await Promise.all([panel.close(), admin.close()]);
  });
});
