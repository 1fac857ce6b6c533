// Guide 3.6 (to be written).
import type { Task } from '../model';

export const rechte: Task = {
  id: 'rechte',
  section: '3.6',
  title: 'Rechte für KISA',
  summary: '',
  steps: [],
};
