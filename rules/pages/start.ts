// Login page and the start page (Neuigkeiten).
import { views, type PageView } from '../model';
import { hasHeading } from './detect';

export const startViews = views([
  {
    id: 'login',
    name: 'Anmeldung',
    detect: (s) => s.loginForm,
  },
  {
    id: 'neuigkeiten',
    name: 'Neuigkeiten',
    detect: (s) => !s.loginForm && hasHeading(s, 'Neuigkeiten'),
    from: { view: 'menu', via: [{ role: 'menuitem', name: 'Neuigkeiten', menu: true }] },
  },
]);
