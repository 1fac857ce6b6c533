// Guide 3.5 (to be written).
import type { Task } from '../model';

export const ergaenzung: Task = {
  id: 'ergaenzung',
  section: '3.5',
  title: 'Kommunale Ergänzung',
  summary: '',
  steps: [],
};
