// Benutzer › Benutzergruppen: list, new group, group drawer, dialog "Benutzer der Benutzergruppe "<Name>" verwalten".
import { tenant, gruppe, go, saveZuordnung, createGruppe } from '../../store.js';
import { h, textField, textArea, button, section, tile, tabsheet, pflicht, drawerFrame, dialogFrame, mandantChip, filterField, filterTerm, notify, errorBox, showError } from '../ui.js';
import { dataGrid } from '../grid.js';

export function gruppenPage(r) {
  const t = tenant();
  const g = r.id && r.id !== 'neu' ? gruppe(r.id) : null;
  const page = {
    title: 'Benutzergruppen',
    anlegen: () => go('benutzergruppen', 'neu'),
    listKey: t.gruppen.map((x) => `${x.id}:${x.name}`).join(','),
    selected: g?.id ?? null,
    renderList(el) {
      const grid = dataGrid({ columns: [{ header: 'Name', value: (x) => x.name }, { header: 'Beschreibung', value: (x) => x.beschreibung }], records: t.gruppen, onOpen: (x) => go('benutzergruppen', x.id), term: filterTerm('gruppen') });
      el.append(h('div', { class: 'content-box' }, filterField('Tabelle filtern', 'gruppen', (v) => grid.setFilter(v)), grid));
      return grid;
    },
  };
  const close = () => go('benutzergruppen');
  if (r.id === 'neu') page.renderDrawer = renderNew;
  else if (r.id && !g) page.renderDrawer = (el) => el.append(drawerFrame({ title: 'Benutzergruppe', onClose: close, body: h('p', { class: 'muted' }, 'Diese Benutzergruppe gibt es beim gewählten Mandanten nicht.') }));
  else if (g) {
    page.renderDrawer = (el) => renderDrawer(el, g);
    if (r.sub === 'benutzer') page.renderDialog = () => benutzerDialog(g);
  }
  return page;
}

function renderNew(el) {
  const name = textField('Name', '', { required: true });
  const beschreibung = textArea('Beschreibung', '');
  const err = errorBox();
  const save = () => {
    const res = createGruppe({ name: name.value, beschreibung: beschreibung.value });
    if (res.error) { showError(err, res.error); return; }
    notify('Die Benutzergruppe wurde angelegt.');
    go('benutzergruppen', res.gruppe.id);
  };
  el.append(drawerFrame({
    title: 'Neue Benutzergruppe anlegen',
    chips: [mandantChip()],
    onClose: () => go('benutzergruppen'),
    body: h('div', { class: 'panel pad form' }, pflicht(), name, beschreibung, err,
      h('div', { class: 'form-actions' }, button('Abbrechen', { theme: 'tertiary', onClick: () => go('benutzergruppen') }), button('Speichern', { theme: 'primary', onClick: save }))),
  }));
}

function renderDrawer(el, g) {
  el.append(drawerFrame({
    title: g.name,
    chips: [mandantChip()],
    onClose: () => go('benutzergruppen'),
    body: [
      h('div', { class: 'panel' }, tabsheet([['Stammdaten', [pflicht(), textField('Id', g.id, { readonly: true }), textField('Name', g.name, { readonly: true, required: true }), textArea('Beschreibung', g.beschreibung, { readonly: true })]]])),
      section('Bearbeiten', [tile('Gruppe löschen')]),
      section('Verwalten', [tile('Benutzer', () => go('benutzergruppen', g.id, 'benutzer')), tile('Eigentümer'), tile('Mandanten'), tile('Rollen verwalten')]),
    ],
  }));
}

const FILTERS = [['email', 'E-Mail'], ['benutzername', 'Benutzername'], ['vorname', 'Vorname'], ['nachname', 'Nachname']];

/** Two grids (Verfügbare / Zugeordnete Benutzer) over a working copy; "Zuordnung speichern" saves it. */
function benutzerDialog(g) {
  const t = tenant();
  let assigned = [...g.benutzer];
  const filters = {};
  const matches = (u) => FILTERS.every(([k]) => !filters[k] || String(u[k]).toLowerCase().includes(filters[k].toLowerCase()));
  let av; let as;
  const columns = (add) => [
    { header: 'E-Mail', value: (u) => u.email }, { header: 'Eingeladen', value: (u) => u.eingeladen },
    { header: 'Bestätigung', value: (u) => u.bestaetigung }, { header: 'Benutzername', value: (u) => u.benutzername },
    { header: '', flexGrow: 0, width: '150px', component: (u) => add
      ? button('Hinzufügen', { theme: 'small success', icon: 'vaadin:plus', label: `Hinzufügen: ${u.benutzername}`, onClick: () => { assigned.push(u.id); draw(); } })
      : button('Entfernen', { theme: 'small error', icon: 'vaadin:minus', label: `Entfernen: ${u.benutzername}`, onClick: () => { assigned = assigned.filter((id) => id !== u.id); draw(); } }) },
  ];
  const available = () => t.benutzer.filter((u) => !assigned.includes(u.id) && matches(u));
  const mine = () => t.benutzer.filter((u) => assigned.includes(u.id));
  const draw = () => { av.setRecords(available()); as.setRecords(mine()); };
  av = dataGrid({ columns: columns(true), records: available(), sort: null });
  as = dataGrid({ columns: columns(false), records: mine(), sort: null });
  const filterRow = h('div', { class: 'filter-row4 form-frame' }, FILTERS.map(([k, l]) => {
    const f = textField(l, '', { prefix: 'vaadin:filter' });
    f.valueChangeMode = 'eager';
    f.addEventListener('input', () => { filters[k] = f.value; draw(); });
    return f;
  }));
  return dialogFrame({
    title: `Benutzer der Benutzergruppe "${g.name}" verwalten`,
    chips: [mandantChip()],
    width: '1400px',
    body: h('div', { class: 'dialog-body' }, filterRow,
      h('div', { class: 'two-col' },
        h('section', { class: 'col' }, h('h3', { class: 'col-title' }, 'Verfügbare Benutzer'), av),
        h('section', { class: 'col' }, h('h3', { class: 'col-title' }, 'Zugeordnete Benutzer'), as))),
    footer: [button('Abbrechen', { theme: 'tertiary', onClick: () => go('benutzergruppen', g.id) }), button('Zuordnung speichern', { theme: 'primary', onClick: () => { notify('Die Zuordnung wurde gespeichert.'); saveZuordnung(g.id, assigned); } })],
  });
}
