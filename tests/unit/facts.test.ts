// What the page proves for the checklist, read from saved snapshots of both UI generations.
import { describe, it, expect } from 'vitest';
import { factsOf, factsOnEnter, factsOnSave } from '../../rules/facts';
import { snap, type Ui } from './tasks/snapshots';

const confirm = (text: string) => (s: { notices: string[] }) => { s.notices.push(text); };

describe.each<Ui>(['klassisch', 'aktuell'])('facts from the page, %s', (ui) => {
  it('the Impressum counts once the page confirms it saved with content', () => {
    expect(factsOf(snap('mandant-impressum', ui), 'mandant-impressum')).toEqual([]);
    const saved = snap('mandant-impressum', ui, (s) => {
      confirm('Die Änderungen wurden gespeichert.')(s);
      s.fields.find((f) => f.label === 'Impressum')!.value = 'Stadt Freiberg';
    });
    expect(factsOf(saved, 'mandant-impressum')).toEqual([{ kind: 'impressum', name: '', seen: { saved: true } }]);
  });

  it('an OE drawer shows its version; its Kommunikation the first E-Mail and Telefon', () => {
    expect(factsOf(snap('oe-drawer', ui), 'oe-drawer')).toEqual([{ kind: 'oe', name: 'Standesamt (Sachgebiet Personenstandswesen)', seen: { version: ui === 'klassisch' ? '13.1' : 'Version 13.1' } }]);
    const k = snap('oe-kommunikation', ui);
    expect(factsOnEnter(k, 'oe-kommunikation')).toEqual([{ kind: 'oe', name: 'Standesamt (Sachgebiet Personenstandswesen)', seen: { email: 'standesamt@freiberg.de', telefon: '+49 3731 273 733' } }]);
    const save = ui === 'klassisch' ? 'Kommunikation speichern' : 'Speichern';
    expect(factsOnSave(k, 'oe-kommunikation', save)).toHaveLength(1);
    expect(factsOnSave(k, 'oe-kommunikation', 'Abbrechen')).toEqual([]);
  });

  it('the wartungsmodus counts as stored on opening the parameters, and at the final Speichern', () => {
    const p = snap('prozess-parameter', ui);
    expect(factsOnEnter(p, 'prozess-parameter')).toEqual([{ kind: 'prozess', name: 'KOMM24Hundesteueranmeldung', seen: { wartungsmodus: 'true' } }]);
    const view = ui === 'klassisch' ? 'prozess-parameter' : 'parameter-form';
    expect(factsOnSave(snap(view, ui), view, 'Speichern')).toEqual([{ kind: 'prozess', name: 'KOMM24Hundesteueranmeldung', seen: { wartungsmodus: 'true' } }]);
  });

  it('KISA rights count only after the assignment was saved', () => {
    expect(factsOf(snap('gruppe-benutzer', ui), 'gruppe-benutzer')).toEqual([]);
    const saved = snap('gruppe-benutzer', ui, confirm('Die Zuordnung wurde gespeichert.'));
    expect(factsOf(saved, 'gruppe-benutzer')).toEqual([{ kind: 'rechte', name: '', seen: { kisa: false } }]);
  });
});
