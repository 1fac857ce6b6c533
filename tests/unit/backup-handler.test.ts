// The background's backup messages: export what is stored, import it back merged or replacing, all or nothing.
import { describe, it, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { receiveMessage } from '../../background/background-handlers';
import { progressItem, progressSetAsideItem } from '../../shared/storage';
import { decide } from '../../rules/checklist';
import { asRecord, backupJson, freiberg, mittelsachsen } from './backup-fixtures';

async function exported(): Promise<string> {
  const reply = await receiveMessage({ type: 'backup/export' }, undefined);
  if (!reply.ok || !reply.file) throw new Error('no file');
  return reply.file;
}

describe('background: backup', () => {
  it('exports every stored tenant and imports them back unchanged (replace)', async () => {
    await progressItem.setValue(asRecord(freiberg(), mittelsachsen()));
    const file = await exported();
    expect(JSON.parse(file)).toMatchObject({ format: 'admincenter-wegweiser-sicherung', version: 1, progress: asRecord(freiberg(), mittelsachsen()) });
    await progressItem.setValue({});
    expect(await receiveMessage({ type: 'backup/import', text: file, mode: 'replace' }, undefined)).toEqual({
      ok: true, notice: 'Die Sicherung wurde eingelesen: Die Checklisten in diesem Browser wurden durch die der Datei ersetzt (2 Mandanten).',
    });
    expect(await progressItem.getValue()).toEqual(asRecord(freiberg(), mittelsachsen()));
  });

  it('does not export a damaged stored entry (it is set aside), so every export can be imported', async () => {
    await progressItem.setValue({ ...asRecord(freiberg()), 'x|Kaputt': { tenant: 42 } as never });
    const file = await exported();
    expect(Object.keys(JSON.parse(file).progress)).toEqual([freiberg().key]);
    expect(Object.keys(await progressSetAsideItem.getValue())).toEqual(['x|Kaputt']);
  });

  it('replace drops tenants the file does not have; merge keeps them and the newer decisions', async () => {
    const file = backupJson(asRecord(freiberg()));
    const later = decide(freiberg(), 'rechte', { status: 'nicht zutreffend' }, 1_900_000_000_000);
    await progressItem.setValue(asRecord(later, mittelsachsen()));
    expect(await receiveMessage({ type: 'backup/import', text: file, mode: 'merge' }, undefined)).toEqual({
      ok: true, notice: 'Die Sicherung wurde mit dem bisherigen Stand zusammengeführt: kein Mandant neu, 1 Mandant zusammengeführt.',
    });
    const merged = await progressItem.getValue();
    expect(Object.keys(merged)).toEqual([later.key, mittelsachsen().key]);
    expect(merged[later.key].items.rechte).toMatchObject({ status: 'nicht zutreffend', decidedBy: 'admin' });
    expect(merged[later.key].items.bild).toMatchObject({ status: 'erledigt', note: 'Logo liegt bei der Pressestelle' });

    await receiveMessage({ type: 'backup/import', text: file, mode: 'replace' }, undefined);
    expect(await progressItem.getValue()).toEqual(asRecord(freiberg()));
  });

  it('refuses a broken file with a German message and leaves storage byte for byte as it was', async () => {
    await progressItem.setValue(asRecord(freiberg(), mittelsachsen()));
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    const broken = backupJson({ ...asRecord(mittelsachsen()), [freiberg().key]: { ...freiberg(), env: 'test' } });
    for (const mode of ['merge', 'replace'] as const) {
      expect(await receiveMessage({ type: 'backup/import', text: broken, mode }, undefined)).toEqual({
        ok: false, error: 'Mandant „Freiberg“: Umgebung (env) ist ungültig („test“; erlaubt: dev, live). Es wurde nichts eingelesen.',
      });
    }
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
  });

  it('says so when the browser refuses the one write, and nothing is stored', async () => {
    await progressItem.setValue(asRecord(mittelsachsen()));
    const local = fakeBrowser.storage.local as unknown as { set: (items: unknown) => Promise<void> };
    const set = local.set;
    local.set = async () => { throw new Error('QUOTA_BYTES quota exceeded'); };
    try {
      expect(await receiveMessage({ type: 'backup/import', text: backupJson(asRecord(freiberg())), mode: 'merge' }, undefined)).toEqual({
        ok: false, error: 'Der Browser konnte die Checklisten nicht speichern (ist sein Speicher voll?). Es wurde nichts eingelesen.',
      });
    } finally {
      local.set = set;
    }
    expect(await progressItem.getValue()).toEqual(asRecord(mittelsachsen()));
  });

  it('answers a malformed import message instead of throwing', async () => {
    expect(await receiveMessage({ type: 'backup/import', text: 42, mode: 'alles' }, undefined)).toEqual({ ok: false, error: 'Unbekannte Nachricht.' });
  });
});
