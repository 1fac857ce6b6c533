// Guide 3.1 in real Chromium, both UI generations: only the highlights lead to the saved Impressum.
import { describe, it, expect } from 'vitest';
import { followGuide } from './follow-guide';
import { WALKS } from './walks';
import { openWithTask, UIS } from './start-task';
import { checklistItem } from './progress';

describe.each(UIS)('Impressum, %s', (ui) => {
  it('from the start page to the saved Impressum', async () => {
    const page = await openWithTask(ui, 'Impressum');
    const acted = await followGuide(page, WALKS.impressum.inputs());
    // The menu group first (Benutzerverwaltung / Benutzer), then its entry Mandanten.
    expect(acted).toEqual(['mandanten', 'mandanten', 'mandant', 'mandant-impressum', 'text', 'speichern']);
    await expect.poll(() => page.getByRole('textbox', { name: 'Impressum' }).inputValue()).toBe('Stadt Freiberg, Obermarkt 24, 09599 Freiberg');
    await expect.poll(() => page.getByText('Die Änderungen wurden gespeichert.').count()).toBe(1);
    // The checklist ticked itself from what the page showed.
    await expect.poll(() => checklistItem('impressum'), { timeout: 5000 }).toMatchObject({ status: 'erledigt', decidedBy: 'seite' });
    await page.close();
  });
});
