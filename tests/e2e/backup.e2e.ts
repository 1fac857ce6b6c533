// "Sicherung" in real Chromium: download from the options page, lose and change the checklists, import the
// file merged and replacing, and see the side panel show the restored progress; a bad file changes nothing.
import { describe, it, expect } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { extension, resetStorage } from './harness';
import { checklistItem, storedProgress } from './progress';
import { saveImpressum } from './start-task';
import { practiceUrl } from '../../scripts/lib/browser.mjs';

type Ext = Awaited<ReturnType<typeof extension>>;

const allStored = (ext: Ext) => ext.worker.evaluate(async () => JSON.stringify(await (globalThis as any).chrome.storage.local.get(null)));
const setStoredProgress = (ext: Ext, progress: unknown) =>
  ext.worker.evaluate(async (value) => { await (globalThis as any).chrome.storage.local.set({ progress: value }); }, progress);

async function importFile(options: Page, path: string, mode: 'Zusammenführen' | 'Ersetzen', notice: string) {
  await options.getByRole('radio', { name: mode }).check();
  await options.getByLabel('Sicherung einlesen').setInputFiles(path);
  await options.getByRole('button', { name: 'Jetzt einlesen' }).click();
  if (mode === 'Ersetzen') await options.getByRole('button', { name: 'Ja, ersetzen' }).click();
  await expect.poll(() => options.getByRole('status').filter({ hasText: notice }).count()).toBe(1);
}

describe('Sicherung', () => {
  it('restores the checklist from a downloaded file, merged and replacing; a bad file changes nothing', async () => {
    const ext = await extension();
    await resetStorage(ext);
    // Progress made the admin's way: the Impressum saved in the AdminCenter, the Logo ticked by hand.
    const admin = await ext.context.newPage();
    await admin.goto(practiceUrl('klassisch', 'mandanten/6000101/impressum'));
    await saveImpressum(admin, 'Stadt Freiberg, Obermarkt 24');
    await expect.poll(() => checklistItem('impressum'), { timeout: 5000 }).toMatchObject({ status: 'erledigt' });
    await admin.close();
    const panel = await ext.context.newPage();
    await panel.goto(ext.extensionUrl('sidepanel.html'));
    const logo = panel.getByRole('checkbox', { name: 'Logo / Bild', exact: true });
    const impressum = panel.getByRole('checkbox', { name: 'Impressum', exact: true });
    await logo.check();
    await expect.poll(() => checklistItem('bild')).toMatchObject({ status: 'erledigt', decidedBy: 'admin' });

    // Download.
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Sicherung herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^admincenter-wegweiser-sicherung-\d{4}-\d\d-\d\d\.json$/);
    const file = await download.path();
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved).toMatchObject({ format: 'admincenter-wegweiser-sicherung', version: 1 });
    expect(saved.progress).toEqual(await storedProgress());

    // Everything lost: the panel has no checklist; merging the file brings it back.
    await setStoredProgress(ext, {});
    await expect.poll(() => impressum.count()).toBe(0);
    await importFile(options, file, 'Zusammenführen', '1 Mandant neu, kein Mandant zusammengeführt');
    await expect.poll(() => impressum.isChecked()).toBe(true);
    expect(await logo.isChecked()).toBe(true);
    expect(await storedProgress()).toEqual(saved.progress);

    // A later decision survives a merge with the older file; replacing takes the file's state.
    await logo.uncheck();
    await expect.poll(() => checklistItem('bild')).toMatchObject({ status: 'offen', decidedBy: 'admin' });
    await importFile(options, file, 'Zusammenführen', 'kein Mandant neu, 1 Mandant zusammengeführt');
    expect(await checklistItem('bild')).toMatchObject({ status: 'offen' });
    expect(await logo.isChecked()).toBe(false);
    await importFile(options, file, 'Ersetzen', 'durch die der Datei ersetzt (1 Mandant)');
    await expect.poll(() => logo.isChecked()).toBe(true);
    expect(await storedProgress()).toEqual(saved.progress);

    // A file from a newer version: refused with the reason, storage byte for byte unchanged.
    const before = await allStored(ext);
    await options.getByLabel('Sicherung einlesen').setInputFiles({
      name: 'neuer.json', mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...saved, version: 7, progress: {} })),
    });
    await options.getByRole('radio', { name: 'Ersetzen' }).check();
    await options.getByRole('button', { name: 'Jetzt einlesen' }).click();
    await options.getByRole('button', { name: 'Ja, ersetzen' }).click();
    const alert = options.getByRole('alert').filter({ hasText: 'Version 7' });
    await expect.poll(() => alert.textContent()).toBe('Die Sicherung hat Version 7; diese Erweiterung kennt Version 1. Sie stammt aus einer neueren Fassung des Wegweisers; bitte aktualisieren Sie die Erweiterung. Es wurde nichts eingelesen.');
    expect(await allStored(ext)).toBe(before);
    expect(await logo.isChecked()).toBe(true);
    await Promise.all([options.close(), panel.close()]);
  });
});
