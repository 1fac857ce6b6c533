// The checklist's groups, in the order of the side panel; each task's item names its group.
import type { ItemGroup } from './model';

export const MANDANT: ItemGroup = { title: 'Mandant', empty: 'Noch nichts gesehen – öffnen Sie Benutzerverwaltung → Mandanten im AdminCenter.' };
export const OES: ItemGroup = {
  title: 'Organisationseinheiten', empty: 'Noch keine Organisationseinheit gesehen – öffnen Sie Organisationseinheiten im AdminCenter.',
};
export const ERGAENZUNGEN: ItemGroup = {
  title: 'Kommunale Ergänzungen', empty: 'Noch keine Kommunale Ergänzung gesehen – öffnen Sie Zuständigkeitsfinder → Leistungen im AdminCenter.',
};
export const RECHTE: ItemGroup = { title: 'Rechte', empty: 'Noch nichts gesehen – öffnen Sie Benutzerverwaltung → Benutzergruppen im AdminCenter.' };
export const PROZESSE: ItemGroup = { title: 'Prozesse', empty: 'Noch kein Prozess gesehen – öffnen Sie Zuständigkeitsfinder → Prozesse im AdminCenter.' };
