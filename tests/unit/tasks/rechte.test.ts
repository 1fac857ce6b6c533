import { describe, it, expect } from 'vitest';
import { rechte } from '../../../rules/tasks/rechte';
import { VIEWS } from '../../../rules/index';
import { advance } from '../../../rules/engine';
import { actStep, type TaskContext } from '../../../rules/model';
import type { Snapshot } from '../../../rules/types';
import { planOn, snap, stepOn, type Ui } from './snapshots';

const KISA = 'support.onlineantrag@kisa.it';
const mine = (ui: Ui) => (t: { ui?: string }) => !t.ui || t.ui === ui;

/** Moves KISA's row from "Verfügbare Benutzer" to "Zugeordnete Benutzer" (the last user table). */
function assignKisa(s: Snapshot) {
  const users = s.tables.filter((t) => t.headers.includes('E-Mail'));
  const [available, assigned] = users.slice(-2);
  const row = available.rows.find((r) => r.includes(KISA))!;
  available.rows.splice(available.rows.indexOf(row), 1);
  assigned.rows.push(row);
}

/** Like the content script: one pass advances and remembers what the passed steps read. */
function pass(s: Snapshot, from: number, ctx: TaskContext = {}): { step: string; ctx: TaskContext } {
  const next = advance(rechte, from, s, VIEWS, ctx);
  const subject = rechte.steps.slice(from, next).map((st) => st.remember?.(s)).filter(Boolean).pop();
  return { step: rechte.steps[next]?.id ?? 'fertig', ctx: subject ? { ...ctx, subject } : ctx };
}
const at = (id: string) => rechte.steps.findIndex((st) => st.id === id);

describe.each<Ui>(['klassisch', 'aktuell'])('Rechte für KISA rules, %s', (ui) => {
  it('knows from the page how far the admin is', () => {
    expect(stepOn(rechte, snap('neuigkeiten', ui))).toBe('benutzergruppen');
    expect(stepOn(rechte, snap('gruppen-list', ui))).toBe('gruppe');
    expect(stepOn(rechte, snap('gruppe-drawer', ui))).toBe('benutzer');
    expect(stepOn(rechte, snap('gruppe-benutzer', ui))).toBe('hinzufuegen');
  });

  it('points at the menu from elsewhere, and at the Mandanten-Administrator row in the list', () => {
    const menu = planOn(rechte, 'benutzergruppen', snap('leistungen-list', ui));
    expect(menu.kind === 'step' && menu.locator.some((t) => t.menu && t.name === 'Benutzergruppen')).toBe(true);
    const row = planOn(rechte, 'gruppe', snap('gruppen-list', ui));
    expect(row.kind === 'step' && row.locator).toEqual([{ role: 'row', name: 'Mandanten-Administrator' }]);
    const benutzer = planOn(rechte, 'benutzer', snap('gruppe-drawer', ui));
    expect(benutzer.kind === 'step' && benutzer.locator).toEqual([{ role: 'button', name: 'Benutzer', region: 'Verwalten' }]);
  });

  it("points at the add button in KISA's row, then at Zuordnung speichern", () => {
    const add = planOn(rechte, 'hinzufuegen', snap('gruppe-benutzer', ui));
    const first = add.kind === 'step' && add.locator.filter(mine(ui))[0];
    expect(first).toEqual(ui === 'aktuell'
      ? { ui, role: 'button', name: `Hinzufügen: ${KISA}` }
      : { role: 'button', name: 'Hinzufügen', row: KISA });
    const save = planOn(rechte, 'speichern', snap('gruppe-benutzer', ui, assignKisa));
    expect(save).toMatchObject({ kind: 'step', locator: [{ role: 'button', name: 'Zuordnung speichern' }] });
    expect(save.kind === 'step' && actStep(save.step)?.advanceOnClick).toBe(true);
  });

  it('opened without KISA: adding it leads to Zuordnung speichern', () => {
    const opened = pass(snap('gruppe-benutzer', ui), at('benutzer'));
    expect(opened.step).toBe('hinzufuegen');
    const added = pass(snap('gruppe-benutzer', ui, assignKisa), at('hinzufuegen'), opened.ctx);
    expect(added.step).toBe('speichern');
    // and it stays there until the click on Zuordnung speichern
    expect(pass(snap('gruppe-benutzer', ui, assignKisa), at('speichern'), added.ctx).step).toBe('speichern');
  });

  it('opened with KISA already assigned: straight to done, in one pass, saying so beforehand', () => {
    expect(pass(snap('gruppe-benutzer', ui, assignKisa), at('benutzer')).step).toBe('fertig');
    expect(pass(snap('gruppe-benutzer', ui, assignKisa), 0).step).toBe('fertig');
    expect(pass(snap('gruppe-drawer', ui), 0).step).toBe('benutzer');
    expect(planOn(rechte, 'benutzer', snap('gruppe-drawer', ui))).toMatchObject({ text: expect.stringMatching(/bereits/) });
  });

  it('does not take another group for the Mandanten-Administrator', () => {
    const other = snap('gruppe-drawer', ui, (s) => { s.headings = s.headings.map((h) => (h === 'Mandanten-Administrator' ? 'Mandantenredakteur Behördenkontenverwalter' : h)); });
    expect(stepOn(rechte, other)).toBe('gruppe');
  });
});
