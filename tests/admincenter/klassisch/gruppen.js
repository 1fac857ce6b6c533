// Benutzerverwaltung › Benutzergruppen: list, group drawer and the window "Benutzer der Benutzergruppe … verwalten".
import { tenant, gruppe, go, saveZuordnung, notify as storeChanged } from '../store.js';
import { FA, label, panel, vlayout, hlayout, formLayout, textField, textArea, button, tabSheet } from './vaadin.js';
import { notify, roundTrip } from './server.js';
import { grid } from './grid.js';
import { SAVED, pageTitle, drawerHead, drawerBody, buttonGrid, footer, filterField, dirtyTracking, notAvailable } from './ui.js';

let filterText = '';

export function page(r) {
  const rowsFor = () => tenant().gruppen.filter((g) => `${g.name} ${g.beschreibung}`.toLowerCase().includes(filterText.trim().toLowerCase()));
  const list = grid([
    { caption: 'Name', value: (g) => g.name, sortable: true, expand: 3 },
    { caption: 'Beschreibung', value: (g) => g.beschreibung, expand: 3 },
    { caption: 'Mandant', value: () => label(tenant().name, ['ac-chip'], { undefW: true }), expand: 1 },
  ], { rows: rowsFor(), key: (g) => g.id, selected: r.id || null, sort: { col: 0, dir: 'asc' }, height: 'fill', selection: 'single',
    onRowClick: (g, deselect) => go('benutzergruppen', deselect ? '' : g.id) });
  const el = vlayout([
    pageTitle('Benutzergruppen', [button('Anlegen', notAvailable, { icon: FA.PLUS })]),
    filterField(filterText, (v) => { filterText = v; list.setRows(rowsFor()); }),
    list,
  ], { margin: true, styles: ['ac-pagebody'] });
  el.select = (id) => list.setSelected(id);
  return el;
}

export function detail(r) {
  const g = gruppe(r.id);
  if (!g) return null;
  if (r.sub === 'benutzer') {
    const back = () => { zu = null; go('benutzergruppen', g.id); };
    return { windows: [{ caption: `Benutzer der Benutzergruppe "${g.name}" verwalten`, content: zuordnung(g, r, back), width: 1100, onClose: back }] };
  }
  const name = textField({ value: g.name, required: true });
  const beschreibung = textArea({ value: g.beschreibung, rows: 3 });
  const reset = button('Abbrechen', () => storeChanged(), { enabled: false });
  const save = button('Speichern', () => {
    const n = name.value.trim();
    if (!n) { notify('Bitte füllen Sie das Pflichtfeld Name aus.', 'error'); return; }
    Object.assign(g, { name: n, beschreibung: beschreibung.value });
    notify(SAVED); storeChanged();
  }, { primary: true, enabled: false });
  const form = formLayout([
    { caption: 'Id', w: label(String(g.id)) },
    { caption: 'Name', required: true, w: name },
    { caption: 'Beschreibung', w: beschreibung },
    footer([reset, save]),
  ]);
  dirtyTracking(form, [reset, save]);
  return { drawer: vlayout([
    drawerHead(g.name),
    drawerBody([
      tabSheet(['Stammdaten'], { render: () => form }),
      panel('Bearbeiten', buttonGrid([button('Gruppe löschen', notAvailable, { icon: FA.TRASH_O })])),
      panel('Verwalten', buttonGrid([
        button('Benutzer', () => go('benutzergruppen', g.id, 'benutzer'), { icon: FA.USER }),
        button('Eigentümer', notAvailable, { icon: FA.USER }),
        button('Mandanten', notAvailable, { icon: FA.TAGS }),
        button('Rollen verwalten', notAvailable, { icon: FA.LOCK }),
      ])),
    ]),
  ], { spacing: false, styles: ['ac-drawer-layout'] }) };
}

const FILTERS = [['email', 'E-Mail'], ['benutzername', 'Benutzername'], ['vorname', 'Vorname'], ['nachname', 'Nachname']];
let zu = null; // working copy: { gid, ids, filters: { verfuegbar: {}, zugeordnet: {} } }

function zuordnung(g, r, back) {
  if (r.entered || !zu || zu.gid !== g.id) zu = { gid: g.id, ids: [...g.benutzer], filters: { verfuegbar: {}, zugeordnet: {} } };
  const users = tenant().benutzer;
  const matches = (u, filters) => FILTERS.every(([f]) => !filters[f] || String(u[f]).toLowerCase().includes(filters[f].trim().toLowerCase()));
  const listOf = (key) => (key === 'verfuegbar' ? users.filter((u) => !zu.ids.includes(u.id)) : zu.ids.map((id) => users.find((u) => u.id === id)).filter(Boolean))
    .filter((u) => matches(u, zu.filters[key]));
  const grids = {};
  const redraw = () => { grids.verfuegbar.setRows(listOf('verfuegbar')); grids.zugeordnet.setRows(listOf('zugeordnet')); };
  const section = (key, title, act) => {
    grids[key] = grid([
      { caption: 'E-Mail', value: (u) => u.email, expand: 3 }, { caption: 'Eingeladen', value: (u) => u.eingeladen, expand: 2 },
      { caption: 'Bestätigung', value: (u) => u.bestaetigung, expand: 2 }, { caption: 'Benutzername', value: (u) => u.benutzername, expand: 3 },
      { caption: '', width: 150, value: (u) => (act === 'add'
        ? button('Hinzufügen', () => { zu.ids.push(u.id); redraw(); }, { icon: FA.PLUS, styles: ['small'] })
        : button('Entfernen', () => { zu.ids = zu.ids.filter((id) => id !== u.id); redraw(); }, { icon: FA.MINUS, styles: ['small'] })) },
    ], { rows: listOf(key), key: (u) => u.id, selection: 'none', heightByRows: 4 });
    const filters = hlayout(FILTERS.map(([f, caption]) => {
      const tf = textField({ value: zu.filters[key][f] || '', placeholder: caption, styles: ['small'] });
      let t = 0;
      tf.addEventListener('input', () => { clearTimeout(t); t = setTimeout(() => { zu.filters[key][f] = tf.value; roundTrip(redraw); }, 250); });
      return { w: tf, expand: true };
    }), { styles: ['ac-zu-filters'] });
    return vlayout([label(title, ['h3']), filters, grids[key]], { spacing: true, styles: ['ac-zu-section'] });
  };
  return vlayout([
    section('verfuegbar', 'Verfügbare Benutzer', 'add'),
    section('zugeordnet', 'Zugeordnete Benutzer', 'remove'),
    footer([button('Abbrechen', back), button('Zuordnung speichern', () => { notify('Die Zuordnung wurde gespeichert.'); saveZuordnung(g.id, zu.ids); }, { primary: true })]),
  ], { margin: true, styles: ['ac-window-body'] });
}
