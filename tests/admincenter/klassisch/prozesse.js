// Zuständigkeitsfinder › Prozesse: list, Prozess drawer, the side-sheet Window "Prozess aktivieren"
// (1. Leistungen | 2. Prozessparameter) and the Window "Prozessparameter für den Prozess … verwalten".
import { tenant, prozess, go, hasProzessRight, activateProzess, saveProzessParameter } from '../store.js';
import { FA, label, panel, vlayout, hlayout, formLayout, textField, checkBox, button, tabSheet, setEnabled } from './vaadin.js';
import { notify, refresh } from './server.js';
import { grid } from './grid.js';
import { pageTitle, drawerHead, drawerBody, buttonGrid, footer, filterField, notAvailable, sheetMeta } from './ui.js';

const HINWEIS = 'Hinweis: Zur Aktivierung des Prozesses ist es erforderlich, dass die notwendigen Parameter mit Werten versehen sind. Zwingend erforderlich sind die mit einem Stern markierten Parameter. Ist der Wert in kursiver Schrift dargestellt, so kennt der Prozess einen Standardwert. Dieser wird verwendet, sofern Sie ihn nicht mit einem anderen Wert überschreiben. Fehlt für einen erforderlichen Parameter der Wert, so wird dieser rot hervorgehoben.';
let filterText = '';

export function page(r) {
  if (!hasProzessRight()) {
    return vlayout([pageTitle('Prozesse'), label('Sie verfügen nicht über die Berechtigung „Mandantenredakteur Prozessparameter und -integration“.', ['ac-warning'])], { margin: true, styles: ['ac-pagebody'] });
  }
  const rowsFor = () => tenant().prozesse.filter((p) => p.name.toLowerCase().includes(filterText.trim().toLowerCase()));
  const list = grid([
    { caption: 'Name', value: (p) => p.name, sortable: true, expand: 3 },
    { caption: 'Typ', value: () => '', expand: 1 },
    { caption: 'Mandant', value: () => label(tenant().name, ['ac-chip'], { undefW: true }), expand: 1 },
    { caption: 'Deployment', value: (p) => `${p.deployedAm} ${p.deployedUm}`, expand: 1 },
  ], { rows: rowsFor(), key: (p) => p.id, selected: r.id || null, sort: null, height: 'fill', selection: 'single',
    onRowClick: (p, deselect) => go('prozesse', deselect ? '' : p.id) });
  const el = vlayout([pageTitle('Prozesse'), filterField(filterText, (v) => { filterText = v; list.setRows(rowsFor()); }), list], { margin: true, styles: ['ac-pagebody'] });
  el.select = (id) => list.setSelected(id);
  return el;
}

export function detail(r) {
  const p = prozess(r.id);
  if (!p || !hasProzessRight()) return null;
  if (r.sub === 'aktivieren') return { windows: aktivieren(p, r) };
  const stamm = formLayout([
    { caption: 'Id', w: label(String(p.id)) }, { caption: 'Name', w: label(p.name) },
    { caption: 'Typ des Prozessmodells', w: label('') }, { caption: 'Version des Prozessmodells', w: label(p.version) },
    { caption: 'Produktiv-Deployment Datum', w: label(p.deployedAm) }, { caption: 'Status', w: label(p.aktiv ? 'Aktiv' : 'Nicht aktiviert') },
  ]);
  return { drawer: vlayout([
    drawerHead(p.name),
    drawerBody([
      tabSheet(['Stammdaten', 'Beschreibung und Dokumentation', 'Verwendung'], { render: (i) => [
        () => stamm,
        () => label('Für diesen Prozess ist keine Dokumentation hinterlegt.', ['ac-hint']),
        () => label('Der Prozess wird in keiner Organisationseinheit verwendet.', ['ac-hint']),
      ][i]() }),
      panel('Verwalten', buttonGrid([
        button('Link generieren', notAvailable, { icon: FA.LINK }),
        button('Prozess aktivieren', () => go('prozesse', p.id, 'aktivieren'), { icon: FA.FILE_TEXT_O }),
        button('Prozess teilen', notAvailable, { icon: FA.SHARE_ALT }),
        button('Standard vorschlagen', notAvailable, { icon: FA.FILE_TEXT_O }),
        button('Standardprozess', notAvailable, { icon: FA.FILE_TEXT_O, enabled: false }),
      ])),
    ]),
  ], { spacing: false, styles: ['ac-drawer-layout'] }) };
}

let akt = null; // working copy: { id, tab, values, assigned, checked, dialog, selParam, filter }

function aktivieren(p, r) {
  if (r.entered || !akt || akt.id !== p.id) akt = { id: p.id, tab: 0, values: {}, assigned: [], checked: new Set(), dialog: null, selParam: null, filter: '' };
  const value = (row) => (row.name in akt.values ? akt.values[row.name] : row.wert);
  const leistungen = tenant().leistungen.filter((l) => !String(l.name).startsWith('Testleistung')).slice(0, 20);
  const close = () => { akt = null; go('prozesse', p.id); };

  const tab1 = () => {
    const avail = () => leistungen.filter((l) => l.name.toLowerCase().includes(akt.filter.trim().toLowerCase()));
    const verf = grid([{ caption: 'Name', value: (l) => l.name, expand: 3 }, { caption: 'Freigegeben am', value: () => '12.04.2022', width: 150 }],
      { rows: avail(), key: (l) => l.id, selection: 'multi', checked: akt.checked, heightByRows: 5 });
    const zug = grid([{ caption: 'Name', value: (l) => l.name, expand: 1 }, { caption: '', width: 70, value: (l) => button('', () => {
      akt.assigned = akt.assigned.filter((id) => id !== l.id); zug.setRows(assigned());
    }, { icon: FA.TRASH_O, styles: ['small', 'icon-only', 'ac-trash'] }) }], { rows: [], key: (l) => l.id, selection: 'none', heightByRows: 4 });
    const assigned = () => akt.assigned.map((id) => leistungen.find((l) => l.id === id)).filter(Boolean);
    zug.setRows(assigned());
    return vlayout([
      label('Verfügbare Leistungen', ['h3']),
      filterField(akt.filter, (v) => { akt.filter = v; verf.setRows(avail()); }, { placeholder: 'Leistungen filtern' }),
      verf,
      { w: button('Zuweisen', () => { for (const id of akt.checked) if (!akt.assigned.includes(id)) akt.assigned.push(id); akt.checked.clear(); verf.setRows(avail()); zug.setRows(assigned()); }), align: 'top-center' },
      label('Zugeordnete Leistungen', ['h3']),
      zug,
    ], { margin: true });
  };
  const tab2 = () => {
    const params = grid([
      { caption: 'Name', value: (row) => row.name + (row.required ? '*' : ''), expand: 2 },
      { caption: 'Beschreibung', value: (row) => row.beschreibung, expand: 2 },
      { caption: 'Wert / Typ', value: (row) => value(row) || row.typ, cellStyle: (row) => (value(row) ? null : 'ac-italic'), expand: 2 },
      { caption: '', width: 64, value: (row) => button('', () => { akt.dialog = row.name; akt.selParam = row.name; refresh(); }, { icon: FA.EDIT, styles: ['small', 'icon-only', 'ac-edit'] }) },
    ], { rows: p.parameter, key: (row) => row.name, selected: akt.selParam, selection: 'single', heightByRows: p.parameter.length,
      rowStyle: (row) => (row.required && !value(row) ? 'ac-missing' : null),
      onRowClick: (row, deselect) => { akt.selParam = deselect ? null : row.name; params.setSelected(akt.selParam); } });
    return vlayout([
      label(HINWEIS, ['ac-notice']),
      checkBox('Prozessparameter alter Prozessmodellversionen anzeigen.'),
      label('Verfügbare Parameter'),
      params,
      label('Abweichungen des oben gewählten Parameters'),
      grid([{ caption: 'Organisationseinheit', value: () => '', expand: 2 }, { caption: 'Wert / Typ', value: () => '', expand: 1 }, { caption: '', value: () => '', width: 70 }, { caption: '', value: () => '', width: 70 }],
        { rows: [], key: () => 0, selection: 'none', heightByRows: 4 }),
      button('Abweichung hinzufügen', notAvailable, { enabled: false }),
    ], { margin: true });
  };
  const sheet = {
    caption: p.name, sheet: true, width: Math.round(innerWidth * 0.58), styles: ['ac-sheet'], onClose: close,
    content: vlayout([
      sheetMeta(null),
      vlayout([panel(null, vlayout([
        tabSheet(['1. Leistungen', '2. Prozessparameter'], { selected: akt.tab, onSelect: (i) => { akt.tab = i; }, render: (i) => (i === 0 ? tab1() : tab2()) }),
        footer([button('Abbrechen', close), button('Speichern', () => {
          const values = akt.values;
          akt = null;
          notify('Der Prozess wurde aktiviert. Die Prozessparameter wurden gespeichert.');
          activateProzess(p.id);
          saveProzessParameter(p.id, values);
          go('prozesse', p.id);
        }, { primary: true })], ['ac-sheet-footer']),
      ], { margin: true }))], { margin: true }),
    ], { spacing: false }),
  };
  const row = akt.dialog && p.parameter.find((x) => x.name === akt.dialog);
  return row ? [sheet, parameterDialog(p, row, value(row))] : [sheet];
}

function parameterDialog(p, row, v) {
  const wert = textField({ value: v, placeholder: row.typ });
  const variable = textField({ enabled: false });
  const useVar = checkBox('Parametervariable verwenden', { onChange: (on) => { setEnabled(variable, on); setEnabled(wert, !on); } });
  const cancel = () => { akt.dialog = null; refresh(); };
  return {
    caption: `Prozessparameter für den Prozess ${p.name} verwalten`, width: 680, onClose: cancel, focus: wert,
    content: vlayout([
      formLayout([
        { caption: 'Name:', w: label(row.name) },
        { caption: 'Beschreibung:', w: label(row.beschreibung) },
        { caption: 'Typ:', w: label(row.typ) },
        { caption: 'Parameterwert festlegen', w: wert },
        { caption: 'Variablenname festlegen', w: variable },
        useVar,
      ], { margin: false }),
      hlayout([
        { w: button('Wert zurücksetzen', () => { wert.value = ''; }), expand: true },
        button('Abbrechen', cancel),
        button('Speichern', () => {
          const varName = variable.value.trim();
          akt.values[row.name] = useVar.querySelector('input').checked && varName ? `\${${varName}}` : wert.value.trim();
          akt.dialog = null;
          refresh();
        }, { primary: true }),
      ], { styles: ['ac-footer', 'ac-dialog-footer'] }),
    ], { margin: true, styles: ['ac-window-body'] }),
  };
}
