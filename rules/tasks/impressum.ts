// Guide 3.1: Anlage & Pflege des Impressums.
import type { Task } from '../model';
import { fieldValue } from '../pages/detect';
import { saveStep, toMandantView } from './mandant-steps';

export const impressum: Task = {
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
};
