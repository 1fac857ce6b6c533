// Guide 3.2: Anlage & Pflege des Datenschutzbeauftragten.
import { task, type ChecklistEntry } from '../model';
import { MANDANT } from '../groups';
import { savedEvidence, savedNotice } from '../proof';
import { fieldValue } from '../pages/detect';
import { saveStep, toMandantView } from './mandant-steps';

export const datenschutz = task({
  id: 'datenschutz',
  section: '3.2',
  title: 'Datenschutzbeauftragte(r)',
  steps: [
    ...toMandantView('Datenschutzbeauftragter', 'mandant-datenschutz'),
    {
      id: 'angaben', title: 'Angaben eintragen', on: 'mandant-datenschutz',
      text: 'Fügen Sie den Datenschutzbeauftragten hinzu bzw. überarbeiten Sie die Informationen: Name, Anschrift, E-Mail und Telefon.',
      // The first of the two fields citizens need that is still empty.
      target: (s) => [{ role: 'textbox', name: fieldValue(s, 'Name') ? 'E-Mail' : 'Name' }],
      done: (s) => !!fieldValue(s, 'Name') && !!fieldValue(s, 'E-Mail'),
      watchInput: true,
    },
    saveStep('mandant-datenschutz'),
  ],
  item: {
    kind: 'datenschutz',
    // Proof: the page confirms the save, with the two fields citizens need filled in.
    facts: { 'mandant-datenschutz': { shows: (s) => (savedNotice(s) && fieldValue(s, 'Name') && fieldValue(s, 'E-Mail') ? { saved: true } : null) } },
  },
});

/** Its checklist entry, for side panel, popup and report: the content script never shows it and so leaves it out. */
export const datenschutzEntry = {
  of: datenschutz, title: 'Datenschutzbeauftragte(r)', group: MANDANT,
  summary: 'Bürgerinnen und Bürger müssen sehen, an wen sie sich in Datenschutzfragen wenden.',
  proves: (seen) => seen.saved === true, evidence: savedEvidence,
} satisfies ChecklistEntry;
