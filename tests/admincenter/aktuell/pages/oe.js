// Organisationseinheiten: tree list, "Neue Organisationseinheit anlegen", OE drawer; Kommunikation and Text live in their own modules.
import { tenant, oe, go, createOe, saveOeStammdaten } from '../../store.js';
import { h, textField, checkbox, caption, select, button, section, tile, tabsheet, pflicht, drawerFrame, mandantChip, versionChip, recordChip, filterField, filterTerm, notify, errorBox, showError, todo } from '../ui.js';
import { dataGrid } from '../grid.js';
import { kommunikationDialog } from './oe-kommunikation.js';
import { renderOeText, resetOeText } from './oe-text.js';

let parentForNew = null; // set by "Unterhalb anlegen"

/** OEs in tree order with their depth (children below their parent). */
function tree(oes) {
  const out = [];
  const walk = (parentId, depth) => {
    for (const o of oes.filter((x) => (x.parentId ?? null) === parentId).sort((a, b) => a.name.localeCompare(b.name, 'de'))) { out.push([o, depth]); walk(o.id, depth + 1); }
  };
  walk(null, 0);
  return out;
}

export function oePage(r) {
  const t = tenant();
  if (r.sub !== 'text') resetOeText();
  const record = r.id && r.id !== 'neu' ? oe(r.id) : null;
  const page = {
    title: 'Organisationseinheiten',
    anlegen: () => { parentForNew = null; go('organisationseinheiten', 'neu'); },
    listKey: t.oes.map((o) => `${o.id}:${o.name}:${o.parentId}`).join(','),
    selected: record?.id ?? null,
    renderList(el) {
      // Flow TreeGrid: the hierarchy column shows the tree toggles, children indented below their parent
      const grid = dataGrid({ columns: [{ header: 'Titel', value: (o) => o.name }], records: t.oes, tree: (o) => o.parentId ?? null, onOpen: (o) => go('organisationseinheiten', o.id), term: filterTerm('oes') });
      const mandanten = select('Mandanten', [['eigen', 'Eigener Mandant']], 'eigen');
      el.append(h('div', { class: 'content-box' },
        h('div', { class: 'filter-box' }, filterField('Suchbegriff', 'oes', (v) => grid.setFilter(v)),
          h('div', { class: 'filter-row' }, h('div', { class: 'with-link' }, mandanten, h('a', { href: '#', class: 'small-link', '@click': (e) => { e.preventDefault(); todo(); } }, 'Filter entfernen')), select('Behördengruppen', [['', '']], ''))),
        grid));
      return grid;
    },
  };
  const close = () => go('organisationseinheiten');
  if (r.id === 'neu') page.renderDrawer = (el) => renderNew(el, t);
  else if (r.id && !record) page.renderDrawer = (el) => el.append(drawerFrame({ title: 'Organisationseinheit', onClose: close, body: h('p', { class: 'muted' }, 'Diese Organisationseinheit gibt es beim gewählten Mandanten nicht.') }));
  else if (record && r.sub === 'text') { page.wide = true; page.renderDrawer = (el) => renderOeText(el, record); }
  else if (record) {
    page.renderDrawer = (el) => renderDrawer(el, record);
    if (r.sub === 'kommunikation') page.renderDialog = () => kommunikationDialog(record);
  }
  return page;
}

/** Stammdaten fields of an OE; read() returns the values for the store. */
function stammFields(o) {
  const f = { name: textField('Name', o.name, { required: true }), behoerdenschluessel: textField('Behördenschlüssel', o.behoerdenschluessel), behoerde: textField('Behörde', o.behoerde), istBehoerde: checkbox('Behörde', o.istBehoerde), externeId: textField('Externe ID', o.externeId) };
  return {
    nodes: [f.name, f.behoerdenschluessel, f.behoerde, h('div', { class: 'chk-group' }, caption('Eigenschaften'), f.istBehoerde), f.externeId],
    read: () => ({ name: f.name.value.trim(), behoerdenschluessel: f.behoerdenschluessel.value.trim(), behoerde: f.behoerde.value.trim(), istBehoerde: f.istBehoerde.checked, externeId: f.externeId.value.trim() }),
    name: f.name,
  };
}
// date pickers are not part of this build: plain text fields with the German date format
const gueltigkeit = () => [textField('Gültig ab', '', { placeholder: 'TT.MM.JJJJ' }), textField('Gültig bis', '', { placeholder: 'TT.MM.JJJJ' })];
const versionTable = (o) => (o.versions.length
  ? dataGrid({ columns: [{ header: 'gespeichert am', value: (v) => v.datum }, { header: 'Version', value: (v) => v.version }, { header: 'Art d. S.', value: (v) => v.art }], records: o.versions, key: (v) => `${v.version}-${v.datum}`, sort: null })
  : h('p', { class: 'muted' }, 'Noch keine Version gespeichert.'));

function renderNew(el, t) {
  const empty = { name: '', behoerdenschluessel: '', behoerde: '', istBehoerde: false, externeId: '' };
  const stamm = stammFields(empty);
  const err = errorBox();
  const ablage = select('Ablageort', [['', t.name], ...tree(t.oes).map(([o, d]) => [o.id, `${'\u00a0\u00a0'.repeat(d + 1)}${o.name}`])], parentForNew ?? '');
  const save = () => {
    const fields = { ...stamm.read(), parentId: ablage.value ? Number(ablage.value) : null };
    if (!fields.name) { showError(err, 'Bitte füllen Sie das Pflichtfeld Name aus.'); stamm.name.focus(); return; }
    const res = createOe(fields);
    if (res.error) { showError(err, res.error); return; }
    parentForNew = null;
    notify('Die Organisationseinheit wurde angelegt.');
    go('organisationseinheiten', res.oe.id);
  };
  const form = [pflicht(), stamm.nodes, err, h('div', { class: 'form-actions' }, button('Abbrechen', { theme: 'tertiary', onClick: () => go('organisationseinheiten') }), button('Speichern', { theme: 'primary', onClick: save }))];
  el.append(drawerFrame({
    title: 'Neue Organisationseinheit anlegen',
    chips: [mandantChip(t.name), versionChip(null)],
    onClose: () => go('organisationseinheiten'),
    body: [h('div', { class: 'panel pad' }, ablage),
      h('div', { class: 'panel' }, tabsheet([['Stammdaten', form], ['Gültigkeit', gueltigkeit()], ['Version', h('p', { class: 'muted' }, 'Die Organisationseinheit ist noch nicht veröffentlicht.')]]))],
  }));
}

function renderDrawer(el, o) {
  const published = o.versions[0]?.art === 'Veröffentlicht';
  const stamm = stammFields(o);
  const err = errorBox();
  const id = o.id;
  const save = () => {
    const fields = stamm.read();
    if (!fields.name) { showError(err, 'Bitte füllen Sie das Pflichtfeld Name aus.'); return; }
    notify('Die Änderungen wurden gespeichert.');
    saveOeStammdaten(id, fields);
  };
  const form = [pflicht(), textField('Id', o.id, { readonly: true }), stamm.nodes, err,
    h('div', { class: 'form-actions' }, button('Abbrechen', { theme: 'tertiary', onClick: () => { el.replaceChildren(); renderDrawer(el, o); } }), button('Speichern', { theme: 'primary', onClick: save }))];
  el.append(drawerFrame({
    title: o.name,
    chips: [mandantChip(), recordChip(o)],
    onClose: () => go('organisationseinheiten'),
    body: [
      h('div', { class: 'panel' }, tabsheet([['Stammdaten', form], ['Gültigkeit', gueltigkeit()], ['Version', versionTable(o)]])),
      section('Bearbeiten', [tile('Löschen'), tile('Offline nehmen', null, !published), tile('Text bearbeiten', () => go('organisationseinheiten', id, 'text')), tile('Unterhalb anlegen', () => { parentForNew = id; go('organisationseinheiten', 'neu'); })]),
      section('Strukturieren', [tile('Umhängen')]),
      section('Verwalten', [
        tile('115 Teilnahme', null, true), tile('115 Leistungen'), tile('Anschriften'),
        tile('Bankverbindungen'), tile('Behördengruppen'), tile('Behördenkonto / beBPo'),
        tile('Bild'), tile('Internetadressen'), tile('Kommunikation', () => go('organisationseinheiten', id, 'kommunikation')),
        tile('Mandanten'), tile('Kontaktpersonen'), tile('Stichwörter'),
        tile('Tags'), tile('Zuständigkeiten'), tile('Öffnungszeiten'),
      ]),
    ],
  }));
}
