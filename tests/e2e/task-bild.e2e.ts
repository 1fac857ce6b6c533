// Guide 3.3 in real Chromium, both UI generations.
import { describe, it, expect } from 'vitest';
import { card, followGuide } from './follow-guide';
import { WALKS } from './walks';
import { openWithTask, UIS } from './start-task';
import { checklistItem } from './progress';

describe.each(UIS)('Logo / Bild, %s', (ui) => {
  it('choose a file, then saved', async () => {
    const page = await openWithTask(ui, 'Logo / Bild', WALKS.bild.route);
    await followGuide(page, WALKS.bild.inputs());
    await expect.poll(() => page.getByText('wappen-freiberg.png').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Die Änderungen wurden gespeichert.').count()).toBe(1);
    await expect.poll(() => checklistItem('bild'), { timeout: 5000 }).toMatchObject({ status: 'erledigt', decidedBy: 'seite' });
    await expect.poll(() => card(page).getByRole('heading').textContent()).toContain('erledigt');
    await page.close();
  });
});
