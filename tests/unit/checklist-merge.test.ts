// "Zusammenführen": nothing on either side is dropped, and an admin's decision beats what the page saw.
import { describe, it, expect } from 'vitest';
import { mergeProgress, mergeTenant } from '../../rules/checklist-merge';
import { decide, mergeFacts, emptyProgress, type TenantProgress } from '../../rules/checklist';
import { DEV, asRecord, freiberg, mittelsachsen } from './backup-fixtures';

describe('mergeProgress', () => {
  it('keeps tenants that only one side has', () => {
    expect(Object.keys(mergeProgress(asRecord(freiberg()), asRecord(mittelsachsen())))).toEqual([freiberg().key, mittelsachsen().key]);
    expect(mergeProgress({}, asRecord(freiberg()))).toEqual(asRecord(freiberg()));
    expect(mergeProgress(asRecord(freiberg()), {})).toEqual(asRecord(freiberg()));
  });

  it('keeps items that only one side has', () => {
    const ours = freiberg();
    const theirs = mergeFacts(emptyProgress(DEV, 'Freiberg', 'dev', 1), [{ kind: 'prozess', name: 'Wohngeld', seen: { wartungsmodus: 'false' } }], 5);
    const merged = mergeTenant(ours, theirs);
    expect(Object.keys(merged.items).sort()).toEqual([...Object.keys(ours.items), 'prozess:Wohngeld'].sort());
    expect(merged.items['oe:Standesamt']).toEqual(ours.items['oe:Standesamt']);
    expect(merged.items['prozess:Wohngeld']).toMatchObject({ status: 'erledigt', decidedBy: 'seite' });
  });

  it("lets the admin's decision win over the page's, whichever side is newer", () => {
    const admin = decide(emptyProgress(DEV, 'Freiberg', 'dev', 1), 'impressum', { status: 'nicht zutreffend', note: 'Kreis pflegt es' }, 10);
    const page = mergeFacts(emptyProgress(DEV, 'Freiberg', 'dev', 1), [{ kind: 'impressum', name: '', seen: { saved: false } }], 99);
    for (const merged of [mergeTenant(admin, page), mergeTenant(page, admin)]) {
      expect(merged.items.impressum).toMatchObject({ status: 'nicht zutreffend', decidedBy: 'admin', note: 'Kreis pflegt es', seen: { saved: false }, seenAt: 99 });
      expect(merged.updatedAt).toBe(99);
    }
  });

  it('of two dated admin decisions takes the later one, even from the less recently changed tenant', () => {
    const early = decide(freiberg(), 'rechte', { status: 'erledigt', note: 'früh' }, 2_000_000_000_000);
    const seenLater = mergeFacts(early, [{ kind: 'impressum', name: '', seen: { saved: true } }], 2_000_000_900_000);
    const late = decide(freiberg(), 'rechte', { status: 'nicht zutreffend', note: 'spät' }, 2_000_000_100_000);
    expect(mergeTenant(seenLater, late).items.rechte).toMatchObject({ status: 'nicht zutreffend', note: 'spät', decidedAt: 2_000_000_100_000 });
    expect(mergeTenant(late, seenLater).items.rechte).toMatchObject({ status: 'nicht zutreffend', note: 'spät' });
  });

  it('takes a dated decision over an undated one (made before decisions had a date)', () => {
    const { decidedAt: _, ...undatedItem } = decide(freiberg(), 'rechte', { status: 'erledigt' }, 2_100_000_000_000).items.rechte;
    const undated = { ...freiberg(2_100_000_000_000), items: { ...freiberg().items, rechte: undatedItem } };
    const dated = decide(freiberg(), 'rechte', { status: 'nicht zutreffend' }, 1_800_000_000_000);
    expect(mergeTenant(undated, dated).items.rechte.status).toBe('nicht zutreffend');
    expect(mergeTenant(dated, undated).items.rechte.status).toBe('nicht zutreffend');
  });

  it('of two undated admin decisions takes the one of the more recently changed tenant', () => {
    const undated = (p: TenantProgress): TenantProgress => ({ ...p, items: { ...p.items, rechte: { ...p.items.rechte, decidedAt: undefined } } });
    const older = undated(decide(freiberg(), 'rechte', { status: 'erledigt', note: 'alt' }, 2_000_000_000_000));
    const newer = undated(decide(freiberg(), 'rechte', { status: 'nicht zutreffend', note: 'neu' }, 2_000_000_100_000));
    expect(mergeTenant(older, newer).items.rechte).toMatchObject({ status: 'nicht zutreffend', note: 'neu' });
    expect(mergeTenant(newer, older).items.rechte).toMatchObject({ status: 'nicht zutreffend', note: 'neu' });
  });

  it('without decisions takes the latest sighting, and keeps a note only one side has', () => {
    const base = emptyProgress(DEV, 'Freiberg', 'dev', 1);
    const early = decide(mergeFacts(base, [{ kind: 'oe', name: 'Bauamt', seen: { version: 'Version 1.0', email: 'x@y.de', telefon: '1' } }], 10), 'oe:Bauamt', { note: 'Telefon prüfen' }, 11);
    const late = mergeFacts(base, [{ kind: 'oe', name: 'Bauamt', seen: { version: 'Version 0.1', email: 'x@y.de', telefon: '1' } }], 20);
    const merged = mergeTenant(early, late).items['oe:Bauamt'];
    expect(merged).toMatchObject({ status: 'offen', seenAt: 20, seen: { version: 'Version 0.1' }, note: 'Telefon prüfen' });
  });

  it('keeps a note the admin cleared on purpose cleared', () => {
    const cleared = decide(freiberg(), 'bild', { status: 'erledigt', note: '' }, 1_800_000_000_000);
    expect(mergeTenant(freiberg(), cleared).items.bild.note).toBe('');
  });
});
