// Benutzerverwaltung (klassisch) / Benutzer (aktuell) → Benutzergruppen: list, the group Mandanten-Administrator,
// and its "Benutzer der Benutzergruppe … verwalten" view.
import { views, type PageView } from '../model';
import type { Snapshot, SnapshotTable } from '../types';
import { KISA_USER } from '../proof';
import { hasHeading, menuEntry, tablesWith } from './detect';
import { CLOSE_DRAWER } from './mandanten';

export const ADMIN_GROUP = 'Mandanten-Administrator';
const onGruppen = (s: Snapshot) => hasHeading(s, 'Benutzergruppen');
const admin = (s: Snapshot) => hasHeading(s, ADMIN_GROUP);
const benutzer = (s: Snapshot) => hasHeading(s, /^Benutzer der Benutzergruppe\W+Mandanten-Administrator\W+verwalten$/);

/** `Zugeordnete Benutzer`: the second user table of the Benutzer view (after `Verfügbare Benutzer`), if shown. */
export function assignedUsers(s: Snapshot): SnapshotTable | null {
  const users = tablesWith(s, 'E-Mail');
  return users.length > 1 ? users[users.length - 1] : null;
}

/** KISA's user is among the Zugeordnete Benutzer. */
export const kisaAssigned = (s: Snapshot) => !!assignedUsers(s)?.rows.some((r) => r.includes(KISA_USER));

export const gruppenViews = views([
  {
    // The list, also while another group is open beside it.
    id: 'gruppen-list',
    name: { klassisch: 'Benutzerverwaltung → Benutzergruppen', aktuell: 'Benutzer → Benutzergruppen' },
    detect: (s) => onGruppen(s) && !admin(s) && !benutzer(s),
    from: { view: 'menu', via: menuEntry('Benutzergruppen', { klassisch: 'Benutzerverwaltung', aktuell: 'Benutzer' }) },
  },
  {
    id: 'gruppe-drawer',
    name: 'die Benutzergruppe Mandanten-Administrator',
    detect: (s) => onGruppen(s) && admin(s) && !benutzer(s),
    from: { view: 'gruppen-list', via: [{ role: 'row', name: ADMIN_GROUP }] },
    close: CLOSE_DRAWER,
  },
  {
    id: 'gruppe-benutzer',
    name: 'die Benutzer des Mandanten-Administrators',
    // Shown once its lists are: grids load their rows after the dialog opens, and whether KISA is among the
    // assigned users is what this view is about (the group always has a member: whoever administers it).
    detect: (s) => onGruppen(s) && benutzer(s) && !!assignedUsers(s)?.rows.length,
    from: { view: 'gruppe-drawer', via: [{ role: 'button', name: 'Benutzer', region: 'Verwalten' }] },
    close: [{ role: 'button', name: 'Abbrechen' }],
  },
]);
