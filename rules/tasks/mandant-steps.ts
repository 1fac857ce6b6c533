// The way to a Verwalten view of the Mandant (guide 3.1–3.3, steps 2 and 3), shared by those tasks.
import { openStep, type ActStep, type Step } from '../model';
import type { ViewId } from '../views';

export function toMandantView(button: string, view: ViewId): Step[] {
  return [
    openStep('mandanten', 'Mandanten öffnen', {
      klassisch: 'Wählen Sie Benutzerverwaltung → Mandanten.',
      aktuell: 'Wählen Sie in der Seitenleiste Benutzer → Mandanten.',
    }, 'mandanten-list'),
    openStep('mandant', 'Mandanten wählen', 'Klicken Sie auf Ihren Mandanten.', 'mandant-drawer'),
    openStep(view, `${button} öffnen`, `Klicken Sie unter „Verwalten“ auf ${button}.`, view),
  ];
}

/** The last step of 3.1–3.3: `Speichern` in the open Verwalten view. */
export function saveStep(on: ViewId): ActStep {
  return {
    id: 'speichern', title: 'Speichern', on,
    text: 'Prüfen Sie Ihre Angaben und klicken Sie auf Speichern.',
    target: [{ role: 'button', name: 'Speichern' }],
    advanceOnClick: true,
  };
}
