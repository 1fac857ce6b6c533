// Organisationseinheiten: TreeGrid list, "Neue Organisationseinheit anlegen" and the OE drawer.
import { state, tenant, oe, go, createOe, saveOeStammdaten, notify as storeChanged } from '../store.js';
import { FA, label, panel, vlayout, hlayout, formLayout, textField, textArea, checkBox, dateField, button, tabSheet, setError, ariaTarget } from './vaadin.js';
import { notify } from './server.js';
import { grid } from './grid.js';
import { comboBox } from './combobox.js';
import { SAVED, pageTitle, drawerHead, drawerBody, buttonGrid, footer, filterField, dirtyTracking, notAvailable, versionBox, versionTable, facets } from './ui.js';
import { kommunikation } from './oe-kommunikation.js';
import { textEditor } from './oe-text.js';

let pendingParent = null; // set by "Unterhalb anlegen"
let filterText = '';
const collapsed = new Set();

export function page(r) {
  const oes = tenant().oes;
  const depth = (o) => { let d = 0; let p = o; while (p.parentId != null && (p = oes.find((x) => x.id === p.parentId))) d++; return d; };
  const visible = () => {
    const q = filterText.trim().toLowerCase();
    if (q) return oes.filter((o) => o.name.toLowerCase().includes(q));
    const out = [];
    const walk = (parentId) => oes.filter((o) => (o.parentId ?? null) === parentId).forEach((o) => { out.push(o); if (!collapsed.has(o.id)) walk(o.id); });
    walk(null);
    return out;
  };
  const list = grid([{ caption: 'Name', value: (o) => o.name }], {
    rows: visible(), key: (o) => o.id, selected: r.id || null, height: 'fill', selection: 'single',
    onRowClick: (o, deselect) => go('organisationseinheiten', deselect ? '' : o.id),
    tree: { depth, hasChildren: (o) => oes.some((k) => k.parentId === o.id), expanded: (o) => !collapsed.has(o.id),
      onToggle: (o) => { if (collapsed.has(o.id)) collapsed.delete(o.id); else collapsed.add(o.id); list.setRows(visible()); } },
  });
  const el = vlayout([
    pageTitle('Organisationseinheiten', [button('Anlegen', () => { pendingParent = null; go('organisationseinheiten', 'neu'); }, { icon: FA.PLUS })]),
    hlayout([facets(['Behördengruppen']), { w: vlayout([filterField(filterText, (v) => { filterText = v; list.setRows(visible()); }), list], { styles: ['ac-list-main'] }), expand: true }], { styles: ['ac-list-layout'] }),
  ], { margin: true, styles: ['ac-pagebody'] });
  el.select = (id) => list.setSelected(id);
  return el;
}

/** Stammdaten fields of an OE (new and existing). */
function stammdaten(o) {
  const f = {
    name: textArea({ value: o.name, rows: 2, required: true }),
    bhs: textField({ value: o.behoerdenschluessel }),
    behoerde: textField({ value: o.behoerde }),
    ist: checkBox('', { checked: o.istBehoerde }),
    ext: textField({ value: o.externeId }),
  };
  const rows = [
    { caption: 'Name', required: true, w: f.name },
    { caption: 'Behördenschlüssel', w: f.bhs },
    { caption: 'Behörde', w: f.behoerde },
    { caption: 'Behörde', w: f.ist },
    { caption: 'Externe ID', w: f.ext },
  ];
  const read = () => ({
    name: f.name.value.trim(), behoerdenschluessel: f.bhs.value.trim(), behoerde: f.behoerde.value.trim(),
    istBehoerde: ariaTarget(f.ist).checked, externeId: f.ext.value.trim(),
  });
  return { f, rows, read };
}
const gueltigkeit = () => formLayout([{ caption: 'Gültig ab', w: dateField() }, { caption: 'Gültig bis', w: dateField() }]);

export function detail(r) {
  if (r.id === 'neu') return { drawer: newForm() };
  const o = oe(r.id);
  if (!o) return null;
  if (r.sub === 'kommunikation') return { windows: [kommunikation(o, r)] };
  if (r.sub === 'text') return { windows: [textEditor(o, r)] };
  const published = Number.parseFloat(o.version) >= 1;
  const s = stammdaten(o);
  const reset = button('Abbrechen', () => storeChanged(), { enabled: false });
  const save = button('Speichern', () => {
    const fields = s.read();
    if (!fields.name) { setError(s.f.name, true); notify('Bitte füllen Sie das Pflichtfeld Name aus.', 'error'); return; }
    notify(SAVED);
    saveOeStammdaten(o.id, fields);
  }, { primary: true, enabled: false });
  const form = formLayout([{ caption: 'Id', w: label(String(o.id)) }, ...s.rows, footer([reset, save])]);
  dirtyTracking(form, [reset, save]);
  const sub = (name) => () => go('organisationseinheiten', o.id, name);
  return { drawer: vlayout([
    drawerHead(o.name, { badge: versionBox(o.version) }),
    drawerBody([
      tabSheet(['Stammdaten', 'Gültigkeit', 'Version'], { render: (i) => [() => form, gueltigkeit, () => versionTable(o.versions, 6)][i]() }),
      panel('Bearbeiten', buttonGrid([
        button('Löschen', notAvailable, { icon: FA.TRASH_O }),
        button('Offline nehmen', notAvailable, { icon: FA.CLOUD_DOWNLOAD, enabled: published }),
        button('Text bearbeiten', sub('text'), { icon: FA.FILE_TEXT_O }),
        button('Unterhalb anlegen', () => { pendingParent = o.id; go('organisationseinheiten', 'neu'); }, { icon: FA.PLUS }),
      ])),
      panel('Verwalten', buttonGrid([
        button('115 Leistungen', notAvailable, { icon: FA.INFO }),
        button('115 Teilnahme', notAvailable, { icon: FA.INFO, enabled: false }),
        button('Anschriften', notAvailable, { icon: FA.ENVELOPE }),
        button('Bankverbindungen', notAvailable, { icon: FA.MONEY }),
        button('Behördengruppen', notAvailable, { icon: FA.TH }),
        button('Bild', notAvailable, { icon: FA.FILE_TEXT_O }),
        button('Internetadressen', notAvailable, { icon: FA.GLOBE }),
        button('Kommunikation', sub('kommunikation'), { icon: FA.PHONE }),
        button('Kontaktpersonen', notAvailable, { icon: FA.USERS }),
        button('Mandanten', notAvailable, { icon: FA.USERS }),
        button('Prozessparameter', notAvailable, { icon: FA.SITEMAP }),
        button('Stichwörter', notAvailable, { icon: FA.TAG }),
        button('Tags', notAvailable, { icon: FA.TAGS }),
        button('Zuständigkeiten', notAvailable, { icon: FA.SITEMAP }),
        button('Öffnungszeiten', notAvailable, { icon: FA.CALENDAR }),
      ])),
    ]),
  ], { spacing: false, styles: ['ac-drawer-layout'] }) };
}

function newForm() {
  const t = tenant();
  const parent = pendingParent && oe(pendingParent);
  const s = stammdaten({ name: '', behoerdenschluessel: '', behoerde: '', istBehoerde: false, externeId: '' });
  const save = button('Speichern', () => {
    const res = createOe({ ...s.read(), parentId: parent ? parent.id : null });
    if (res.error) { setError(s.f.name, true); notify(res.error, 'error'); return; }
    pendingParent = null;
    notify('Die Organisationseinheit wurde angelegt.');
    go('organisationseinheiten', res.oe.id);
  }, { primary: true });
  const form = formLayout([...s.rows, footer([button('Abbrechen', () => { pendingParent = null; go('organisationseinheiten'); }), save])]);
  const location = comboBox({ items: state.tenants.filter((x) => x.id === t.id).map((x) => ({ value: x.id, caption: x.name })), value: t.id, readOnly: true, styles: ['small', 'ac-location'] });
  return vlayout([
    drawerHead('Neue Organisationseinheit anlegen', { badge: versionBox(null), chip: hlayout([{ w: location, caption: 'Mandant' }], { styles: ['ac-location-box'] }) }),
    drawerBody([
      parent ? label(`Wird unterhalb von „${parent.name}“ angelegt.`, ['ac-hint']) : null,
      tabSheet(['Stammdaten', 'Gültigkeit', 'Version'], { render: (i) => [() => form, gueltigkeit, () => versionTable([], 6)][i]() }),
    ]),
  ], { spacing: false, styles: ['ac-drawer-layout'] });
}
