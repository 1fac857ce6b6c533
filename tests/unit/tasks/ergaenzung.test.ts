import { describe, it, expect } from 'vitest';
import { ergaenzung } from '../../../rules/tasks/ergaenzung';
import { VIEWS } from '../../../rules/index';
import { plan, stepProgress } from '../../../rules/engine';
import { cardOn, planOn, setField, snap, stepOn, type Ui } from './snapshots';

const FILTER = { klassisch: 'Tabelle filtern', aktuell: 'Suchbegriff' };
const KEY = '99089001005000';
const NAME = 'Veranstaltungen im öffentlichen Straßenraum (Sachsen), Erlaubnis beantragen';
const index = (id: string) => ergaenzung.steps.findIndex((st) => st.id === id);
const mine = (ui: Ui) => (t: { ui?: string }) => !t.ui || t.ui === ui;

describe.each<Ui>(['klassisch', 'aktuell'])('Kommunale Ergänzung rules, %s', (ui) => {
  it('knows from the page how far the admin is', () => {
    expect(stepOn(ergaenzung, snap('neuigkeiten', ui))).toBe('leistungen');
    expect(stepOn(ergaenzung, snap('leistungen-list', ui))).toBe('suchen');
    expect(stepOn(ergaenzung, snap('leistungen-list', ui, setField(FILTER[ui], KEY)))).toBe('leistung');
    expect(stepOn(ergaenzung, snap('leistung-drawer', ui))).toBe('ergaenzung');
    expect(stepOn(ergaenzung, snap('ergaenzung-drawer', ui))).toBe('text');
    expect(stepOn(ergaenzung, snap('ergaenzung-text', ui))).toBe('abschnitt');
    expect(stepOn(ergaenzung, snap('ergaenzung-text', ui, setField('Hinweise (Besonderheiten)', 'Gebühren nach Satzung')))).toBe('veroeffentlichen');
  });

  it('asks for the LeiKa-Schlüssel in the list filter, then points at the matching row', () => {
    const ask = planOn(ergaenzung, 'suchen', snap('leistungen-list', ui));
    expect(ask.kind === 'step' && ask.locator.filter(mine(ui))).toEqual([{ ui, role: 'textbox', name: FILTER[ui] }]);
    expect(ask.kind === 'step' && ask.text).toContain(KEY);
    const row = planOn(ergaenzung, 'leistung', snap('leistungen-list', ui, setField(FILTER[ui], KEY)));
    expect(row.kind === 'step' && row.locator[0]).toEqual({ role: 'row', name: KEY });
    // Something else typed: the first LeiKa row the filter leaves visible.
    const any = planOn(ergaenzung, 'leistung', snap('leistungen-list', ui, setField(FILTER[ui], 'Veranstaltung')));
    expect(any.kind === 'step' && any.locator.map((t) => String(t.name))).toEqual(['Veranstaltung', String(/^\d{14}$/)]);
  });

  it('remembers the Leistung and leads back to its row', () => {
    const opened = ergaenzung.steps[index('leistung')];
    expect(opened.remember?.(snap('leistung-drawer', ui))).toBe(NAME);
    const back = plan(ergaenzung, index('ergaenzung'), snap('leistungen-list', ui), VIEWS, { subject: NAME });
    expect(back).toMatchObject({ kind: 'step', leadsTo: 'Öffnen Sie die Leistung.' });
    expect(back.kind === 'step' && back.locator[0]).toEqual({ role: 'row', name: NAME });
  });

  it('points at K. Ergänzung on a Landesleistung, and at Text bearbeiten on the Ergänzung, saying why K. Ergänzung is greyed', () => {
    const erg = planOn(ergaenzung, 'ergaenzung', snap('leistung-drawer', ui));
    expect(erg.kind === 'step' && erg.locator[0]).toEqual({ role: 'button', name: 'K. Ergänzung' });
    const text = planOn(ergaenzung, 'text', snap('ergaenzung-drawer', ui));
    expect(text.kind === 'step' && text.locator).toEqual([{ role: 'button', name: 'Text bearbeiten' }]);
    expect(text.kind === 'step' && text.text).toMatch(/„K. Ergänzung“ ist hier ausgegraut/);
  });

  it('names the editable sections and says the others are greyed', () => {
    const p = planOn(ergaenzung, 'abschnitt', snap('ergaenzung-text', ui));
    expect(p.kind === 'step' && p.locator.map((t) => t.name)).toEqual(['Kosten (Gebühren)', 'Hinweise (Besonderheiten)']);
    expect(p.kind === 'step' && p.text).toMatch(/ausgegraut/);
    // A greyed section found: the card says why and which one to use instead; an editable one, nothing of it.
    const why = 'Ausgegraute Abschnitte lassen sich nicht bearbeiten. Nutzen Sie z. B. „Hinweise (Besonderheiten)“.';
    const greyed = cardOn(ergaenzung, 'abschnitt', snap('ergaenzung-text', ui), { disabled: true });
    expect(greyed.lines).toContain(why);
    expect(greyed.lines.join(' ')).not.toContain('Diese Schaltfläche ist ausgegraut');
    expect(cardOn(ergaenzung, 'abschnitt', snap('ergaenzung-text', ui)).lines).not.toContain(why);
  });

  it('on an Ergänzung published already: says so and offers to tick it off or to edit it on purpose', () => {
    const published = snap('ergaenzung-drawer', ui, (s) => { s.version = ui === 'klassisch' ? '1.0' : 'Version 1.0'; });
    expect(stepOn(ergaenzung, published)).toBe('bereits');
    const card = cardOn(ergaenzung, 'bereits', published);
    expect(card.lines[0]).toMatch(/^Diese kommunale Ergänzung ist bereits veröffentlicht \(Version 1\.0\)\./);
    // Two choices instead of „Weiter“: the task done, or on to Text bearbeiten.
    expect(card.choices).toEqual([{ label: 'Als erledigt abhaken', step: ergaenzung.steps.length }, { label: 'Trotzdem bearbeiten', step: index('text') }]);
    expect(card.canNext).toBe(false);
    // Chosen to edit: the guide stays at Text bearbeiten on the published Ergänzung.
    expect(stepOn(ergaenzung, published, index('text'))).toBe('text');
    expect(cardOn(ergaenzung, 'text', published).choices).toEqual([]);
    // Not published yet: straight on to Text bearbeiten. The detour is not counted: 7 steps, Text bearbeiten the 5th.
    expect(stepOn(ergaenzung, snap('ergaenzung-drawer', ui))).toBe('text');
    expect(stepProgress(ergaenzung, index('text'), ui)).toEqual({ n: 5, of: 7 });
    expect(card.progress).toBe('Schritt 4 von 7');
  });

  it('is done only when the Ergänzung shows a published version', () => {
    const from = index('veroeffentlichen');
    const version = (v: string) => snap('ergaenzung-drawer', ui, (s) => { s.version = v; });
    expect(stepOn(ergaenzung, version(ui === 'klassisch' ? '0.2' : 'Version 0.2'), from)).toBe('veroeffentlichen');
    expect(stepOn(ergaenzung, version(ui === 'klassisch' ? '1.0' : 'Version 1.0'), from)).toBe('fertig');
    expect(stepOn(ergaenzung, snap('ergaenzung-text', ui, (s) => { s.version = 'Ergänzung 1.0'; }), from)).toBe('fertig');
    expect(stepOn(ergaenzung, snap('ergaenzung-text', ui), from)).toBe('veroeffentlichen');
    // The Landesleistung's own 1.0 does not count.
    expect(stepOn(ergaenzung, snap('leistung-drawer', ui), from)).toBe('veroeffentlichen');
  });
});
