import { describe, it, expect } from 'vitest';
import { bild } from '../../../rules/tasks/bild';
import { planOn, setField, snap, stepOn, type Ui } from './snapshots';

const FILE_FIELD = { klassisch: 'Bild', aktuell: 'Bilddatei' };

describe.each<Ui>(['klassisch', 'aktuell'])('Logo / Bild rules, %s', (ui) => {
  it('points at the file field of this UI generation', () => {
    expect(stepOn(bild, snap('mandant-bild', ui))).toBe('datei');
    const p = planOn(bild, 'datei', snap('mandant-bild', ui));
    expect(p.kind === 'step' && p.locator.filter((t) => !t.ui || t.ui === ui).map((t) => t.name)).toEqual([FILE_FIELD[ui]]);
  });
  it('moves on to Speichern once a file is chosen', () => {
    expect(stepOn(bild, snap('mandant-bild', ui, setField(FILE_FIELD[ui], 'C:\\fakepath\\wappen.png')), 3)).toBe('speichern');
  });
});
