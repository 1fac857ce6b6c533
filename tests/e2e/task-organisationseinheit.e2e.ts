// Guide 3.4 in real Chromium, both UI generations: only the highlights lead from the start page to a new,
// published Organisationseinheit with one E-Mail and one Telefon.
import { describe, it, expect, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import { card, followGuide } from './follow-guide';
import { WALKS } from './walks';
import { openWithTask, UIS } from './start-task';
import { checklistItem } from './progress';
import { cellNamed, cellTexts, rowsWith } from './grid';
import { addEntry, moveUp, removeEntry } from './kommunikation';

// What the walk types: the OE's name and its first E-Mail and Telefon.
const { name: NAME, 'mail-kennung': MAIL, 'tel-kennung': TEL } = WALKS.organisationseinheit.inputs() as Record<string, string>;
const TITLE = 'Organisationseinheit anlegen und veröffentlichen';
/** Another E-Mail the admin adds without saving: a personal address. */
const PERSONAL = 'max.mustermann@freiberg.de';
const marked = (page: Page) => page.locator('[data-wegweiser-target]');

describe.each(UIS)('Organisationseinheit, %s', (ui) => {
  it('from the start page to the published OE with E-Mail and Telefon', async () => {
    const page = await openWithTask(ui, TITLE);
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

  it('the first-entry warning follows unsaved edits at once, on every step; the checklist only what is stored', async () => {
    const page = await openWithTask(ui, TITLE);
    onTestFinished(() => page.close());
    await followGuide(page, WALKS.organisationseinheit.inputs(), { until: 'komm-speichern' });
    const text = () => card(page).textContent();
    const stored = async () => (await checklistItem(`oe:${NAME}`))?.seen;
    // Entered with an empty table: that is what is stored so far.
    await expect.poll(stored, { timeout: 5000 }).toMatchObject({ email: null, telefon: null });

    // Added, moved up, removed without saving: the card follows each edit at once.
    await addEntry(page, ui, 'E-Mail', PERSONAL);
    await expect.poll(text).toContain(`Nur der erste E-Mail-Eintrag („${MAIL}“)`);
    await moveUp(page, ui, PERSONAL);
    await moveUp(page, ui, PERSONAL);
    await expect.poll(text).toContain(`Nur der erste E-Mail-Eintrag („${PERSONAL}“)`);
    await expect.poll(text).toContain(`„${PERSONAL}“ geht an die Online-Antragsassistenten, wirkt aber persönlich`);
    await removeEntry(page, ui, PERSONAL);
    await expect.poll(text).not.toContain('Nur der erste');
    expect(await stored()).toMatchObject({ email: null, telefon: null });

    // Saved at the guide's target: now stored.
    await marked(page).click();
    await expect.poll(stored, { timeout: 5000 }).toMatchObject({ email: MAIL, telefon: TEL });
    await expect.poll(() => marked(page).getAttribute('data-wegweiser-target')).toBe('organisationseinheit/text');

    // Back in the Kommunikation later in the task: the card warns about the working copy there too.
    await page.getByRole('button', { name: /^\W*Kommunikation$/ }).click();
    await expect.poll(text).toContain('Schließen Sie zuerst diese Ansicht');
    await addEntry(page, ui, 'E-Mail', PERSONAL);
    await expect.poll(text).toContain(`Nur der erste E-Mail-Eintrag („${MAIL}“)`);
    await moveUp(page, ui, PERSONAL);
    await moveUp(page, ui, PERSONAL);
    await expect.poll(text).toContain(`Nur der erste E-Mail-Eintrag („${PERSONAL}“)`);
    expect(await stored()).toMatchObject({ email: MAIL, telefon: TEL });
    // Left without saving: nothing of it was stored, and the warning goes with the view.
    await page.getByRole('button', { name: 'Abbrechen', exact: true }).filter({ visible: true }).last().click();
    await expect.poll(text).not.toContain('Nur der erste');
    expect(await stored()).toMatchObject({ email: MAIL, telefon: TEL });
  });

  it('after saving, follows the OE created in the guide: another unpublished OE advances nothing, the card names ours', async () => {
    const page = await openWithTask(ui, TITLE);
    onTestFinished(() => page.close());
    await followGuide(page, WALKS.organisationseinheit.inputs(), { until: 'kommunikation' });
    const mine = `Diese Anleitung gilt für die Organisationseinheit „${NAME}“, die Sie angelegt haben. Öffnen Sie diese`;
    const mark = () => marked(page).getAttribute('data-wegweiser-target');
    // The marked element's text as shown (a Flow grid cell shows what is slotted into it).
    const markedText = () => marked(page).evaluate((el) => {
      const slot = el.querySelector('slot');
      return (slot ? slot.assignedNodes({ flatten: true }).map((n) => n.textContent).join(' ') : el.textContent) ?? '';
    });
    // The admin closes the drawer of ours (klassisch: →, aktuell: ×) and opens the Steueramt (also not published).
    await page.getByRole('button', { name: ui === 'klassisch' ? '\uf061' : 'Schließen', exact: true }).filter({ visible: true }).first().click();
    await expect.poll(() => markedText()).toContain(NAME);
    await cellNamed(page, 'Steueramt').click();
    await expect.poll(() => card(page).textContent()).toContain(mine);
    expect(await mark()).toBe('organisationseinheit/kommunikation');
    expect(await markedText()).not.toMatch(/Kommunikation/);
    // Even its Kommunikation counts for nothing: the card leads out of it.
    await page.getByRole('button', { name: /^\W*Kommunikation$/ }).click();
    await expect.poll(() => markedText()).toMatch(/Abbrechen/);
    expect(await mark()).toBe('organisationseinheit/kommunikation');
    await expect.poll(() => card(page).textContent()).toContain(mine);
    // Following the marks leads out of the Steueramt to the row of ours, where the guide goes on.
    const follow = async () => {
      const clicked = await marked(page).elementHandle();
      await clicked!.click();
      await expect.poll(() => marked(page).evaluate((el, before) => el !== before, clicked)).toBe(true);
    };
    await follow();
    await expect.poll(() => page.getByText(/^Kommunikation(en|skanäle) verwalten/).count()).toBe(0);
    await follow();
    await expect.poll(() => markedText()).toContain(NAME);
    await marked(page).click();
    await expect.poll(() => card(page).textContent()).not.toContain(mine);
    await expect.poll(() => markedText()).toMatch(/Kommunikation$/);
    expect(await mark()).toBe('organisationseinheit/kommunikation');
    await marked(page).click();
    await expect.poll(mark).toBe('organisationseinheit/mail-neu');
  });
});
