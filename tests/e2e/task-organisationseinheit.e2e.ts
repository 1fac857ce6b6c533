// Guide 3.4 in real Chromium, both UI generations: only the highlights lead from the start page to a new,
// published Organisationseinheit with one E-Mail and one Telefon.
import { describe, it, expect, onTestFinished } from 'vitest';
import { card, followGuide } from './follow-guide';
import { WALKS } from './walks';
import { openWithTask, UIS } from './start-task';
import { checklistItem } from './progress';
import { cellTexts, rowsWith } from './grid';

// What the walk types: the OE's name and its first E-Mail and Telefon.
const { name: NAME, 'mail-kennung': MAIL, 'tel-kennung': TEL } = WALKS.organisationseinheit.inputs() as Record<string, string>;

describe.each(UIS)('Organisationseinheit, %s', (ui) => {
  it('from the start page to the published OE with E-Mail and Telefon', async () => {
    const page = await openWithTask(ui, 'Organisationseinheit anlegen und veröffentlichen');
    // Closed even on failure: a page left open would go on steering the shared guide state.
    onTestFinished(() => page.close());
    const acted = await followGuide(page, WALKS.organisationseinheit.inputs());
    // The menu group first (Organisationseinheiten), then its entry Organisationseinheiten.
    expect(acted).toEqual(['oe', 'oe', 'anlegen', 'name', 'speichern', 'kommunikation',
      'mail-neu', 'mail-kanal', 'mail-kennung', 'mail-ok', 'tel-neu', 'tel-kanal', 'tel-kennung', 'tel-ok', 'komm-speichern',
      'text', 'pflichtfelder', 'pflichtfelder', 'pflichtfelder', 'veroeffentlichen']);
    // Published: the drawer of the new OE shows the badge 1.0 (klassisch) / Version 1.0 (aktuell).
    // (its title: a heading in aktuell, a label styled as one in Vaadin 8)
    await expect.poll(() => page.getByText(NAME, { exact: true }).filter({ visible: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(ui === 'klassisch' ? '1.0' : 'Version 1.0', { exact: true }).filter({ visible: true }).count()).toBe(1);
    // Its Kommunikation holds exactly the E-Mail and the Telefon typed (the finished card closed first).
    await card(page).getByRole('button', { name: 'Beenden' }).click();
    await expect.poll(() => card(page).count()).toBe(0);
    await page.getByRole('button', { name: /^\W*Kommunikation$/ }).click();
    const rows = rowsWith(page, /^(E-Mail|Telefon|Fax)$/);
    const kanalUndKennung = async () => Promise.all((await rows.all()).map(async (row) => (await cellTexts(row)).filter((t) => /E-Mail|Telefon|Fax|@|\d{3}/.test(t)).slice(0, 2).join(' ')));
    await expect.poll(kanalUndKennung).toEqual([`E-Mail ${MAIL}`, `Telefon ${TEL}`]);
    // The checklist has the new OE, proven: published, with E-Mail and Telefon.
    await expect.poll(() => checklistItem(`oe:${NAME}`), { timeout: 5000 }).toMatchObject({ status: 'erledigt', decidedBy: 'seite', seen: { email: MAIL, telefon: TEL } });
  });
});
