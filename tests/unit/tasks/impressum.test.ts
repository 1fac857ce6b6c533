import { describe, it, expect } from 'vitest';
import { impressum } from '../../../rules/tasks/impressum';
import { planOn, setField, snap, stepOn, type Ui } from './snapshots';

describe.each<Ui>(['klassisch', 'aktuell'])('Impressum rules, %s', (ui) => {
  it('knows from the page how far the admin is', () => {
    expect(stepOn(impressum, snap('neuigkeiten', ui))).toBe('mandanten');
    expect(stepOn(impressum, snap('mandanten-list', ui))).toBe('mandant');
    expect(stepOn(impressum, snap('mandant-drawer', ui))).toBe('mandant-impressum');
    expect(stepOn(impressum, snap('mandant-impressum', ui))).toBe('text');
    expect(stepOn(impressum, snap('mandant-impressum', ui, setField('Impressum', 'Stadt Freiberg')))).toBe('speichern');
  });

  it('points at the menu from elsewhere and names where it leads', () => {
    const p = planOn(impressum, 'mandanten', snap('oe-list', ui));
    expect(p.kind === 'step' && p.locator.some((t) => t.menu && t.name === 'Mandanten')).toBe(true);
  });

  it('leads back to the Impressum view when the admin wandered off', () => {
    const p = planOn(impressum, 'text', snap('mandant-drawer', ui));
    expect(p).toMatchObject({ kind: 'step', leadsTo: 'Öffnen Sie Impressum Ihres Mandanten.' });
    expect(p.kind === 'step' && p.locator[0]).toMatchObject({ role: 'button', name: 'Impressum', region: 'Verwalten' });
  });

  it('asks to log in first on the login page', () => {
    expect(planOn(impressum, 'mandanten', snap('login', ui))).toMatchObject({ kind: 'login', text: 'Loggen Sie sich ins Amt24 AdminCenter ein.' });
  });
});
