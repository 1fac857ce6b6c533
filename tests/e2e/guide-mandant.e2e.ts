// Guide 3.1–3.3 in real Chromium, both UI generations: start the task in the side panel, then follow
// only the highlights on the practice AdminCenter until the task is done, and check what was saved.
import { describe, it, expect, beforeEach } from 'vitest';
import { extension, resetStorage } from './harness';
import { practiceUrl } from '../../scripts/lib/browser.mjs';
import { card, followGuide } from './follow-guide';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

async function startTask(title: string) {
  const ext = await extension();
  const panel = await ext.context.newPage();
  await panel.goto(ext.extensionUrl('sidepanel.html'));
  await panel.getByRole('button', { name: `Anleitung starten: ${title}` }).click();
  await expect.poll(() => panel.getByText(`Laufende Anleitung: ${title}`).count()).toBe(1);
  await panel.close();
}

for (const ui of ['klassisch', 'aktuell'] as const) {
  describe(`Mandant-Aufgaben, ${ui}`, () => {
    beforeEach(async () => resetStorage(await extension()));

    it('Impressum: from the start page to the saved Impressum', async () => {
      await startTask('Impressum');
      const page = await (await extension()).context.newPage();
      await page.goto(practiceUrl(ui, 'neuigkeiten'));
      const acted = await followGuide(page, { text: 'Stadt Freiberg, Obermarkt 24, 09599 Freiberg' });
      expect(acted).toContain('speichern');
      await expect.poll(() => page.getByRole('textbox', { name: 'Impressum' }).inputValue()).toBe('Stadt Freiberg, Obermarkt 24, 09599 Freiberg');
      await expect.poll(() => page.getByText('Die Änderungen wurden gespeichert.').count()).toBe(1);
      await page.close();
    });

    it('Datenschutzbeauftragte(r): name and e-mail, then saved', async () => {
      await startTask('Datenschutzbeauftragte(r)');
      const page = await (await extension()).context.newPage();
      await page.goto(practiceUrl(ui, 'mandanten'));
      await followGuide(page, { angaben: ['Dr. Dana Schutz', 'datenschutz@freiberg.de'] });
      await expect.poll(() => page.getByRole('textbox', { name: 'E-Mail' }).inputValue()).toBe('datenschutz@freiberg.de');
      await expect.poll(() => page.getByText('Die Änderungen wurden gespeichert.').count()).toBe(1);
      await page.close();
    });

    it('Logo / Bild: choose a file, then saved', async () => {
      await startTask('Logo / Bild');
      const page = await (await extension()).context.newPage();
      await page.goto(practiceUrl(ui, 'organisationseinheiten'));
      await followGuide(page, { datei: { file: 'wappen-freiberg.png', mimeType: 'image/png', buffer: PNG } });
      await expect.poll(() => page.getByText('wappen-freiberg.png').count()).toBeGreaterThan(0);
      await expect.poll(() => card(page).getByRole('heading').textContent()).toContain('erledigt');
      await page.close();
    });
  });
}
