// Guide 3.4 (to be written).
import type { Task } from '../model';

export const organisationseinheit: Task = {
  id: 'organisationseinheit',
  section: '3.4',
  title: 'Organisationseinheit anlegen und veröffentlichen',
  summary: '',
  steps: [],
};
