import { describe, it, expect } from 'vitest';
import { organisationseinheit as task } from '../../../rules/tasks/organisationseinheit';
import { advance, plan } from '../../../rules/engine';
import { VIEWS } from '../../../rules/index';
import type { Snapshot } from '../../../rules/types';
import { planOn, setField, snap, stepOn, type Ui } from './snapshots';

const NEW = 'Bürgerbüro';
const at = (id: string) => task.steps.findIndex((st) => st.id === id);
const unpublished = (s: Snapshot) => { s.version = 'Nicht veröffentlicht'; };
/** The Kommunikation table (Kanal / Kennung …) with these rows instead of the saved ones. */
const komm = (...rows: [string, string][]) => (s: Snapshot) => {
  unpublished(s);
  const t = s.tables.find((x) => x.headers.includes('Kanal'))!;
  const [k, n] = [t.headers.indexOf('Kanal'), t.headers.indexOf('Kennung')];
  t.rows = rows.map(([kanal, kennung]) => t.headers.map((_, i) => (i === k ? kanal : i === n ? kennung : '')));
};
const both = (...changes: ((s: Snapshot) => void)[]) => (s: Snapshot) => changes.forEach((c) => c(s));
/** The saved snapshots show the Standesamt: the same page of the OE named `name` instead. */
const named = (name: string) => (s: Snapshot) => {
  const swap = (t: string) => t.replace('Standesamt (Sachgebiet Personenstandswesen)', name);
  s.headings = s.headings.map(swap);
  s.dialogs = s.dialogs.map(swap);
  s.fields.forEach((f) => { f.value = swap(f.value); });
};
const warning = (stepId: string, s: Snapshot) => {
  const p = planOn(task, stepId, s);
  return p.kind === 'step' ? p.warning : undefined;
};

describe.each<Ui>(['klassisch', 'aktuell'])('Organisationseinheit rules, %s', (ui) => {
  it('knows from the page how far the admin is', () => {
    expect(stepOn(task, snap('neuigkeiten', ui))).toBe('oe');
    expect(stepOn(task, snap('oe-list', ui))).toBe('anlegen');
    // A published OE is not the new one: first create it.
    expect(stepOn(task, snap('oe-drawer', ui))).toBe('anlegen');
    expect(stepOn(task, snap('oe-new', ui))).toBe('name');
    expect(stepOn(task, snap('oe-new', ui, setField('Name', NEW)))).toBe('speichern');
    // The new OE saved (not published yet): on to its Kommunikation.
    expect(stepOn(task, snap('oe-drawer', ui, unpublished))).toBe('kommunikation');
    expect(stepOn(task, snap('oe-kommunikation', ui, komm()))).toBe('mail-neu');
  });

  it('remembers the saved OE and leads back to its row', () => {
    const drawer = snap('oe-drawer', ui, both(unpublished, setField('Name', NEW)));
    expect(task.steps[at('speichern')].remember!(drawer)).toBe(NEW);
    const p = plan(task, at('kommunikation'), snap('oe-list', ui), VIEWS, { subject: NEW });
    expect(p).toMatchObject({ kind: 'step', leadsTo: 'Öffnen Sie Ihre Organisationseinheit.', locator: [{ role: 'row', name: NEW }] });
  });

  it('follows the OE created in this task by its name: another unpublished OE ticks nothing off', () => {
    const ctx = { subject: NEW };
    const mine = `Diese Anleitung gilt für die Organisationseinheit „${NEW}“, die Sie angelegt haben. Öffnen Sie diese – schließen Sie dazu zuerst diese Ansicht.`;
    const both2 = komm(['E-Mail', 'steueramt@freiberg.de'], ['Telefon', '+49 3731 273 200']);
    // Another OE's drawer: the card names ours and leads out of it (the drawer may cover the list); from the
    // list, to the row of ours.
    const drawer = plan(task, at('kommunikation'), snap('oe-drawer', ui, unpublished), VIEWS, ctx);
    expect(drawer).toMatchObject({ kind: 'step', leadsTo: mine });
    expect(drawer.kind === 'step' && drawer.locator[0]).toMatchObject({ role: 'button', name: 'Schließen' });
    expect(plan(task, at('kommunikation'), snap('oe-list', ui), VIEWS, ctx)).toMatchObject({ locator: [{ role: 'row', name: NEW }] });
    // Its Kommunikation, with E-Mail and Telefon: nothing advances; the card leads out of it.
    const other = snap('oe-kommunikation', ui, both2);
    expect(advance(task, at('kommunikation'), other, VIEWS, ctx)).toBe(at('kommunikation'));
    expect(advance(task, at('mail-neu'), other, VIEWS, ctx)).toBe(at('mail-neu'));
    const out = plan(task, at('mail-neu'), other, VIEWS, ctx);
    expect(out).toMatchObject({ kind: 'step', leadsTo: mine });
    expect(out.kind === 'step' && out.locator.map((t) => t.name)).toContain('Abbrechen');
    // Its text, every Pflichtfeld filled: nothing.
    expect(advance(task, at('pflichtfelder'), snap('oe-text', ui, unpublished), VIEWS, ctx)).toBe(at('pflichtfelder'));
    // Ours: on as before, and its name is remembered even where no Name field shows.
    const ours = snap('oe-kommunikation', ui, both(both2, named(NEW)));
    expect(advance(task, at('kommunikation'), ours, VIEWS, ctx)).toBe(at('komm-speichern'));
    const save = plan(task, at('komm-speichern'), ours, VIEWS, ctx);
    expect(save.kind === 'step' ? save.leadsTo : 'kein Schritt').toBeUndefined();
    expect(advance(task, at('pflichtfelder'), snap('oe-text', ui, both(unpublished, named(NEW))), VIEWS, ctx)).toBe(at('veroeffentlichen'));
    expect(task.steps[at('speichern')].remember!(ours)).toBe(NEW);
  });

  it('asks for the Kommunikation entries the table does not show yet', () => {
    // Kanal, then Kennung, then Übernehmen for E-Mail.
    const mailKanal = snap('oe-kommunikation', ui, both(komm(), setField('Kanal', 'E-Mail')));
    expect(stepOn(task, mailKanal, at('mail-kanal'))).toBe('mail-kennung');
    expect(stepOn(task, snap('oe-kommunikation', ui, both(komm(), setField('Kanal', 'E-Mail'), setField('Kennung', 'info@x.de'))), at('mail-kanal'))).toBe('mail-ok');
    // Telefon chosen while E-Mail is asked for: not done.
    expect(stepOn(task, snap('oe-kommunikation', ui, both(komm(), setField('Kanal', 'Telefon'))), at('mail-kanal'))).toBe('mail-kanal');
    // E-Mail in the table: on to Telefon; both there: save.
    expect(stepOn(task, snap('oe-kommunikation', ui, komm(['E-Mail', 'buergerbuero@freiberg.de'])), at('mail-neu'))).toBe('tel-neu');
    expect(stepOn(task, snap('oe-kommunikation', ui, komm(['Telefon', '+49 3731 273 100'])), at('mail-neu'))).toBe('mail-neu');
    expect(stepOn(task, snap('oe-kommunikation', ui, komm(['Telefon', '+49 3731 273 100'], ['E-Mail', 'buergerbuero@freiberg.de'])), at('mail-neu'))).toBe('komm-speichern');
    // The saved Standesamt already has Telefon and E-Mail.
    expect(stepOn(task, snap('oe-kommunikation', ui, unpublished), at('mail-neu'))).toBe('komm-speichern');
  });

  it('points at Kommunikation controls the page shows', () => {
    const s = snap('oe-kommunikation', ui, komm());
    const names = (id: string) => { const p = planOn(task, id, s); return p.kind === 'step' ? p.locator.map((t) => t.name) : []; };
    const shown = (id: string) => names(id).filter((n) => s.buttons.some((b) => b.label === n) || s.fields.some((f) => f.label === n));
    expect(shown('mail-neu')).toEqual([ui === 'klassisch' ? 'Neue Kommunikation anlegen' : 'Kommunikationskanal anlegen']);
    expect(shown('mail-kanal')).toEqual(['Kanal']);
    expect(shown('tel-kennung')).toEqual(['Kennung']);
    expect(shown('tel-ok')).toEqual([ui === 'klassisch' ? 'Kommunikation übernehmen' : 'Übernehmen']);
    expect(shown('komm-speichern')).toEqual([ui === 'klassisch' ? 'Kommunikation speichern' : 'Speichern']);
    // aktuell: the drawer behind the dialog has its own Speichern; only the dialog's is meant.
    const p = planOn(task, 'komm-speichern', s);
    const speichern = p.kind === 'step' ? p.locator.find((t) => t.name === 'Speichern') : undefined;
    if (ui === 'aktuell') expect(speichern?.dialog?.test(s.dialogs[0])).toBe(true);
  });

  it('warns that only the first entry per Kanal reaches the Online-Antragsassistenten', () => {
    const two = snap('oe-kommunikation', ui, komm(['E-Mail', 'alt@freiberg.de'], ['Telefon', '+49 3731 1'], ['E-Mail', 'buergerbuero@freiberg.de']));
    expect(warning('tel-neu', two)).toContain('Nur der erste E-Mail-Eintrag („alt@freiberg.de“)');
    expect(warning('komm-speichern', two)).toContain('Nur der erste E-Mail-Eintrag');
    const personal = snap('oe-kommunikation', ui, komm(['E-Mail', 'max.mustermann@freiberg.de'], ['Telefon', '+49 151 2345678']));
    expect(warning('komm-speichern', personal)).toContain('„max.mustermann@freiberg.de“ geht an die Online-Antragsassistenten, wirkt aber persönlich: besser ein Funktionspostfach.');
    expect(warning('komm-speichern', personal)).toContain('„+49 151 2345678“ geht an die Online-Antragsassistenten, wirkt aber persönlich: besser eine zentrale Nummer.');
    const fine = snap('oe-kommunikation', ui, komm(['E-Mail', 'buergerbuero@freiberg.de'], ['Telefon', '+49 3731 273 100']));
    expect(warning('komm-speichern', fine)).toBeUndefined();
    expect(warning('komm-speichern', snap('oe-kommunikation', ui, komm(['E-Mail', 'buergerbuero@freiberg.de'])))).toBe('Es fehlt noch Telefon.');
  });

  it('warns about the first entries whenever the Kommunikation is open, on every step of the task', () => {
    const two = snap('oe-kommunikation', ui, komm(['E-Mail', 'alt@freiberg.de'], ['Telefon', '+49 3731 1'], ['E-Mail', 'buergerbuero@freiberg.de']));
    // The admin came back to the Kommunikation later in the task: the card leads on, and still warns.
    for (const later of ['text', 'pflichtfelder', 'veroeffentlichen']) {
      expect(warning(later, two)).toContain('Nur der erste E-Mail-Eintrag („alt@freiberg.de“)');
    }
    // The same edit seen on each Kommunikation step, once.
    expect(warning('mail-kanal', two)!.match(/Nur der erste/g)).toHaveLength(1);
    expect(warning('komm-speichern', two)!.match(/Nur der erste/g)).toHaveLength(1);
    // Elsewhere, nothing about it.
    expect(warning('text', snap('oe-drawer', ui, unpublished))).toBeUndefined();
  });

  it('points at the first empty Pflichtfeld and names the empty ones before publishing', () => {
    const text = (...empty: string[]) => snap('oe-text', ui, both(unpublished, ...empty.map((l) => setField(l, ''))));
    expect(stepOn(task, snap('oe-drawer', ui, unpublished), at('text'))).toBe('text');
    expect(stepOn(task, text('Toiletten', 'Aufzüge'), at('text'))).toBe('pflichtfelder');
    const p = planOn(task, 'pflichtfelder', text('Toiletten', 'Aufzüge'));
    expect(p.kind === 'step' && p.locator[0]).toMatchObject({ role: 'textbox', name: 'Toiletten' });
    expect(warning('veroeffentlichen', text('Eingangsbereich', 'Aufzüge'))).toBe('Noch leere Pflichtfelder: Eingangsbereich, Aufzüge.');
    expect(stepOn(task, text(), at('text'))).toBe('veroeffentlichen');
    expect(warning('veroeffentlichen', text())).toBeUndefined();
  });

  it('is done only when the badge shows 1.0 or higher', () => {
    const drawer = (version: string) => snap('oe-drawer', ui, (s) => { s.version = version; });
    const v = (n: string) => (ui === 'aktuell' ? `Version ${n}` : n);
    expect(stepOn(task, drawer(v('1.0')), at('veroeffentlichen'))).toBe('fertig');
    expect(stepOn(task, drawer(v('13.1')), at('veroeffentlichen'))).toBe('fertig');
    expect(stepOn(task, drawer(v('0.1')), at('veroeffentlichen'))).toBe('veroeffentlichen');
    expect(stepOn(task, drawer('Nicht veröffentlicht'), at('veroeffentlichen'))).toBe('veroeffentlichen');
    // Another published OE does not count once the new one is known.
    expect(advance(task, at('veroeffentlichen'), drawer(v('13.1')), VIEWS, { subject: NEW })).toBe(at('veroeffentlichen'));
    const ours = snap('oe-drawer', ui, (s) => { s.version = v('1.0'); s.headings[1] = NEW; });
    expect(advance(task, at('veroeffentlichen'), ours, VIEWS, { subject: NEW })).toBe(task.steps.length);
  });

  it('asks to log in first on the login page', () => {
    expect(planOn(task, 'oe', snap('login', ui))).toMatchObject({ kind: 'login' });
  });
});
