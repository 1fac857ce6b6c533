import { describe, it, expect } from 'vitest';
import { bild } from '../../../rules/tasks/bild';
import { planOn, snap, stepOn, type Ui } from './snapshots';

/** The upload's button of each UI generation (Vaadin 8 Upload, Flow's vaadin-upload). */
const UPLOAD_BUTTON = { klassisch: 'Bild auswählen', aktuell: 'Datei auswählen' };

describe.each<Ui>(['klassisch', 'aktuell'])('Logo / Bild rules, %s', (ui) => {
  it("points at the upload's button of this UI generation", () => {
    expect(stepOn(bild, snap('mandant-bild', ui))).toBe('datei');
    const p = planOn(bild, 'datei', snap('mandant-bild', ui));
    expect(p.kind === 'step' && p.locator.find((t) => !t.ui || t.ui === ui)).toMatchObject({ role: 'button', name: UPLOAD_BUTTON[ui] });
  });
  it('moves on to Speichern once a file is chosen', () => {
    expect(stepOn(bild, { ...snap('mandant-bild', ui), files: ['wappen.png'] }, 3)).toBe('speichern');
  });
});
