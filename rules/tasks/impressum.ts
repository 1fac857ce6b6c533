// Guide 3.1: Anlage & Pflege des Impressums.
import { task } from '../model';
import { MANDANT } from '../groups';
import { savedEvidence, savedNotice } from '../proof';
import { fieldValue } from '../pages/detect';
import { saveStep, toMandantView } from './mandant-steps';

export const impressum = task({
  id: 'impressum',
  section: '3.1',
  title: 'Impressum',
  summary: 'Ohne Impressum können die Online-Antragsassistenten nicht in Ihren Mandanten eingebettet werden.',
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
    kind: 'impressum', title: 'Impressum', group: MANDANT, proves: (seen) => seen.saved === true, evidence: savedEvidence,
    // Proof: the page confirms the save and the field holds text.
    facts: { 'mandant-impressum': { shows: (s) => (savedNotice(s) && fieldValue(s, 'Impressum') ? { saved: true } : null) } },
  },
});
