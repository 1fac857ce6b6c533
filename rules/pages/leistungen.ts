// Zuständigkeitsfinder → Leistungen: list, Leistung drawer, Ergänzung drawer, Ergänzung text editor.
import { views, type PageView } from '../model';
import type { Snapshot } from '../types';
import { buttonEnabled, fieldValue, hasButton, hasHeading, menuEntry } from './detect';
import { CLOSE_DRAWER } from './mandanten';

const ERG = 'K. Ergänzung';
const onLeistungen = (s: Snapshot) => hasHeading(s, 'Leistungen');
const editor = (s: Snapshot) => hasButton(s, 'Speichern und veröffentlichen');
/** What the admin typed into the list's filter (klassisch `Tabelle filtern`, aktuell `Suchbegriff`). */
export const leikaFilter = (s: Snapshot) => fieldValue(s, 'Tabelle filtern') || fieldValue(s, 'Suchbegriff');

export const leistungenViews = views([
  {
    id: 'leistungen-list',
    name: 'Zuständigkeitsfinder → Leistungen',
    detect: (s) => onLeistungen(s) && !hasButton(s, ERG) && !editor(s),
    from: { view: 'menu', via: menuEntry('Leistungen', { klassisch: 'Zuständigkeitsfinder', aktuell: 'Zuständigkeitsfinder' }) },
  },
  {
    // A Landesleistung: `K. Ergänzung` can be clicked.
    id: 'leistung-drawer',
    name: 'die Leistung',
    detect: (s) => onLeistungen(s) && buttonEnabled(s, ERG),
    // The Leistung worked on, else the row of the typed LeiKa-Schlüssel, else the first row the filter left.
    from: {
      view: 'leistungen-list',
      via: (s, ctx) => [ctx.subject, leikaFilter(s), /^\d{14}$/].filter((n) => n).map((name) => ({ role: 'row' as const, name: name! })),
    },
    close: CLOSE_DRAWER,
  },
  {
    // The kommunale Ergänzung (or another kommunale Leistung): `K. Ergänzung` is greyed.
    id: 'ergaenzung-drawer',
    name: 'die kommunale Ergänzung',
    detect: (s) => onLeistungen(s) && hasButton(s, ERG) && !buttonEnabled(s, ERG),
    from: { view: 'leistung-drawer', via: [{ role: 'button', name: ERG }] },
    close: CLOSE_DRAWER,
  },
  {
    id: 'ergaenzung-text',
    name: 'den Text der Ergänzung',
    detect: (s) => onLeistungen(s) && editor(s),
    from: { view: 'ergaenzung-drawer', via: [{ role: 'button', name: 'Text bearbeiten' }] },
    close: [{ role: 'button', name: 'Abbrechen' }],
  },
]);
