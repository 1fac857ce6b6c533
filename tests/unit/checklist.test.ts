import { describe, it, expect } from 'vitest';
import { counts, decide, emptyProgress, evidence, mergeFacts, proves } from '../../rules/checklist';
import { isPublished } from '../../rules/proof';

const T0 = Date.UTC(2026, 10, 23, 13, 3);
const fresh = () => emptyProgress('https://admincenter.amt24dev.sachsen.de', 'Freiberg', 'dev', T0);

describe('checklist of a tenant', () => {
  it('starts with the four fixed items, all open', () => {
    const p = fresh();
    expect(Object.values(p.items).map((i) => i.title)).toEqual(['Impressum', 'Datenschutzbeauftragte(r)', 'Logo / Bild', 'Rechte für KISA']);
    expect(counts(p)).toEqual({ done: 0, total: 4, open: 4 });
    expect(p.key).toBe('https://admincenter.amt24dev.sachsen.de|Freiberg');
  });

  it('reads published as version 1.0 or higher, never 0.x or Nicht veröffentlicht', () => {
    for (const v of ['1.0', 'Version 1.0', '13.1', 'Ergänzung 2.0']) expect(isPublished(v), v).toBe(true);
    for (const v of ['0.1', 'Version 0.1', 'Nicht veröffentlicht', 'Ergänzung 0.1', '', undefined]) expect(isPublished(v), String(v)).toBe(false);
  });

  it('ticks an OE only when published AND its Kommunikation has an E-Mail and a Telefon, seen in any order', () => {
    let p = mergeFacts(fresh(), [{ kind: 'oe', name: 'Standesamt', seen: { version: 'Version 2.0' } }], T0);
    expect(p.items['oe:Standesamt']).toMatchObject({ title: 'Organisationseinheit: Standesamt', status: 'offen' });
    p = mergeFacts(p, [{ kind: 'oe', name: 'Standesamt', seen: { email: 'standesamt@freiberg.de', telefon: null } }], T0);
    expect(p.items['oe:Standesamt'].status).toBe('offen');
    expect(evidence(p.items['oe:Standesamt'])).toBe('Gesehen am 23.11.2026, 14:03: Version 2.0, es fehlt Telefon');
    p = mergeFacts(p, [{ kind: 'oe', name: 'Standesamt', seen: { email: 'standesamt@freiberg.de', telefon: '+49 3731 273 733' } }], T0);
    expect(p.items['oe:Standesamt']).toMatchObject({ status: 'erledigt', decidedBy: 'seite' });
    expect(evidence(p.items['oe:Standesamt'])).toBe('Gesehen am 23.11.2026, 14:03: Version 2.0, E-Mail und Telefon vorhanden');
  });

  it('un-ticks what the page proved before when it shows otherwise (wartungsmodus back to true)', () => {
    let p = mergeFacts(fresh(), [{ kind: 'prozess', name: 'KOMM24Hundesteueranmeldung', seen: { wartungsmodus: 'false' } }], T0);
    expect(p.items['prozess:KOMM24Hundesteueranmeldung']).toMatchObject({ title: 'Wartungsmodus aus: KOMM24Hundesteueranmeldung', status: 'erledigt' });
    p = mergeFacts(p, [{ kind: 'prozess', name: 'KOMM24Hundesteueranmeldung', seen: { wartungsmodus: 'true' } }], T0);
    expect(p.items['prozess:KOMM24Hundesteueranmeldung']).toMatchObject({ status: 'offen', decidedBy: 'seite' });
    expect(evidence(p.items['prozess:KOMM24Hundesteueranmeldung'])).toContain('wartungsmodus = true');
  });

  it("keeps the admin's own decision unless the page proves the item done", () => {
    let p = decide(fresh(), 'rechte', { status: 'erledigt', note: 'Per Telefon mit KISA geklärt' }, T0);
    expect(p.items.rechte).toMatchObject({ status: 'erledigt', decidedBy: 'admin', note: 'Per Telefon mit KISA geklärt' });
    p = mergeFacts(p, [{ kind: 'rechte', name: '', seen: { kisa: false } }], T0);
    expect(p.items.rechte).toMatchObject({ status: 'erledigt', decidedBy: 'admin', decidedAt: T0 });
    p = decide(p, 'impressum', { status: 'nicht zutreffend' }, T0);
    expect(counts(p)).toEqual({ done: 2, total: 4, open: 2 });
  });

  it('dates the admin decision, and drops the date once the page has decided instead', () => {
    let p = decide(fresh(), 'impressum', { status: 'nicht zutreffend' }, T0 + 60_000);
    expect(p.items.impressum).toMatchObject({ decidedBy: 'admin', decidedAt: T0 + 60_000 });
    p = mergeFacts(p, [{ kind: 'impressum', name: '', seen: { saved: true } }], T0 + 120_000);
    expect(p.items.impressum).toMatchObject({ status: 'erledigt', decidedBy: 'seite' });
    expect(p.items.impressum).not.toHaveProperty('decidedAt');
  });

  it('proves each kind by its own evidence', () => {
    expect(proves('impressum', { saved: true })).toBe(true);
    expect(proves('rechte', { kisa: true })).toBe(true);
    expect(proves('ergaenzung', { version: 'Ergänzung 0.1' })).toBe(false);
    expect(proves('prozess', { wartungsmodus: 'true' })).toBe(false);
  });
});
