// Guide 3.2 in real Chromium, both UI generations.
import { describe, it, expect } from 'vitest';
import { followGuide } from './follow-guide';
import { WALKS } from './walks';
import { openWithTask, UIS } from './start-task';
import { checklistItem } from './progress';

describe.each(UIS)('Datenschutzbeauftragte(r), %s', (ui) => {
  it('name and e-mail, then saved', async () => {
    const page = await openWithTask(ui, 'Datenschutzbeauftragte(r)', WALKS.datenschutz.route);
    await followGuide(page, WALKS.datenschutz.inputs());
    await expect.poll(() => page.getByRole('textbox', { name: 'E-Mail' }).inputValue()).toBe('datenschutz@freiberg.de');
    await expect.poll(() => page.getByText('Die Änderungen wurden gespeichert.').count()).toBe(1);
    await expect.poll(() => checklistItem('datenschutz'), { timeout: 5000 }).toMatchObject({ status: 'erledigt', decidedBy: 'seite' });
    await page.close();
  });
});
