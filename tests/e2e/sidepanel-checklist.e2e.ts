// The side panel (opened as a tab) shows the checklist of the tenant in the last AdminCenter tab,
// updates live from what the page showed, takes the admin's own decisions, and the report lists the same.
import { describe, it, expect } from 'vitest';
import { extension, resetStorage } from './harness';
import { checklistItem } from './progress';
import { saveImpressum } from './start-task';
import { practiceUrl } from '../../scripts/lib/browser.mjs';

describe.each(['klassisch', 'aktuell'] as const)('side panel checklist, %s', (ui) => {
  it('ticks itself, follows the admin, and the report lists what the panel lists', async () => {
    const ext = await extension();
    await resetStorage(ext);
    const admin = await ext.context.newPage();
    await admin.goto(practiceUrl(ui, 'mandanten/6000101/impressum'));
    const panel = await ext.context.newPage();
    await panel.goto(ext.extensionUrl('sidepanel.html'));
    // The first page of a freshly started browser: its first pass may take longer than the default second.
    await expect.poll(() => panel.getByRole('heading', { name: 'Freiberg', exact: true }).count(), { timeout: 5000 }).toBe(1);
    expect(await panel.getByText('Entwicklungsumgebung').count()).toBeGreaterThan(0);
    const impressum = panel.getByRole('checkbox', { name: 'Impressum', exact: true });
    expect(await impressum.isChecked()).toBe(false);

    // The admin saves the Impressum in the AdminCenter: the open panel ticks it live, as the page's proof.
    await saveImpressum(admin, 'Stadt Freiberg, Obermarkt 24');
    await expect.poll(() => impressum.isChecked(), { timeout: 5000 }).toBe(true);
    const row = panel.getByRole('listitem').filter({ has: impressum });
    await expect.poll(() => row.textContent()).toContain('von der Seite bestätigt');
    expect(await row.textContent()).toContain('gespeichert mit Inhalt');
    // Its start button and "Nicht zutreffend" are behind "Mehr"; on top, the next step has the one start button.
    expect(await row.getByRole('button', { name: /^Anleitung starten/ }).count()).toBe(0);
    await row.getByRole('button', { name: 'Mehr zu Impressum' }).click();
    expect(await row.getByRole('button', { name: /^Anleitung starten/ }).count()).toBe(1);
    expect(await row.getByRole('textbox', { name: 'Notiz zu Impressum' }).count()).toBe(1);
    expect(await panel.getByRole('region', { name: 'Nächster Schritt' }).getByRole('button', { name: 'Anleitung starten: Datenschutzbeauftragte(r)' }).count()).toBe(1);

    // An OE seen in the AdminCenter becomes an item of its own.
    await admin.evaluate(() => { location.hash = '#!organisationseinheiten/6005095'; });
    await expect.poll(() => panel.getByRole('checkbox', { name: 'Organisationseinheit: Standesamt (Sachgebiet Personenstandswesen)' }).count(), { timeout: 5000 }).toBe(1);

    // By hand: the admin marks the Logo as done; that is shown as their decision.
    await panel.getByRole('checkbox', { name: 'Logo / Bild', exact: true }).check();
    await expect.poll(() => checklistItem('bild')).toMatchObject({ status: 'erledigt', decidedBy: 'admin' });
    await expect.poll(() => panel.getByRole('listitem').filter({ has: panel.getByRole('checkbox', { name: 'Logo / Bild' }) }).textContent()).toContain('von Ihnen abgehakt');

    // The report: every item of the panel, with the same status.
    // Groups with every item done are folded: their checkboxes count as well.
    const titles = (await panel.getByRole('checkbox', { includeHidden: true }).evaluateAll((boxes) => boxes.map((b) => [b.getAttribute('aria-label') ?? (b as HTMLInputElement).labels?.[0]?.textContent?.trim(), (b as HTMLInputElement).checked]))) as [string, boolean][];
    const [report] = await Promise.all([ext.context.waitForEvent('page'), panel.getByRole('button', { name: 'Bereitschaftsbericht öffnen' }).click()]);
    await expect.poll(() => report.getByRole('row').count()).toBe(titles.length + 1);
    for (const [title, checked] of titles) {
      const cells = await report.getByRole('row').filter({ has: report.getByRole('cell', { name: title, exact: true }) }).getByRole('cell').allTextContents();
      expect(cells[1], title).toMatch(checked ? /^(erledigt|nicht zutreffend)/ : /^offen/);
    }
    await report.close();
    await panel.close();
    await admin.close();
  });
});

describe('popup', () => {
  it("shows each tenant's progress as the side panel counts it, and the next step", async () => {
    const ext = await extension();
    await resetStorage(ext);
    const admin = await ext.context.newPage();
    await admin.goto(practiceUrl('klassisch', 'mandanten/6000101/impressum'));
    await saveImpressum(admin, 'Stadt Freiberg');
    await expect.poll(() => checklistItem('impressum'), { timeout: 5000 }).toMatchObject({ status: 'erledigt' });
    const popup = await ext.context.newPage();
    await popup.goto(ext.extensionUrl('popup.html'));
    await expect.poll(() => popup.getByText('Freiberg: 1 von 4 erledigt').count()).toBe(1);
    expect(await popup.getByText('Datenschutzbeauftragte(r) (Freiberg)').count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Anleitung fortsetzen' }).count()).toBe(1);
    const panel = await ext.context.newPage();
    await panel.goto(ext.extensionUrl('sidepanel.html'));
    await expect.poll(() => panel.getByText('1 von 4 erledigt').count()).toBe(1);
    await Promise.all([popup.close(), panel.close(), admin.close()]);
  });
});
