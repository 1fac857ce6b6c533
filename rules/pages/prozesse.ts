// Zuständigkeitsfinder → Prozesse: list, Prozess drawer, and the way to the Prozessparameter (guide 4).
// klassisch: drawer → `Prozess aktivieren` (tabs `1. Leistungen` | `2. Prozessparameter`) → edit dialog.
// aktuell: drawer → `Prozessparameter` (dialog "Prozessparameter verwalten - <Prozess>") → select a row.
import { views, type PageView } from '../model';
import type { Locator, Snapshot } from '../types';
import { fieldValue, hasButton, hasDialog, hasHeading, menuEntry, tabSelected } from './detect';
import { labelMatches } from '../../shared/text';
import { CLOSE_DRAWER } from './mandanten';

const drawerOpen = (s: Snapshot) => hasButton(s, 'Prozess aktivieren', 'Prozess teilen');
const hasTab = (s: Snapshot, label: string) => s.tabs.some((t) => labelMatches(t.label, label));
/** aktuell: the dialog "Prozessparameter verwalten - <Prozess>" */
const PP_DIALOG = /^Prozessparameter verwalten - /;
/** klassisch: the edit dialog "Prozessparameter für den Prozess <Prozess> verwalten" */
export const EDIT_DIALOG = /^Prozessparameter für den Prozess /;
const parameterDialog = (s: Snapshot) => hasDialog(s, EDIT_DIALOG) || hasDialog(s, PP_DIALOG);
/** The parameter whose form is open, by the form's own Name (klassisch: the edit dialog's "Name:"; aktuell:
 *  "Prozessparameter bearbeiten" beside the list, empty while no row is selected). */
export const openParameter = (s: Snapshot) => (parameterDialog(s) && fieldValue(s, 'Name')) || undefined;
const wartungSelected = (s: Snapshot) => openParameter(s) === 'wartungsmodus';
const ABBRECHEN = [{ role: 'button' as const, name: 'Abbrechen', dialog: /^Prozessparameter/ }, { role: 'button' as const, name: 'Abbrechen' }];
const recht = (menu: string) => `Ihnen fehlt das Recht „Mandantenredakteur Prozessparameter und -integration“ – prüfen Sie unter ${menu} → Benutzergruppen, ob Sie dieser Gruppe angehören.`;

/** The way to the form of wartungsmodus from the parameter list. */
export const WARTUNGSMODUS_ROW: Locator = [
  // klassisch: the edit button in the row named exactly `wartungsmodus` (not `wartungsmodusNutzer`).
  { ui: 'klassisch', role: 'button', name: 'Bearbeiten', row: 'wartungsmodus' },
  // … an icon-only button there (FontAwesome EDIT / PENCIL_SQUARE_O / PENCIL)
  { ui: 'klassisch', role: 'button', name: '', icon: ['\uf044', '\uf040'], row: 'wartungsmodus' },
  { ui: 'aktuell', role: 'row', name: 'wartungsmodus', dialog: PP_DIALOG },
];

/** The process list: its first process, while the guide knows none yet. */
export const firstProzess = (s: Snapshot) => s.tables[0]?.rows[0]?.[0] || /^KOMM24/;

export const prozesseViews = views([
  {
    id: 'prozesse-list',
    name: 'Zuständigkeitsfinder → Prozesse',
    detect: (s) => hasHeading(s, 'Prozesse') && !drawerOpen(s) && !hasTab(s, '2. Prozessparameter') && !s.dialogs.length,
    from: { view: 'menu', via: menuEntry('Prozesse', { klassisch: 'Zuständigkeitsfinder', aktuell: 'Zuständigkeitsfinder' }) },
    // Guide 4, last paragraph: `Prozesse` is only shown to members of this group.
    whenMissing: { klassisch: recht('Benutzerverwaltung'), aktuell: recht('Benutzer') },
  },
  {
    id: 'prozess-drawer',
    name: 'Ihren Prozess',
    detect: (s) => hasHeading(s, 'Prozesse') && drawerOpen(s) && !hasDialog(s, PP_DIALOG),
    from: { view: 'prozesse-list', via: (s, ctx) => [{ role: 'row', name: ctx.subject ?? firstProzess(s) }] },
    close: CLOSE_DRAWER,
  },
  {
    // Tab 1 of the klassisch drawer. aktuell has no such page: there this hop is the `Prozessparameter`
    // button, which opens the parameter dialog at once (`Prozess aktivieren` is greyed on an active process).
    id: 'prozess-aktivieren',
    only: 'klassisch',
    name: { klassisch: '„Prozess aktivieren“ Ihres Prozesses', aktuell: 'die Prozessparameter Ihres Prozesses' },
    detect: (s) => tabSelected(s, '1. Leistungen'),
    from: {
      view: 'prozess-drawer',
      // `Prozess aktivieren` in aktuell only as a fallback: when it is greyed the step says why.
      via: [
        { ui: 'aktuell', role: 'button', name: 'Prozessparameter', region: 'Verwalten' },
        { role: 'button', name: 'Prozess aktivieren', region: 'Verwalten' },
      ],
    },
    close: [{ role: 'button', name: 'Abbrechen' }],
  },
  {
    id: 'prozess-parameter',
    name: { klassisch: 'den Reiter „2. Prozessparameter“', aktuell: 'die Prozessparameter Ihres Prozesses' },
    // The list, or another parameter's form over it (klassisch: its edit dialog; aktuell: its row selected).
    detect: (s) => (tabSelected(s, '2. Prozessparameter') && !hasDialog(s, EDIT_DIALOG)) || (parameterDialog(s) && !wartungSelected(s)),
    from: { view: 'prozess-aktivieren', via: [{ ui: 'klassisch', role: 'tab', name: '2. Prozessparameter' }] },
    close: ABBRECHEN,
  },
  {
    id: 'parameter-form',
    name: 'den Parameter „wartungsmodus“',
    detect: wartungSelected,
    from: { view: 'prozess-parameter', via: WARTUNGSMODUS_ROW },
    close: ABBRECHEN,
  },
]);
