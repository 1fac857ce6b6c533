// Zuständigkeitsfinder › Prozesse: list, drawer, confirm "Prozess aktivieren", dialog "Prozessparameter verwalten - <Prozess>".
import { tenant, prozess, go, hasProzessRight, activateProzess } from '../../store.js';
import { h, textField, button, section, tile, tabsheet, drawerFrame, dialogFrame, mandantChip, filterField, filterTerm, notify } from '../ui.js';
import { dataGrid } from '../grid.js';
import { parameterDialog } from './prozessparameter.js';

export function prozessePage(r) {
  const t = tenant();
  if (!hasProzessRight()) {
    return { title: 'Prozesse', listKey: 'kein-recht', renderList(el) { el.append(h('div', { class: 'content-box' }, h('p', { class: 'placeholder' }, 'Sie haben keine Berechtigung für diesen Bereich. Benötigt wird die Benutzergruppe „Mandantenredakteur Prozessparameter und -integration“.'))); } };
  }
  const p = r.id ? prozess(r.id) : null;
  const page = {
    title: 'Prozesse',
    listKey: t.prozesse.map((x) => `${x.id}:${x.aktiv}`).join(','),
    selected: p?.id ?? null,
    renderList(el) {
      const grid = dataGrid({
        columns: [{ header: 'Name', value: (x) => x.name }, { header: 'Typ des Prozessmodells', value: () => '' }, { header: 'Version des Prozessmodells', value: (x) => x.version }, { header: 'Status', value: (x) => (x.aktiv ? 'Aktiv' : 'Nicht aktiv') }],
        records: t.prozesse, onOpen: (x) => go('prozesse', x.id), term: filterTerm('prozesse'), sort: null,
      });
      el.append(h('div', { class: 'content-box' }, filterField('Tabelle filtern', 'prozesse', (v) => grid.setFilter(v)), grid));
      return grid;
    },
  };
  if (r.id && !p) page.renderDrawer = (el) => el.append(drawerFrame({ title: 'Prozess', onClose: () => go('prozesse'), body: h('p', { class: 'muted' }, 'Diesen Prozess gibt es beim gewählten Mandanten nicht.') }));
  else if (p) {
    page.renderDrawer = (el) => renderDrawer(el, p);
    if (r.sub === 'aktivieren' && !p.aktiv) page.renderDialog = () => confirmDialog(p);
    if (r.sub === 'prozessparameter' && p.aktiv) page.renderDialog = () => parameterDialog(p);
  }
  return page;
}

function renderDrawer(el, p) {
  // Deployed am: date and time side by side, read-only (a date-time picker in the AdminCenter)
  const deployed = h('div', { class: 'two-inp', role: 'group', 'aria-label': 'Deployed am' },
    h('span', { class: 'field-caption' }, 'Deployed am'),
    h('div', { class: 'pair' }, textField('', p.deployedAm, { readonly: true, prefix: 'vaadin:calendar' }), textField('', p.deployedUm, { readonly: true, prefix: 'vaadin:clock' })));
  for (const f of deployed.querySelectorAll('vaadin-text-field')) f.accessibleName = 'Deployed am';
  const stamm = [textField('Id', p.id, { readonly: true }), textField('Name', p.name, { readonly: true }), textField('Typ des Prozessmodells', '', { readonly: true }), textField('Version des Prozessmodells', p.version, { readonly: true }), deployed,
    h('div', { class: 'form-actions' }, button('Abbrechen', { theme: 'tertiary', disabled: true }), button('Speichern', { theme: 'primary', disabled: true }))];
  el.append(drawerFrame({
    title: p.name,
    chips: [mandantChip()],
    onClose: () => go('prozesse'),
    body: [
      h('div', { class: 'panel' }, tabsheet([['Stammdaten', stamm], ['Verwendung', null], ['Beschreibung und Dokumentation', null]])),
      h('p', { class: 'status-line' }, 'Status: ', h('strong', {}, p.aktiv ? 'Aktiv' : 'Nicht aktiv')),
      section('Verwalten', [
        tile('Link generieren', null, p.aktiv),
        tile('Prozessparameter', () => go('prozesse', p.id, 'prozessparameter'), !p.aktiv),
        tile('Prozess aktivieren', () => go('prozesse', p.id, 'aktivieren'), p.aktiv),
        tile('Prozess teilen'), tile('Standard vorschlagen'), tile('Standardprozess', null, true),
      ]),
    ],
  }));
}

function confirmDialog(p) {
  return dialogFrame({
    title: 'Prozess aktivieren',
    width: '520px',
    body: h('div', { class: 'dialog-body' }, h('p', {}, `Möchten Sie den Prozess „${p.name}“ für den Mandanten ${tenant().name} aktivieren?`), h('p', { class: 'muted' }, 'Danach pflegen Sie die Parameter über „Prozessparameter“.')),
    footer: [button('Abbrechen', { theme: 'tertiary', onClick: () => go('prozesse', p.id) }), button('Aktivieren', { theme: 'primary', onClick: () => {
      notify('Der Prozess wurde aktiviert.');
      go('prozesse', p.id);
      activateProzess(p.id);
    } })],
  });
}
