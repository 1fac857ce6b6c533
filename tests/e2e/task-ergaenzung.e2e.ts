// Guide 3.5 in real Chromium, both UI generations: only the highlights lead to the published Ergänzung.
import { describe, it, expect } from 'vitest';
import { card, followGuide } from './follow-guide';
import { WALKS } from './walks';
import { openWithTask, UIS } from './start-task';
import { checklistItem } from './progress';

// What the walk types: the LeiKa-Schlüssel and the text of Kosten (Gebühren).
const { abschnitt: KOSTEN } = WALKS.ergaenzung.inputs() as Record<string, string>;

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
});
