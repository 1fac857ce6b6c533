// Guide 3.1: Anlage & Pflege des Impressums.
import { task, type ChecklistEntry } from '../model';
import { MANDANT } from '../groups';
import { savedEvidence, savedNotice } from '../proof';
import { fieldValue } from '../pages/detect';
import { saveStep, toMandantView } from './mandant-steps';

export const impressum = task({
  id: 'impressum',
  section: '3.1',
  title: 'Impressum',
  steps: [
    ...toMandantView('Impressum', 'mandant-impressum'),
    {
      id: 'text', title: 'Impressum eintragen', on: 'mandant-impressum',
      text: 'Fügen Sie ein Impressum hinzu bzw. überarbeiten Sie das vorhandene.',
      target: [{ role: 'textbox', name: 'Impressum' }],
      done: (s) => !!fieldValue(s, 'Impressum'),
      watchInput: true,
    },
    saveStep('mandant-impressum'),
  ],
  item: {
    kind: 'impressum',
    // Proof: the page confirms the save and the field holds text.
    facts: { 'mandant-impressum': { shows: (s) => (savedNotice(s) && fieldValue(s, 'Impressum') ? { saved: true } : null) } },
  },
});

/** Its checklist entry, for side panel, popup and report: the content script never shows it and so leaves it out. */
export const impressumEntry = {
  of: impressum, title: 'Impressum', group: MANDANT,
  summary: 'Ohne Impressum können die Online-Antragsassistenten nicht in Ihren Mandanten eingebettet werden.',
  proves: (seen) => seen.saved === true, evidence: savedEvidence,
} satisfies ChecklistEntry;
