// Guide 4: Wartungsmodus eines Online-Antragsassistenten ausschalten.
import { forUi, openStep, task, type ChecklistEntry } from '../model';
import { PROZESSE } from '../groups';
import type { Snapshot } from '../types';
import { dialogSubject, fieldValue, hasDialog } from '../pages/detect';
import { EDIT_DIALOG, WARTUNGSMODUS_ROW, openParameter } from '../pages/prozesse';

/** The value the parameter table shows for the row named exactly `wartungsmodus` (column `Wert / Typ` or `Wert`). */
const tableValue = (s: Snapshot) => s.tables.flatMap((t) => t.rows).find((r) => r[0] === 'wartungsmodus')?.[2];
const isFalse = (s: Snapshot) => tableValue(s) === 'false';
const wartungsmodusSeen = (s: Snapshot) => {
  const value = tableValue(s);
  return value ? { wartungsmodus: value } : null;
};

const SAVE = { id: 'speichern', title: 'Speichern', advanceOnClick: true, target: [{ role: 'button' as const, name: 'Speichern', dialog: /^Prozessparameter verwalten/ }] };

export const wartungsmodus = task({
  id: 'wartungsmodus',
  section: '4',
  title: 'Wartungsmodus ausschalten',
  steps: [
    openStep('prozesse', 'Prozesse öffnen', {
      klassisch: 'Wählen Sie Zuständigkeitsfinder → Prozesse.',
      aktuell: 'Wählen Sie in der Seitenleiste Zuständigkeitsfinder → Prozesse.',
    }, 'prozesse-list'),
    openStep('prozess', 'Prozess wählen', 'Klicken Sie auf den Prozess, dessen Wartungsmodus Sie ausschalten möchten, z. B. KOMM24Hundesteueranmeldung.', 'prozess-drawer', {
      // The drawer's title is one of the processes in the list; a parameter dialog names its process in its title.
      remember: (s) => s.headings.find((h) => s.tables.some((t) => t.rows.some((r) => r[0] === h))) ?? dialogSubject(s),
    }),
    openStep('aktivieren', 'Prozessparameter öffnen', {
      klassisch: 'Klicken Sie unter „Verwalten“ auf „Prozess aktivieren“.',
      aktuell: 'Klicken Sie unter „Verwalten“ auf „Prozessparameter“. Ist „Prozess aktivieren“ ausgegraut, ist der Prozess bereits aktiv – seine Parameter ändern Sie hier.',
    }, 'prozess-aktivieren', {
      whenDisabled: {
        klassisch: '',
        aktuell: '„Prozessparameter“ ist ausgegraut, solange der Prozess nicht aktiv ist: Aktivieren Sie ihn zuerst mit „Prozess aktivieren“. „Prozess aktivieren“ ist ausgegraut, wenn er schon aktiv ist.',
      },
    }),
    openStep('parameter', 'Reiter Prozessparameter', 'Wählen Sie den Reiter „2. Prozessparameter“.', 'prozess-parameter'),
    openStep('zeile', 'wartungsmodus wählen', {
      klassisch: 'Klicken Sie rechts in der Zeile „wartungsmodus“ (nicht „wartungsmodusNutzer“) auf Bearbeiten.',
      aktuell: 'Wählen Sie die Zeile „wartungsmodus“ (nicht „wartungsmodusNutzer“).',
    }, 'parameter-form'),
    {
      id: 'wert', title: 'false eintragen', on: 'parameter-form',
      text: { klassisch: 'Tragen Sie bei „Parameterwert festlegen“ false ein.', aktuell: 'Tragen Sie bei „Parameterwert“ false ein.' },
      target: [
        { ui: 'klassisch', role: 'textbox', name: 'Parameterwert festlegen' },
        { ui: 'aktuell', role: 'textbox', name: 'Parameterwert', dialog: /^Prozessparameter verwalten/ },
      ],
      done: (s) => fieldValue(s, forUi({ klassisch: 'Parameterwert festlegen', aktuell: 'Parameterwert' }, s.generation)) === 'false' || isFalse(s),
      watchInput: 'value',
    },
    {
      id: 'uebernehmen', title: 'Wert übernehmen', on: 'parameter-form',
      text: { klassisch: 'Klicken Sie im Dialog auf Speichern.', aktuell: 'Klicken Sie auf Übernehmen.' },
      target: [
        { ui: 'klassisch', role: 'button', name: 'Speichern', dialog: /^Prozessparameter für den Prozess/ },
        { ui: 'aktuell', role: 'button', name: 'Übernehmen', dialog: /^Prozessparameter verwalten/ },
      ],
      // The table shows the new value (klassisch: the dialog closed; aktuell: beside the form).
      done: isFalse,
    },
    // The value is saved only now: klassisch with the drawer's Speichern, aktuell with the dialog's.
    { ...SAVE, only: 'klassisch', on: 'prozess-parameter', text: 'Klicken Sie unten auf Speichern. Danach ist der Wartungsmodus aus.', target: [{ role: 'button', name: 'Speichern' }] },
    { ...SAVE, only: 'aktuell', on: 'parameter-form', text: 'Klicken Sie unten im Dialog auf Speichern. Danach ist der Wartungsmodus aus.' },
  ],
  // Another parameter's form (e.g. wartungsmodusNutzer) counts for nothing: the card says which one is open.
  other: {
    says: (s) => {
      const open = openParameter(s);
      return open && open !== 'wartungsmodus' ? `Geöffnet ist der Parameter „${open}“ – diese Anleitung gilt für „wartungsmodus“. ${
        forUi({ klassisch: 'Schließen Sie diesen Dialog mit Abbrechen.', aktuell: 'Wählen Sie die Zeile „wartungsmodus“.' }, s.generation)}` : undefined;
    },
    back: WARTUNGSMODUS_ROW,
  },
  item: {
    kind: 'prozess', perRecord: true,
    facts: {
      // An opened Prozess gets its item; the parameter table shows what is stored on opening, and at the save.
      'prozess-drawer': { shows: () => ({}) },
      // (klassisch: not the edit dialog's Speichern, which only takes a value into the table)
      'prozess-parameter': { onEnter: wartungsmodusSeen, onSave: (s, label) => (label === 'Speichern' && !hasDialog(s, EDIT_DIALOG) ? wartungsmodusSeen(s) : null) },
      // aktuell saves with the dialog's footer while its form is open.
      'parameter-form': { onSave: (s, label) => (label === 'Speichern' && s.generation === 'aktuell' ? wartungsmodusSeen(s) : null) },
    },
  },
});

/** Its checklist entry, for side panel, popup and report: the content script never shows it and so leaves it out. */
export const wartungsmodusEntry = {
  of: wartungsmodus, title: 'Wartungsmodus aus', group: PROZESSE,
  summary: 'Solange der Wartungsmodus an ist, sehen Bürgerinnen und Bürger den Online-Antragsassistenten nicht – das Ausschalten liegt in Ihrer Verantwortung.',
  proves: (seen) => seen.wartungsmodus === 'false',
  evidence: (seen) => (seen.wartungsmodus === undefined ? [] : [`wartungsmodus = ${seen.wartungsmodus}`]),
} satisfies ChecklistEntry;
