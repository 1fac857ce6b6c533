import { describe, it, expect } from 'vitest';
import { wartungsmodus } from '../../../rules/tasks/wartungsmodus';
import { VIEWS } from '../../../rules/index';
import { advance, currentView, plan } from '../../../rules/engine';
import type { Snapshot } from '../../../rules/types';
import { cardOn, planOn, setField, snap, stepOn, type Ui } from './snapshots';

/** The parameter table shows `value` for wartungsmodus (as after the dialog's Speichern / Übernehmen). */
const tableShows = (value: string) => (s: Snapshot) => {
  const row = s.tables.flatMap((t) => t.rows).find((r) => r[0] === 'wartungsmodus');
  if (!row) throw new Error('no wartungsmodus row');
  row[2] = value;
};
const VALUE = { klassisch: 'Parameterwert festlegen', aktuell: 'Parameterwert' };
const index = (id: string, ui?: Ui) => wartungsmodus.steps.findIndex((st) => st.id === id && (!st.only || st.only === ui));
/** The parameter form shows the parameter `name` (klassisch: the edit dialog's „Name:“; aktuell: the selected row's). */
const parameter = (name: string) => (s: Snapshot) => {
  const field = s.fields.find((f) => f.label === 'Name');
  if (field) field.value = name;
  else s.fields.unshift({ label: 'Name', value: name });
};

describe.each<Ui>(['klassisch', 'aktuell'])('Wartungsmodus rules, %s', (ui) => {
  it('knows from the page how far the admin is', () => {
    expect(stepOn(wartungsmodus, snap('neuigkeiten', ui))).toBe('prozesse');
    expect(stepOn(wartungsmodus, snap('prozesse-list', ui))).toBe('prozess');
    expect(stepOn(wartungsmodus, snap('prozess-drawer', ui))).toBe('aktivieren');
    if (ui === 'klassisch') expect(stepOn(wartungsmodus, snap('prozess-aktivieren', ui))).toBe('parameter');
    expect(stepOn(wartungsmodus, snap('prozess-parameter', ui))).toBe('zeile');
    expect(stepOn(wartungsmodus, snap('parameter-form', ui))).toBe('wert');
    expect(stepOn(wartungsmodus, snap('parameter-form', ui, setField(VALUE[ui], 'false')))).toBe('uebernehmen');
    // Typed but not yet false: still the value.
    expect(stepOn(wartungsmodus, snap('parameter-form', ui, setField(VALUE[ui], 'fals')))).toBe('wert');
  });

  it('saves last: klassisch in the drawer after the dialog closed, aktuell in the dialog', () => {
    const s = ui === 'klassisch'
      ? snap('prozess-parameter', ui, tableShows('false'))
      : snap('parameter-form', ui, (x) => { setField('Parameterwert', 'false')(x); tableShows('false')(x); });
    // Reached from the step before (klassisch: the dialog is closed, so `zeile` would ask to open it again).
    expect(stepOn(wartungsmodus, s, wartungsmodus.steps.findIndex((st) => st.id === 'uebernehmen'))).toBe('speichern');
    const p = plan(wartungsmodus, wartungsmodus.steps.findIndex((st) => st.id === 'speichern' && st.only === ui), s, VIEWS, {});
    expect(p).toMatchObject({ kind: 'step', step: { id: 'speichern', advanceOnClick: true } });
    expect(p.kind === 'step' && p.leadsTo).toBeFalsy();
    expect(p.kind === 'step' && p.locator[0]).toMatchObject(ui === 'klassisch' ? { role: 'button', name: 'Speichern' } : { name: 'Speichern', dialog: expect.any(RegExp) });
    // The table still shows true: the value is not taken over yet.
    expect(stepOn(wartungsmodus, snap('prozess-parameter', ui))).toBe('zeile');
  });

  it('tells apart the rows wartungsmodus and wartungsmodusNutzer', () => {
    const p = planOn(wartungsmodus, 'zeile', snap('prozess-parameter', ui));
    expect(p.kind === 'step' && !p.leadsTo && p.locator.filter((t) => t.ui === ui)).toEqual(ui === 'klassisch'
      // the edit button in the row named exactly wartungsmodus, by its name or its icon
      ? [{ ui, role: 'button', name: 'Bearbeiten', row: 'wartungsmodus' }, { ui, role: 'button', name: '', icon: expect.any(Array), row: 'wartungsmodus' }]
      : [{ ui, role: 'row', name: 'wartungsmodus', dialog: expect.any(RegExp) }]);
    if (ui === 'aktuell') {
      // Another row selected: still the list of parameters, not the wartungsmodus form.
      const other = snap('parameter-form', ui, (s) => { s.fields.find((f) => f.value === 'wartungsmodus')!.value = 'wartungsmodusNutzer'; });
      expect(currentView(other, VIEWS)?.id).toBe('prozess-parameter');
    }
  });

  it('counts only the form of the parameter named exactly wartungsmodus, in both UIs read from its Name', () => {
    const ours = snap('parameter-form', ui, parameter('wartungsmodus'));
    expect(currentView(ours, VIEWS)?.id).toBe('parameter-form');
    expect(stepOn(wartungsmodus, snap('parameter-form', ui, (s) => { parameter('wartungsmodus')(s); setField(VALUE[ui], 'false')(s); }), index('wert'))).toBe('uebernehmen');
    // Another parameter opened, and false typed there: nothing advances, the card says which one is open.
    const other = snap('parameter-form', ui, (s) => { parameter('wartungsmodusNutzer')(s); setField(VALUE[ui], 'false')(s); });
    expect(currentView(other, VIEWS)?.id).toBe('prozess-parameter');
    for (const id of ['zeile', 'wert', 'uebernehmen']) expect(advance(wartungsmodus, index(id), other, VIEWS, {})).toBe(index(id));
    const p = planOn(wartungsmodus, 'wert', other);
    expect(p.kind === 'step' && p.leadsTo).toBe(`Geöffnet ist der Parameter „wartungsmodusNutzer“ – diese Anleitung gilt für „wartungsmodus“. ${ui === 'klassisch' ? 'Schließen Sie diesen Dialog mit Abbrechen.' : 'Wählen Sie die Zeile „wartungsmodus“.'}`);
    // The way back: the row of wartungsmodus where the page shows it (aktuell: beside the form), else Abbrechen.
    const mine = p.kind === 'step' ? p.locator.filter((t) => !t.ui || t.ui === ui) : [];
    expect(mine[0]).toMatchObject(ui === 'klassisch' ? { row: 'wartungsmodus' } : { role: 'row', name: 'wartungsmodus' });
    expect(mine).toContainEqual(expect.objectContaining({ role: 'button', name: 'Abbrechen', dialog: expect.any(RegExp) }));
    // klassisch: an edit dialog's Speichern only takes a value into the table (the drawer's saves it): no proof read
    // there, were the table behind the dialog readable.
    if (ui === 'klassisch') {
      const dialog = snap('prozess-parameter', ui, (s) => { tableShows('false')(s); s.dialogs.push('Prozessparameter für den Prozess KOMM24Hundesteueranmeldung verwalten'); });
      expect(wartungsmodus.item.facts['prozess-parameter']!.onSave!(dialog, 'Speichern')).toBeNull();
      expect(wartungsmodus.item.facts['prozess-parameter']!.onSave!(snap('prozess-parameter', ui, tableShows('false')), 'Speichern')).toEqual({ wartungsmodus: 'false' });
    }
  });

  it('remembers the process and points at its row when the admin goes back to the list', () => {
    const step = wartungsmodus.steps.find((s) => s.id === 'prozess')!;
    expect(step.remember?.(snap('prozess-drawer', ui))).toBe('KOMM24Hundesteueranmeldung');
    expect(step.remember?.(snap('parameter-form', ui))).toBe('KOMM24Hundesteueranmeldung');
    const index = wartungsmodus.steps.indexOf(step);
    const p = plan(wartungsmodus, index, snap('prozesse-list', ui), VIEWS, { subject: 'KOMM24Gewerbeanmeldung' });
    expect(p.kind === 'step' && p.locator).toEqual([{ role: 'row', name: 'KOMM24Gewerbeanmeldung' }]);
    // Nothing remembered yet: the first process of the list.
    expect(planOn(wartungsmodus, 'prozess', snap('prozesse-list', ui))).toMatchObject({ locator: [{ role: 'row', name: 'KOMM24Hundesteueranmeldung' }] });
  });

  it('leads back to the parameters from the drawer', () => {
    const p = planOn(wartungsmodus, 'wert', snap('prozess-drawer', ui));
    expect(p).toMatchObject({ kind: 'step', leadsTo: `Öffnen Sie ${ui === 'klassisch' ? '„Prozess aktivieren“ Ihres Prozesses' : 'die Prozessparameter Ihres Prozesses'}.` });
    expect(p.kind === 'step' && p.locator.find((t) => !t.ui || t.ui === ui)).toMatchObject({ role: 'button', name: ui === 'klassisch' ? 'Prozess aktivieren' : 'Prozessparameter', region: 'Verwalten' });
  });

  it('explains a missing Prozesse entry: the right „Mandantenredakteur Prozessparameter und -integration“', () => {
    const p = planOn(wartungsmodus, 'prozesse', snap('neuigkeiten', ui));
    const where = ui === 'klassisch' ? 'Benutzerverwaltung → Benutzergruppen' : 'Benutzer → Benutzergruppen';
    expect(p.kind === 'step' && p.whenMissing).toContain('Ihnen fehlt das Recht „Mandantenredakteur Prozessparameter und -integration“');
    expect(p.kind === 'step' && p.whenMissing).toContain(where);
    // Also on the way there from another page.
    const far = planOn(wartungsmodus, 'zeile', snap('oe-list', ui));
    expect(far.kind === 'step' && far.whenMissing).toContain(where);
  });

  it('asks to log in first on the login page', () => {
    expect(planOn(wartungsmodus, 'prozesse', snap('login', ui))).toMatchObject({ kind: 'login' });
  });
});

describe('Wartungsmodus rules, aktuell: Prozess aktivieren vs. Prozessparameter', () => {
  it('points at Prozessparameter, with the greyed Prozess aktivieren only as a fallback', () => {
    const p = planOn(wartungsmodus, 'aktivieren', snap('prozess-drawer', 'aktuell'));
    expect(p.kind === 'step' && p.locator.filter((t) => t.ui !== 'klassisch').map((t) => t.name)).toEqual(['Prozessparameter', 'Prozess aktivieren']);
    expect(p.kind === 'step' && p.text).toContain('Ist „Prozess aktivieren“ ausgegraut, ist der Prozess bereits aktiv');
  });
  it('explains both greyed buttons on the card, where the target found is greyed', () => {
    const why = '„Prozessparameter“ ist ausgegraut, solange der Prozess nicht aktiv ist: Aktivieren Sie ihn zuerst mit „Prozess aktivieren“. „Prozess aktivieren“ ist ausgegraut, wenn er schon aktiv ist.';
    const greyed = cardOn(wartungsmodus, 'aktivieren', snap('prozess-drawer', 'aktuell'), { disabled: true });
    expect(greyed.lines).toContain(why);
    expect(greyed.lines.join(' ')).not.toContain('Diese Schaltfläche ist ausgegraut');
    // Usable: no word about greyed buttons beyond the step's own text.
    expect(cardOn(wartungsmodus, 'aktivieren', snap('prozess-drawer', 'aktuell')).lines).not.toContain(why);
    // klassisch has no reason of its own to give: the card says the button is greyed.
    expect(cardOn(wartungsmodus, 'aktivieren', snap('prozess-drawer', 'klassisch'), { disabled: true }).lines)
      .toContain('Diese Schaltfläche ist ausgegraut und lässt sich gerade nicht anklicken.');
  });
  it('klassisch goes through Prozess aktivieren and the tab 2. Prozessparameter', () => {
    expect(planOn(wartungsmodus, 'aktivieren', snap('prozess-drawer', 'klassisch'))).toMatchObject({ text: 'Klicken Sie unter „Verwalten“ auf „Prozess aktivieren“.' });
    expect(planOn(wartungsmodus, 'parameter', snap('prozess-aktivieren', 'klassisch'))).toMatchObject({ locator: [{ ui: 'klassisch', role: 'tab', name: '2. Prozessparameter' }] });
  });
});
