// Guide 3.3: Anlage & Pflege des Logos / Bildes.
import { task, type ChecklistEntry } from '../model';
import { MANDANT } from '../groups';
import { savedEvidence, savedNotice } from '../proof';
import { fieldValue } from '../pages/detect';
import { saveStep, toMandantView } from './mandant-steps';

export const bild = task({
  id: 'bild',
  section: '3.3',
  title: 'Logo / Bild',
  steps: [
    ...toMandantView('Bild', 'mandant-bild'),
    {
      id: 'datei', title: 'Bild auswählen', on: 'mandant-bild',
      text: 'Fügen Sie ein Bild / Logo hinzu bzw. überarbeiten Sie das vorhandene: Wählen Sie die Datei aus.',
      target: [
        // The upload's button opens the browser's file dialog (Vaadin 8 Upload, Flow's vaadin-upload).
        { ui: 'klassisch', role: 'button', name: 'Bild auswählen' },
        { ui: 'aktuell', role: 'button', name: 'Datei auswählen' },
        { role: 'file', name: 'Bild' },
      ],
      done: (s) => !!s.files?.length || !!(fieldValue(s, 'Bild') || fieldValue(s, 'Bilddatei')),
      watchInput: true,
    },
    saveStep('mandant-bild'),
  ],
  item: {
    kind: 'bild',
    // Proof: the page confirms the save (the image itself shows as a preview, not as a field).
    facts: { 'mandant-bild': { shows: (s) => (savedNotice(s) ? { saved: true } : null) } },
  },
});

/** Its checklist entry, for side panel, popup and report: the content script never shows it and so leaves it out. */
export const bildEntry = {
  of: bild, title: 'Logo / Bild', group: MANDANT,
  summary: 'Ihr Logo oder Wappen erscheint auf der Leistungsseite Ihrer Kommune.',
  proves: (seen) => seen.saved === true, evidence: savedEvidence,
} satisfies ChecklistEntry;
