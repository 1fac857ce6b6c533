// Guide 3.6: Vergabe der Rechte an KISA zur Konfiguration Ihres OAA.
import { openStep, task, type ChecklistEntry } from '../model';
import { RECHTE } from '../groups';
import { KISA_USER as KISA, savedNotice } from '../proof';
import { assignedUsers, kisaAssigned as assigned } from '../pages/benutzergruppen';

/** Remembered when the Benutzer view opens without KISA: adding it must then be saved. Opened with KISA: done. */
const OFFEN = `${KISA} noch nicht zugeordnet`;

export const rechte = task({
  id: 'rechte',
  section: '3.6',
  title: 'Rechte für KISA',
  steps: [
    openStep('benutzergruppen', 'Benutzergruppen öffnen', {
      klassisch: 'Wählen Sie Benutzerverwaltung → Benutzergruppen.',
      aktuell: 'Wählen Sie in der Seitenleiste Benutzer → Benutzergruppen.',
    }, 'gruppen-list'),
    openStep('gruppe', 'Mandanten-Administrator wählen', 'Klicken Sie auf die Benutzergruppe Mandanten-Administrator.', 'gruppe-drawer'),
    openStep('benutzer', 'Benutzer öffnen',
      `Klicken Sie im Mandanten-Administrator unter „Verwalten“ auf Benutzer. Steht ${KISA} dort schon unter „Zugeordnete Benutzer“, hat KISA die Rechte bereits und Sie sind fertig.`,
      'gruppe-benutzer', { remember: (s) => (assigned(s) ? undefined : OFFEN) }),
    {
      id: 'hinzufuegen', title: 'KISA hinzufügen', on: 'gruppe-benutzer',
      text: `Fügen Sie ${KISA} aus „Verfügbare Benutzer“ hinzu.`,
      target: [
        { ui: 'aktuell', role: 'button', name: `Hinzufügen: ${KISA}` },
        // the `Hinzufügen` in KISA's row
        { role: 'button', name: 'Hinzufügen', row: KISA },
      ],
      done: assigned,
    },
    {
      id: 'speichern', title: 'Zuordnung speichern', on: 'gruppe-benutzer',
      text: 'Klicken Sie auf „Zuordnung speichern“.',
      target: [{ role: 'button', name: 'Zuordnung speichern' }],
      done: (s, ctx) => assigned(s) && ctx.subject !== OFFEN,
      advanceOnClick: true,
    },
  ],
  item: {
    kind: 'rechte',
    // Proof: after saving, KISA's user is among the Zugeordnete Benutzer.
    facts: { 'gruppe-benutzer': { shows: (s) => (savedNotice(s) && assignedUsers(s) ? { kisa: assigned(s) } : null) } },
  },
});

/** Its checklist entry, for side panel, popup and report: the content script never shows it and so leaves it out. */
export const rechteEntry = {
  of: rechte, title: 'Rechte für KISA', group: RECHTE,
  summary: 'Als Mandanten-Administrator kann KISA Ihren Online-Antragsassistenten konfigurieren.',
  proves: (seen) => seen.kisa === true,
  evidence: (seen) => (seen.kisa === undefined ? [] : [seen.kisa ? `${KISA} zugeordnet` : `${KISA} nicht zugeordnet`]),
} satisfies ChecklistEntry;
