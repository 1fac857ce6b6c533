// What the page proves about the checklist, read from a snapshot: sent to the background, which merges it.
import { KISA_USER, type Fact } from './checklist';
import type { Snapshot } from './types';
import { columnOf, dialogSubject, fieldValue, tablesWith } from './pages/detect';
import { assignedUsers } from './pages/benutzergruppen';

const saved = (s: Snapshot) => s.notices.some((n) => /gespeichert/i.test(n));

/** The open record's name: what a dialog about it is titled after ("Kommunikationskanäle verwalten - <OE>",
 *  "Prozessparameter für den Prozess <Prozess> verwalten"), a sheet named after it (Vaadin 8 windows), else
 *  the drawer's title, the first heading after the page title. */
const recordTitle = (s: Snapshot) => dialogSubject(s) ?? s.dialogs.find((title) => !/verwalten/i.test(title)) ?? s.headings[1];

/** First entry per channel of the Kommunikation table (only the first one reaches the OAA). */
function firstPerChannel(s: Snapshot) {
  const [table] = tablesWith(s, 'Kanal', 'Kennung');
  if (!table) return null;
  const k = columnOf(table, 'Kanal');
  const first = (kanal: string) => table.rows.find((r) => r[k] === kanal)?.[columnOf(table, 'Kennung')] ?? null;
  return { email: first('E-Mail'), telefon: first('Telefon') };
}

const wartungsmodus = (s: Snapshot) => s.tables.flatMap((t) => t.rows).find((r) => r[0] === 'wartungsmodus')?.[2];

/** Facts the page shows as long as it shows them (the view `view` is the detected page view). */
export function factsOf(s: Snapshot, view: string | undefined): Fact[] {
  const title = recordTitle(s);
  switch (view) {
    case 'mandant-impressum':
      return saved(s) && fieldValue(s, 'Impressum') ? [{ kind: 'impressum', name: '', seen: { saved: true } }] : [];
    case 'mandant-datenschutz':
      return saved(s) && fieldValue(s, 'Name') && fieldValue(s, 'E-Mail') ? [{ kind: 'datenschutz', name: '', seen: { saved: true } }] : [];
    case 'mandant-bild':
      return saved(s) ? [{ kind: 'bild', name: '', seen: { saved: true } }] : [];
    case 'gruppe-benutzer': {
      const assigned = assignedUsers(s);
      return saved(s) && assigned ? [{ kind: 'rechte', name: '', seen: { kisa: assigned.rows.some((r) => r.includes(KISA_USER)) } }] : [];
    }
    case 'oe-drawer':
      return title && s.version ? [{ kind: 'oe', name: title, seen: { version: s.version } }] : [];
    case 'ergaenzung-drawer':
      return title && s.version ? [{ kind: 'ergaenzung', name: title, seen: { version: s.version } }] : [];
    case 'prozess-drawer':
      return title ? [{ kind: 'prozess', name: title, seen: {} }] : [];
    default:
      return [];
  }
}

/** Facts of views that edit a working copy: what they show on opening is what is stored. */
export function factsOnEnter(s: Snapshot, view: string | undefined): Fact[] {
  const title = recordTitle(s);
  if (!title) return [];
  if (view === 'oe-kommunikation') {
    const first = firstPerChannel(s);
    return first ? [{ kind: 'oe', name: title, seen: first }] : [];
  }
  if (view === 'prozess-parameter') {
    const value = wartungsmodus(s);
    return value ? [{ kind: 'prozess', name: title, seen: { wartungsmodus: value } }] : [];
  }
  return [];
}

/** Facts read at the admin's own click on a saving button: the working copy becomes what is stored. */
export function factsOnSave(s: Snapshot, view: string | undefined, label: string): Fact[] {
  const title = recordTitle(s);
  if (!title) return [];
  const kommunikation = view === 'oe-kommunikation' && (label === 'Kommunikation speichern' || (s.generation === 'aktuell' && label === 'Speichern'));
  if (kommunikation) {
    const first = firstPerChannel(s);
    return first ? [{ kind: 'oe', name: title, seen: first }] : [];
  }
  // klassisch saves with the drawer's Speichern on the tab; aktuell with the dialog's footer.
  const parameter = label === 'Speichern' && (s.generation === 'klassisch' ? view === 'prozess-parameter' : view === 'parameter-form' || view === 'prozess-parameter');
  const value = parameter && wartungsmodus(s);
  return value ? [{ kind: 'prozess', name: title, seen: { wartungsmodus: value } }] : [];
}
