// Benutzerverwaltung (klassisch) / Benutzer (aktuell) → Mandanten: list, drawer, Verwalten views.
import { views, type PageView } from '../model';
import type { Locator } from '../types';
import { hasButton, hasHeading, menuEntry } from './detect';

// The drawer's `→` (klassisch) or `×` (aktuell): named Schließen, or an icon-only button without a name
// (Vaadin 8: FontAwesome ARROW_RIGHT / TIMES; Flow: `lumo:cross`, `vaadin:close`). A bare TIMES last: klassisch
// also shows it beside the list's facet filter, earlier on the page than the drawer's `→`.
export const CLOSE_DRAWER: Locator = [
  { role: 'button', name: 'Schließen' },
  { role: 'button', name: '', icon: ['\uf061', 'lumo:cross', 'vaadin:close', 'vaadin:close-small', 'vaadin:arrow-right'] },
  { role: 'button', name: '', icon: ['\uf00d'] },
];
const BENUTZERVERWALTUNG = { klassisch: 'Benutzerverwaltung', aktuell: 'Benutzer' };
const onMandanten = (s: Parameters<PageView['detect']>[0]) => hasHeading(s, 'Mandanten');
const verwaltenView = /^(Impressum|Datenschutzbeauftragter|Bild) verwalten/;
const drawerOpen = (s: Parameters<PageView['detect']>[0]) => hasButton(s, 'Impressum', 'Datenschutzbeauftragter', 'Bild');

/** One of the Verwalten views of the Mandant drawer. */
function verwalten<const Id extends string>(id: Id, button: string, heading: RegExp): PageView<Id> {
  return {
    id,
    name: `${button} Ihres Mandanten`,
    detect: (s) => onMandanten(s) && hasHeading(s, heading),
    from: { view: 'mandant-drawer', via: [{ role: 'button', name: button, region: 'Verwalten' }] },
    close: [{ role: 'button', name: 'Abbrechen' }],
  };
}

export const mandantenViews = views([
  {
    id: 'mandanten-list',
    name: { klassisch: 'Benutzerverwaltung → Mandanten', aktuell: 'Benutzer → Mandanten' },
    detect: (s) => onMandanten(s) && !drawerOpen(s) && !hasHeading(s, verwaltenView),
    from: { view: 'menu', via: menuEntry('Mandanten', BENUTZERVERWALTUNG) },
  },
  {
    id: 'mandant-drawer',
    name: 'Ihren Mandanten',
    detect: (s) => onMandanten(s) && drawerOpen(s) && !hasHeading(s, verwaltenView),
    // The row of the current Mandant (the one shown in the Mandant selector).
    from: { view: 'mandanten-list', via: (s) => [{ role: 'row', name: s.tenant ?? /.+/ }] },
    close: CLOSE_DRAWER,
  },
  verwalten('mandant-impressum', 'Impressum', /^Impressum verwalten/),
  verwalten('mandant-datenschutz', 'Datenschutzbeauftragter', /^Datenschutzbeauftragter verwalten/),
  verwalten('mandant-bild', 'Bild', /^Bild verwalten/),
]);
