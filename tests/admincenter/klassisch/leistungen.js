// Zuständigkeitsfinder › Leistungen: filterable Grid (virtual rows, copes with ?rows=5000) and the Leistung drawer.
import { tenant, leistung, go, createErgaenzung, notify as storeChanged } from '../store.js';
import { FA, label, panel, vlayout, hlayout, formLayout, textField, textArea, dateField, button, tabSheet } from './vaadin.js';
import { notify } from './server.js';
import { grid } from './grid.js';
import { comboBox } from './combobox.js';
import { SAVED, pageTitle, drawerHead, drawerBody, buttonGrid, footer, filterField, dirtyTracking, notAvailable, versionBox, versionTable, facets } from './ui.js';
import { ergaenzungEditor } from './leistung-text.js';

let filterText = ''; // survives list rebuilds

export function page(r) {
  const all = tenant().leistungen;
  const index = all.map((l) => [l, `${l.leika} ${l.typisierung} ${l.name} ${l.typ}`.toLowerCase()]);
  const rowsFor = () => {
    const terms = filterText.toLowerCase().split(/\s+/).filter(Boolean);
    return terms.length ? index.filter(([, text]) => terms.every((t) => text.includes(t))).map(([l]) => l) : all;
  };
  const list = grid([
    { caption: 'Leika Schlüssel', value: (l) => l.leika, width: 170 },
    { caption: 'Leika Typisierung', value: (l) => l.typisierung, width: 150 },
    { caption: 'Name', value: (l) => l.name, expand: 1 },
    { caption: 'Typ', value: (l) => label(l.typ, ['ac-badge', l.typ === 'Ergänzung' && 'ac-badge-kommunal'].filter(Boolean), { undefW: true }), sortValue: (l) => l.typ, width: 150 },
  ], { rows: rowsFor(), key: (l) => l.id, selected: r.id || null, height: 'fill', selection: 'single',
    onRowClick: (l, deselect) => go('leistungen', deselect ? '' : l.id) });
  const noHits = label('Keine Leistungen gefunden.', ['ac-hint']);
  noHits.style.display = rowsFor().length ? 'none' : '';
  const el = vlayout([
    pageTitle('Leistungen'),
    hlayout([
      facets(['Bezugsort', 'EU-DLR', 'Sprache', 'Textbetreuung | FEDERF.', 'Textbetreuung | sekundär']),
      { w: vlayout([filterField(filterText, (v) => {
        filterText = v;
        const rows = rowsFor();
        list.setRows(rows);
        noHits.style.display = rows.length ? 'none' : '';
      }), noHits, list], { styles: ['ac-list-main'] }), expand: true },
    ], { styles: ['ac-list-layout'] }),
  ], { margin: true, styles: ['ac-pagebody'] });
  el.select = (id) => list.setSelected(id);
  return el;
}

export function detail(r) {
  const l = leistung(r.id);
  if (!l) return null;
  if (r.sub === 'text') return l.typ === 'Ergänzung' ? { windows: [ergaenzungEditor(l, r)] } : null;
  const erg = l.typ === 'Ergänzung';
  const parent = erg ? leistung(l.parentId) : null;
  const name = textField({ value: l.name });
  const kommentar = textArea({ value: l.kommentar, rows: 3 });
  const sdg = textField({ value: l.sdg });
  const stufe = erg ? 'Stufe 2 (kommunale Leistung)' : 'Stufe 1 (Landesleistung)';
  const reset = button('Abbrechen', () => storeChanged(), { enabled: false });
  const save = button('Speichern', () => {
    const n = name.value.trim();
    if (!n) { notify('Bitte füllen Sie das Pflichtfeld Name aus.', 'error'); return; }
    Object.assign(l, { name: n, kommentar: kommentar.value, sdg: sdg.value.trim() });
    notify(SAVED); storeChanged();
  }, { primary: true, enabled: false });
  const form = formLayout([
    { caption: 'Id', w: label(String(l.id)) },
    { caption: 'Name', w: name },
    { caption: 'Kommentar', w: kommentar },
    { caption: 'Typ', required: true, w: comboBox({ items: [{ value: stufe, caption: stufe }], value: stufe, enabled: false }) },
    erg ? { caption: 'Typ', w: textField({ value: 'Ergänzung', readOnly: true }) } : null,
    erg ? { caption: 'Landesleistung', w: textField({ value: parent?.name, readOnly: true }) } : null,
    { caption: 'SDG', w: sdg },
    footer([reset, save]),
  ]);
  dirtyTracking(form, [reset, save]);
  const gueltig = () => formLayout([{ caption: 'Gültig ab', w: dateField() }, { caption: 'Gültig bis', w: dateField() }]);
  return { drawer: vlayout([
    drawerHead(l.name, { badge: erg ? versionBox(l.version) : versionBox(l.version || '1.0') }),
    drawerBody([
      tabSheet(['Stammdaten', 'Gültigkeit', 'Version'], { render: (i) => [() => form, gueltig, () => versionTable(l.versions || [], 6)][i]() }),
      panel('Leistung bearbeiten', buttonGrid([
        button('Löschen', notAvailable, { icon: FA.TRASH_O, enabled: erg }),
        button('Text bearbeiten', () => go('leistungen', l.id, 'text'), { icon: FA.FILE_TEXT_O, enabled: erg }),
      ])),
      panel('Leistung anlegen', buttonGrid([button('K. Ergänzung', () => {
        const res = createErgaenzung(l.id);
        notify('Die kommunale Ergänzung wurde angelegt.');
        go('leistungen', res.leistung.id);
      }, { icon: FA.FILE_TEXT_O, enabled: !erg })])),
      panel('Verwalten', buttonGrid([
        button('Externe Formulare', notAvailable, { icon: FA.FILE_TEXT_O }), button('Info 115 Leistungen', notAvailable, { icon: FA.INFO }),
        button('LeiKa Leistungen', notAvailable, { icon: FA.TAG }), button('Mandanten', notAvailable, { icon: FA.TAG }),
        button('Prozesse', notAvailable, { icon: FA.SITEMAP }), button('Stichwörter', notAvailable, { icon: FA.TAG }),
        button('Tags', notAvailable, { icon: FA.TAGS }), button('Zuständigkeiten', notAvailable, { icon: FA.SITEMAP }),
      ])),
    ]),
  ], { spacing: false, styles: ['ac-drawer-layout'] }) };
}
