// Guide 3.6 in real Chromium, both UI generations: only the highlights put KISA's user into the group
// Mandanten-Administrator; started again, the guide sees it is already there.
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { card, followGuide } from './follow-guide';
import { WALKS } from './walks';
import { openWithTask, startTask, UIS } from './start-task';
import { checklistItem } from './progress';
import { cellNamed, rowsWith } from './grid';

const KISA = 'support.onlineantrag@kisa.it';
// KISA's row under Zugeordnete Benutzer offers Entfernen, under Verfügbare Benutzer Hinzufügen.
const assigned = (page: Page) => rowsWith(page, KISA).filter({ has: cellNamed(page, /Entfernen/) });
const available = (page: Page) => rowsWith(page, KISA).filter({ has: cellNamed(page, /Hinzufügen/) });

describe.each(UIS)('Rechte für KISA, %s', (ui) => {
  it('from the start page to KISA in Zugeordnete Benutzer, then already done when started again', async () => {
    const page = await openWithTask(ui, 'Rechte für KISA');
    try {
      const acted = await followGuide(page, WALKS.rechte.inputs());
      // The menu group first (Benutzerverwaltung / Benutzer), then its entry Benutzergruppen.
      expect(acted).toEqual(['benutzergruppen', 'benutzergruppen', 'gruppe', 'benutzer', 'hinzufuegen', 'speichern']);
      await expect.poll(() => card(page).getByRole('heading').textContent()).toContain('erledigt');
      await expect.poll(() => page.getByText('Die Zuordnung wurde gespeichert.').count()).toBe(1);
      await expect.poll(() => assigned(page).count()).toBe(1);
      await expect.poll(() => available(page).count()).toBe(0);
      await expect.poll(() => checklistItem('rechte'), { timeout: 5000 }).toMatchObject({ status: 'erledigt', decidedBy: 'seite', seen: { kisa: true } });

      // Started again (same page state, back on the start page): done on opening the group's users, nothing to save.
      await page.evaluate(() => { location.hash = '#!neuigkeiten'; });
      await startTask('Rechte für KISA', page);
      await expect.poll(() => card(page).getByRole('heading').textContent()).toBe('Benutzergruppen öffnen');
      const again = await followGuide(page, {});
      // (the aktuell sidebar group Benutzer may still be open: then one click on Benutzergruppen)
      expect(again.filter((id) => id !== 'benutzergruppen')).toEqual(['gruppe', 'benutzer']);
      expect(again[0]).toBe('benutzergruppen');
      await expect.poll(() => card(page).getByRole('heading').textContent()).toContain('erledigt');
      await expect.poll(() => assigned(page).count()).toBe(1);
    } finally {
      await page.close();
    }
  });
});
