// Guide 4 in real Chromium, both UI generations: only the highlights lead to wartungsmodus = false.
import { describe, it, expect, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import { ACT, card, followGuide } from './follow-guide';
import { WALKS } from './walks';
import { openWithTask, UIS } from './start-task';
import { checklistItem } from './progress';
import { cellNamed, cellTexts, rowsWith } from './grid';

const TITLE = 'Wartungsmodus ausschalten';
const marked = (page: Page) => page.locator('[data-wegweiser-target]');
/** The dimmed page with its cutout exists only around a found target. */
const cutouts = (page: Page) => page.evaluate(() => document.querySelector('admincenter-wegweiser')?.shadowRoot?.querySelectorAll('svg.cutout').length ?? -1);

/** The value the parameter table shows for the row named exactly wartungsmodus. */
async function wartungsmodusValue(page: Page): Promise<string> {
  // klassisch: Name | Beschreibung | Wert / Typ | edit; aktuell: Name | Beschreibung | Wert | Typ
  return (await cellTexts(rowsWith(page, 'wartungsmodus')))[2];
}

describe.each(UIS)('Wartungsmodus ausschalten, %s', (ui) => {
  it('from the start page to wartungsmodus = false', async () => {
    const page = await openWithTask(ui, TITLE);
    const acted = await followGuide(page, WALKS.wartungsmodus.inputs());
    // The menu group first (Zuständigkeitsfinder), then its entry Prozesse.
    expect(acted).toEqual(ui === 'klassisch'
      ? ['prozesse', 'prozesse', 'prozess', 'aktivieren', 'parameter', 'zeile', 'wert', 'uebernehmen', 'speichern']
      : ['prozesse', 'prozesse', 'prozess', 'aktivieren', 'zeile', 'wert', 'uebernehmen', 'speichern']);
    const saved = ui === 'klassisch' ? 'Der Prozess wurde aktiviert. Die Prozessparameter wurden gespeichert.' : 'Die Prozessparameter wurden gespeichert.';
    await expect.poll(() => page.getByText(saved).count()).toBe(1);
    // Read at the admin's own click on Speichern: the checklist shows the process done.
    await expect.poll(() => checklistItem('prozess:KOMM24Hundesteueranmeldung'), { timeout: 5000 }).toMatchObject({ status: 'erledigt', seen: { wartungsmodus: 'false' } });
    await expect.poll(() => card(page).getByRole('heading').textContent()).toContain('erledigt');
    await card(page).getByRole('button', { name: 'Beenden' }).click();
    await expect.poll(() => card(page).count()).toBe(0);

    // Reopen the parameters of the process and read the table.
    if (ui === 'klassisch') {
      await page.getByRole('button', { name: /^\W*Prozess aktivieren$/ }).click();
      await page.getByRole('tab', { name: '2. Prozessparameter', exact: true }).click();
    } else {
      await page.getByRole('button', { name: 'Prozessparameter', exact: true }).click();
    }
    await expect.poll(() => wartungsmodusValue(page)).toBe('false');
    await page.close();
  });

  it('without the right: no Prozesse in the menu, the card says why and marks nothing', async () => {
    const page = await openWithTask(ui, TITLE, 'neuigkeiten', 'prozessrecht=0');
    // The guide points at the menu group; opened, it shows no `Prozesse`.
    await expect.poll(() => marked(page).getAttribute('data-wegweiser-target')).toBe('wartungsmodus/prozesse');
    await expect.poll(() => marked(page).textContent()).toContain('Zuständigkeitsfinder');
    await marked(page).click();
    // klassisch: an entry of the opened menu; aktuell: a link of the side navigation
    await expect.poll(() => page.getByRole(ui === 'klassisch' ? 'menuitem' : 'link', { name: /^\W*Leistungen$/ }).count()).toBe(1);
    const where = ui === 'klassisch' ? 'Benutzerverwaltung → Benutzergruppen' : 'Benutzer → Benutzergruppen';
    await expect.poll(() => card(page).textContent()).toContain(`Ihnen fehlt das Recht „Mandantenredakteur Prozessparameter und -integration“ – prüfen Sie unter ${where}`);
    await expect.poll(() => card(page).textContent()).toContain('Ich finde „Prozesse“ auf dieser Seite nicht.');
    expect(await marked(page).count()).toBe(0);
    expect(await cutouts(page)).toBe(0);
    await page.close();
  });
});

describe.each(UIS)('Wartungsmodus ausschalten, %s: another parameter opened', (ui) => {
  it('counts for nothing: the card says which parameter is open and leads back to wartungsmodus', async () => {
    const page = await openWithTask(ui, TITLE, `prozesse/3901/${ui === 'klassisch' ? 'aktivieren' : 'prozessparameter'}`);
    onTestFinished(() => page.close());
    const mark = () => marked(page).getAttribute('data-wegweiser-target');
    const other = 'Geöffnet ist der Parameter „wartungsmodusNutzer“ – diese Anleitung gilt für „wartungsmodus“.';
    // Following the marks to the value of wartungsmodus.
    await followGuide(page, {}, { until: 'wert' });
    // The admin opens wartungsmodusNutzer instead (klassisch: cancels this dialog, then its edit button; aktuell: its
    // row) and types false there. Clicked as a person clicks: a step card lying over a button would take the click,
    // and Playwright refuses it (the test fails after 5 s).
    if (ui === 'klassisch') {
      const dialogs = () => page.getByText(/^Prozessparameter für den Prozess/).count();
      await page.getByRole('button', { name: 'Abbrechen', exact: true }).filter({ visible: true }).last().click(ACT);
      await expect.poll(dialogs).toBe(0);
      await rowsWith(page, 'wartungsmodusNutzer').first().getByRole('button').click(ACT);
      await expect.poll(dialogs).toBe(1);
    } else {
      await cellNamed(page, 'wartungsmodusNutzer').click();
    }
    await page.getByRole('textbox', { name: ui === 'klassisch' ? 'Parameterwert festlegen' : 'Parameterwert', exact: true }).fill('false');
    await expect.poll(() => card(page).textContent()).toContain(other);
    expect(await mark()).toBe('wartungsmodus/wert');
    // klassisch: out of its dialog with Abbrechen; aktuell: the row of wartungsmodus beside the form.
    const shown = () => marked(page).evaluate((el) => el.textContent || el.querySelector('slot')?.assignedNodes({ flatten: true }).map((n) => n.textContent).join('') || '');
    await expect.poll(shown).toContain(ui === 'klassisch' ? 'Abbrechen' : 'wartungsmodus');
    await marked(page).click();
    if (ui === 'klassisch') {
      await expect.poll(() => card(page).textContent()).not.toContain(other);
      await marked(page).click();
    }
    await expect.poll(() => page.getByRole('textbox', { name: ui === 'klassisch' ? 'Parameterwert festlegen' : 'Parameterwert', exact: true }).inputValue()).toBe('true');
    await expect.poll(() => card(page).textContent()).not.toContain(other);
    expect(await mark()).toBe('wartungsmodus/wert');
  });
});

describe('Wartungsmodus ausschalten, aktuell: greyed buttons in the Prozess drawer', () => {
  it('active process: points at Prozessparameter and explains the greyed Prozess aktivieren', async () => {
    const page = await openWithTask('aktuell', TITLE, 'prozesse/3901');
    await expect.poll(() => marked(page).getAttribute('data-wegweiser-target')).toBe('wartungsmodus/aktivieren');
    expect(await marked(page).textContent()).toBe('Prozessparameter');
    expect(await marked(page).isEnabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Prozess aktivieren', exact: true }).isDisabled()).toBe(true);
    await expect.poll(() => card(page).textContent()).toContain('Ist „Prozess aktivieren“ ausgegraut, ist der Prozess bereits aktiv');

    // Without a Prozessparameter button the greyed Prozess aktivieren is the fallback, and the card says why.
    await page.getByRole('button', { name: 'Prozessparameter', exact: true }).evaluate((el) => el.remove());
    await expect.poll(() => marked(page).textContent()).toBe('Prozess aktivieren');
    expect(await marked(page).isDisabled()).toBe(true);
    await expect.poll(() => card(page).textContent()).toContain('„Prozess aktivieren“ ist ausgegraut, wenn er schon aktiv ist.');
    await page.close();
  });

  it('process not yet active: Prozessparameter is greyed, the card says to activate it first', async () => {
    const page = await openWithTask('aktuell', TITLE, 'prozesse/3902');
    await expect.poll(() => marked(page).getAttribute('data-wegweiser-target')).toBe('wartungsmodus/aktivieren');
    expect(await marked(page).textContent()).toBe('Prozessparameter');
    expect(await marked(page).isDisabled()).toBe(true);
    await expect.poll(() => card(page).textContent()).toContain('„Prozessparameter“ ist ausgegraut, solange der Prozess nicht aktiv ist: Aktivieren Sie ihn zuerst mit „Prozess aktivieren“.');
    await page.close();
  });
});
