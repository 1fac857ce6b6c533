import { describe, it, expect } from 'vitest';
import { datenschutz } from '../../../rules/tasks/datenschutz';
import { planOn, setField, snap, stepOn, type Ui } from './snapshots';

describe.each<Ui>(['klassisch', 'aktuell'])('Datenschutzbeauftragte(r) rules, %s', (ui) => {
  it('walks through the Mandant to the form', () => {
    expect(stepOn(datenschutz, snap('mandant-drawer', ui))).toBe('mandant-datenschutz');
    expect(stepOn(datenschutz, snap('mandant-datenschutz', ui))).toBe('angaben');
  });
  it('asks for the name first, then the e-mail, then Speichern', () => {
    const empty = snap('mandant-datenschutz', ui);
    const named = snap('mandant-datenschutz', ui, setField('Name', 'Dr. Dana Schutz'));
    expect(planOn(datenschutz, 'angaben', empty)).toMatchObject({ locator: [{ role: 'textbox', name: 'Name' }] });
    expect(planOn(datenschutz, 'angaben', named)).toMatchObject({ locator: [{ role: 'textbox', name: 'E-Mail' }] });
    const both = snap('mandant-datenschutz', ui, (s) => { setField('Name', 'Dr. Dana Schutz')(s); setField('E-Mail', 'ds@freiberg.de')(s); });
    expect(stepOn(datenschutz, both, 4)).toBe('speichern');
  });
});
