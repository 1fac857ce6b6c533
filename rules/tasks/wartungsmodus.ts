// Guide 4 (to be written).
import type { Task } from '../model';

export const wartungsmodus: Task = {
  id: 'wartungsmodus',
  section: '4',
  title: 'Wartungsmodus ausschalten',
  summary: '',
  steps: [],
};
