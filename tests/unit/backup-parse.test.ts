// Reading a backup file: valid files come back as they were written, every broken one is named in German.
import { describe, it, expect } from 'vitest';
import { parseBackup, nestingDepth, MAX_DEPTH } from '../../background/backup-parse';
import { backupText, MAX_BACKUP_BYTES } from '../../shared/backup-format';
import { asRecord, backupJson, backupOf, freiberg, mittelsachsen } from './backup-fixtures';

const errorOf = (text: string) => {
  const result = parseBackup(text);
  if (result.ok) throw new Error('accepted');
  return result.error;
};

/** A valid backup with one change made to Freiberg's stored checklist. */
function withFreiberg(change: (p: any) => void) {
  const p = structuredClone(freiberg()) as any;
  change(p);
  return backupJson({ [p.key]: p });
}

describe('parseBackup: valid files', () => {
  it('returns every tenant exactly as exported', () => {
    const all = asRecord(freiberg(), mittelsachsen());
    expect(parseBackup(backupText(all, new Date()))).toEqual({ ok: true, progress: all });
  });

  it('takes a file with a byte order mark and one without tenants', () => {
    expect(parseBackup(`\uFEFF${backupJson({})}`)).toEqual({ ok: true, progress: {} });
  });

  it('brings entries of an older Wegweiser (schema 1, no `schema` field) up to date', () => {
    const { schema: _, ...v1 } = freiberg();
    expect(parseBackup(backupJson({ [v1.key]: v1 }))).toEqual({ ok: true, progress: asRecord(freiberg()) });
  });

  it('keeps text with markup as plain text', () => {
    const result = parseBackup(withFreiberg((p) => { p.items.bild.note = '<img src=x onerror=alert(1)>'; }));
    expect(result.ok && result.progress[freiberg().key].items.bild.note).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('parseBackup: what is wrong, in German', () => {
  it.each([
    ['', 'Die Datei ist leer.'],
    [backupJson({}).slice(0, 40), 'Die Datei ist kein gültiges JSON (abgeschnitten?).'],
    ['{"format": "admincenter-wegweiser-sicherung", version: 1}', 'Die Datei ist kein gültiges JSON (abgeschnitten?).'],
    ['[1, 2, 3]', 'Die Datei ist keine Sicherung des AdminCenter-Wegweisers (es fehlt die Angabe "format": "admincenter-wegweiser-sicherung").'],
    ['{"name": "package.json"}', 'Die Datei ist keine Sicherung des AdminCenter-Wegweisers (es fehlt die Angabe "format": "admincenter-wegweiser-sicherung").'],
    [backupJson({}, { version: 7 }), 'Die Sicherung hat Version 7; diese Erweiterung kennt Version 1. Sie stammt aus einer neueren Fassung des Wegweisers; bitte aktualisieren Sie die Erweiterung.'],
    [backupJson({}, { version: 0 }), 'Die Sicherung hat Version 0; diese Erweiterung kennt Version 1.'],
    [backupJson({}, { version: '1' }), 'Die Sicherung nennt keine Version; diese Erweiterung kennt Version 1.'],
    [backupJson({}, { progress: [] }), 'Die Sicherung enthält keine Checklisten (die Angabe „progress“ fehlt oder ist kein Objekt).'],
  ])('%#: %s', (text, message) => {
    expect(errorOf(text)).toBe(message);
  });

  it('names tenant, item and field', () => {
    expect(errorOf(withFreiberg((p) => { p.items.impressum.status = 'fertig'; })))
      .toBe('Mandant „Freiberg“, Punkt „Impressum“: Status ist ungültig („fertig“; erlaubt: offen, erledigt, nicht zutreffend).');
    expect(errorOf(withFreiberg((p) => { delete p.items.bild.kind; })))
      .toBe('Mandant „Freiberg“, Punkt „Logo / Bild“: Art (kind) fehlt.');
    expect(errorOf(withFreiberg((p) => { p.items.bild.title = 'x'.repeat(701); })))
      .toMatch(/^Mandant „Freiberg“, Punkt „x{80}…“: Titel \(title\) ist zu lang \(höchstens 700 Zeichen\)\.$/);
    expect(errorOf(withFreiberg((p) => { p.items['oe:Standesamt'].seen.version = 2; })))
      .toBe('Mandant „Freiberg“, Punkt „Organisationseinheit: Standesamt“: Gesehenes (seen) › version hat den falschen Typ (erwartet: ein Text).');
    expect(errorOf(withFreiberg((p) => { p.items.impressum.seen.geheim = true; })))
      .toBe('Mandant „Freiberg“, Punkt „Impressum“: Gesehenes (seen) enthält die unbekannte Angabe „geheim“.');
    expect(errorOf(withFreiberg((p) => { p.updatedAt = 'gestern'; })))
      .toBe('Mandant „Freiberg“: Änderungszeit (updatedAt) hat den falschen Typ (erwartet: eine Zahl).');
    expect(errorOf(withFreiberg((p) => { p.items.rechte = 'ja'; })))
      .toBe('Mandant „Freiberg“, Punkt „rechte“: Der Punkt ist kein Objekt.');
    expect(errorOf(backupJson({ 'https://a.de|X': null }))).toBe('Mandant „https://a.de|X“: Der Eintrag ist kein Objekt.');
  });

  it('refuses an entry of a newer schema, and says so', () => {
    expect(errorOf(withFreiberg((p) => { p.schema = 3; })))
      .toBe('Mandant „Freiberg“ stammt aus einer neueren Fassung des Wegweisers (Schema 3; diese Erweiterung kennt Schema 2). Bitte aktualisieren Sie die Erweiterung.');
    expect(errorOf(withFreiberg((p) => { p.schema = 'zwei'; }))).toBe('Mandant „Freiberg“: Schema-Version (schema) ist ungültig („zwei“; erlaubt: 2).');
  });

  it('refuses keys, ids and hosts that do not agree with the checklist', () => {
    const p = freiberg();
    expect(errorOf(backupJson({ 'https://admincenter.amt24dev.sachsen.de|Chemnitz': p })))
      .toBe('Mandant „Freiberg“: Schlüssel (key) „https://admincenter.amt24dev.sachsen.de|Chemnitz“ passt nicht zu Adresse und Name des Mandanten.');
    expect(errorOf(withFreiberg((q) => { q.items.impressum.id = 'bild'; })))
      .toBe('Mandant „Freiberg“, Punkt „Impressum“: Kennung (id) „bild“ passt nicht zum Eintrag „impressum“.');
    const http = { ...p, host: 'javascript:alert(1)', key: 'javascript:alert(1)|Freiberg' };
    expect(errorOf(backupJson({ [http.key]: http }))).toBe('Mandant „Freiberg“: Adresse (host) ist keine https-Adresse eines AdminCenters („javascript:alert(1)“).');
  });

  it('refuses an oversized file before looking at it', () => {
    const huge = backupJson({}).replace('{', `{"x": "${' '.repeat(MAX_BACKUP_BYTES)}",`);
    expect(errorOf(huge)).toBe('Die Datei ist zu groß (5 MB); eine Sicherung darf höchstens 5 MB groß sein.');
  });

  it('refuses deep nesting before parsing, and counts brackets in strings as text', () => {
    expect(errorOf('['.repeat(100_000))).toBe(`Die Datei ist zu tief verschachtelt (mehr als ${MAX_DEPTH} Ebenen); so ist keine Sicherung aufgebaut.`);
    expect(nestingDepth('{"a": "[[[[{{{\\"[[["}')).toBe(1);
    expect(nestingDepth(backupJson(asRecord(freiberg())))).toBe(6);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere, without polluting anything', (key) => {
    const text = withFreiberg(() => {}).replace('"saved": true', `"saved": true, "${key}": {"status": "erledigt", "polluted": true}`);
    expect(errorOf(text)).toBe(`Die Datei enthält den unzulässigen Schlüssel „${key}“ (in progress › https://admincenter.amt24dev.sachsen.de|Freiberg › items › impressum › seen).`);
    expect(errorOf(`{"${key}": {"polluted": true}, ${backupJson({}).slice(1)}`)).toContain('(in oberste Ebene)');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseBackup: the envelope it checks is the one it writes', () => {
  it('exports format, version, time and progress', () => {
    const text = backupText(asRecord(freiberg()), new Date('2026-11-23T13:03:00Z'));
    expect(JSON.parse(text)).toEqual(backupOf(asRecord(freiberg())));
  });
});
