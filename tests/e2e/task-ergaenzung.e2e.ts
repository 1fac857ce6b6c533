// Guide 3.5 in real Chromium, both UI generations: only the highlights lead to the published Ergänzung.
import { describe, it, expect, onTestFinished } from 'vitest';
import { card, followGuide } from './follow-guide';
import { WALKS } from './walks';
import { openWithTask, UIS } from './start-task';
import { checklistItem } from './progress';

// What the walk types: the LeiKa-Schlüssel and the text of Kosten (Gebühren).
const { abschnitt: KOSTEN } = WALKS.ergaenzung.inputs() as Record<string, string>;
/** Freiberg's Ergänzung of „Hund anmelden (Hundesteuer)“, published already in the practice AdminCenter. */
const PUBLISHED = { id: 6004557, item: 'ergaenzung:Hund anmelden (Hundesteuer)' };

describe.each(UIS)('Kommunale Ergänzung, %s', (ui) => {
  it('from the start page to the published Ergänzung', async () => {
    const page = await openWithTask(ui, 'Kommunale Ergänzung');
    try {
      const acted = await followGuide(page, WALKS.ergaenzung.inputs());
      // The menu group first (Zuständigkeitsfinder), then its entry Leistungen.
      expect(acted).toEqual(['leistungen', 'leistungen', 'suchen', 'leistung', 'ergaenzung', 'text', 'abschnitt', 'veroeffentlichen']);
      await expect.poll(() => card(page).getByRole('heading').textContent()).toContain('erledigt');
      // The practice AdminCenter shows the Ergänzung published, as version 1.0.
      await expect.poll(() => page.getByText(/Die Ergänzung wurde veröffentlicht/).count()).toBe(1);
      await expect.poll(() => checklistItem('ergaenzung:Veranstaltungen im öffentlichen Straßenraum (Sachsen), Erlaubnis beantragen'), { timeout: 5000 }).toMatchObject({ status: 'erledigt' });
      await expect.poll(() => page.getByText(ui === 'klassisch' ? '1.0' : 'Version 1.0', { exact: true }).count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByRole('textbox', { name: 'Typ' }).last().inputValue()).toBe('Ergänzung');
      // Its text keeps what was typed.
      await page.getByRole('button', { name: 'Text bearbeiten' }).click();
      await expect.poll(() => page.getByRole('textbox', { name: 'Kosten (Gebühren)' }).inputValue()).toBe(KOSTEN);
    } finally {
      await page.close();
    }
  });

  it('on an Ergänzung published already: offers to tick it off or to edit it on purpose', async () => {
    const page = await openWithTask(ui, 'Kommunale Ergänzung', `leistungen/${PUBLISHED.id}`);
    onTestFinished(() => page.close());
    const text = () => card(page).textContent();
    const mark = () => page.locator('[data-wegweiser-target]').getAttribute('data-wegweiser-target');
    await expect.poll(text).toContain('Diese kommunale Ergänzung ist bereits veröffentlicht (Version 1.0).');
    // The page proves it published: the checklist has it ticked already.
    await expect.poll(() => checklistItem(PUBLISHED.item), { timeout: 5000 }).toMatchObject({ status: 'erledigt', decidedBy: 'seite' });
    // The two choices stand instead of „Weiter“.
    expect(await card(page).getByRole('button', { name: 'Weiter' }).isVisible()).toBe(false);
    // On purpose: on to Text bearbeiten.
    await card(page).getByRole('button', { name: 'Trotzdem bearbeiten' }).click();
    await expect.poll(mark).toBe('ergaenzung/text');
    await expect.poll(text).not.toContain('bereits veröffentlicht');
    expect(await card(page).getByRole('button', { name: /Als erledigt abhaken|Trotzdem bearbeiten/ }).count()).toBe(0);
    expect(await card(page).getByRole('button', { name: 'Weiter' }).isVisible()).toBe(true);
    // Back, and ticked off instead: the guide is done, the item stays ticked.
    await card(page).getByRole('button', { name: 'Zurück' }).click();
    await expect.poll(text).toContain('bereits veröffentlicht');
    await card(page).getByRole('button', { name: 'Als erledigt abhaken' }).click();
    await expect.poll(() => card(page).getByRole('heading').textContent()).toBe('Kommunale Ergänzung: erledigt');
    expect(await checklistItem(PUBLISHED.item)).toMatchObject({ status: 'erledigt' });
  });
});
