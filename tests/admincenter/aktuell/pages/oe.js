// Organisationseinheiten: tree list, "Neue Organisationseinheit anlegen", OE drawer; Kommunikation and Text live in their own modules.
import { tenant, oe, go, createOe, saveOeStammdaten } from '../../store.js';
import { esc, field, checkbox, select, btn, panel, grid, tabbed, PFLICHT, drawerFrame, mandantChip, versionChip, recordChip, filterInput, table, bindFilter, setFlash, showError } from '../ui.js';
import { renderKommunikation, resetKommunikation } from './oe-kommunikation.js';
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
  if (r.sub !== 'kommunikation') resetKommunikation();
  if (r.sub !== 'text') resetOeText();
  const record = r.id && r.id !== 'neu' ? oe(r.id) : null;
  const page = {
    title: 'Organisationseinheiten',
    anlegen: () => { parentForNew = null; go('organisationseinheiten', 'neu'); },
    listKey: t.oes.map((o) => `${o.id}:${o.name}:${o.parentId}`).join(','),
    selected: record?.id ?? null,
    renderList(el) {
      const extra = `<div class="filter-row">
        <div class="fld"><div class="lbl-row"><span class="lbl">Mandanten</span><a href="#" class="small-link" data-todo>Filter entfernen</a></div><div class="fake-select" role="group" aria-label="Mandanten"><span class="tag">Eigener Mandant <button type="button" class="tag-x" aria-label="Eigener Mandant entfernen" data-todo>×</button></span><span class="chev" aria-hidden="true">▾</span></div></div>
        ${select('Behördengruppen', [['', '']], '')}</div>`;
      el.innerHTML = `<div class="content-box">${filterInput('Suchbegriff', 'oes', extra)}
        ${table(['Titel'], tree(t.oes).map(([o, d]) => ({ id: o.id, go: `organisationseinheiten/${o.id}`, cells: [`<span class="tree" style="padding-left:${d * 22 + 14}px">${esc(o.name)}</span>`] })), { label: 'Organisationseinheiten' })}</div>`;
      bindFilter(el);
    },
  };
  if (r.id === 'neu') page.renderDrawer = (el) => renderNew(el, t);
  else if (r.id && !record) page.renderDrawer = (el) => { el.innerHTML = drawerFrame({ title: 'Organisationseinheit', body: '<p class="muted">Diese Organisationseinheit gibt es beim gewählten Mandanten nicht.</p>' }); };
  else if (record && r.sub === 'text') { page.wide = true; page.renderDrawer = (el) => renderOeText(el, record); }
  else if (record) {
    page.renderDrawer = (el) => renderDrawer(el, record);
    if (r.sub === 'kommunikation') page.renderDialog = (el) => renderKommunikation(el, record);
  }
  return page;
}

const stammFields = (o) => `${field('Name', o.name, { name: 'name', req: true })}${field('Behördenschlüssel', o.behoerdenschluessel, { name: 'behoerdenschluessel' })}
  ${field('Behörde', o.behoerde, { name: 'behoerde' })}${checkbox('Behörde', o.istBehoerde, { name: 'istBehoerde', group: 'Eigenschaften' })}${field('Externe ID', o.externeId, { name: 'externeId' })}`;
const readForm = (f) => ({ name: f.name.value.trim(), behoerdenschluessel: f.behoerdenschluessel.value.trim(), behoerde: f.behoerde.value.trim(), istBehoerde: f.istBehoerde.checked, externeId: f.externeId.value.trim() });
const gueltigkeit = `${field('Gültig ab', '', { type: 'date', name: 'gueltigAb' })}${field('Gültig bis', '', { type: 'date', name: 'gueltigBis' })}`;
const versionTable = (o) => o.versions.length ? table(['gespeichert am', 'Version', 'Art d. S.'], o.versions.map((v, i) => ({ id: i, cells: [esc(v.datum), esc(v.version), esc(v.art)] })), { label: 'Versionen' }) : '<p class="muted">Noch keine Version gespeichert.</p>';

function renderNew(el, t) {
  const empty = { name: '', behoerdenschluessel: '', behoerde: '', istBehoerde: false, externeId: '' };
  const locations = [['', t.name], ...tree(t.oes).map(([o, d]) => [o.id, `${'\u00a0\u00a0'.repeat(d + 1)}${o.name}`])];
  const form = `<form class="stamm" novalidate>${PFLICHT}${stammFields(empty)}<div class="err-box"></div>
    <div class="form-actions"><button type="button" class="btn link" data-close-drawer>Abbrechen</button><button type="button" class="btn primary" data-save>Speichern</button></div></form>`;
  el.innerHTML = drawerFrame({
    title: 'Neue Organisationseinheit anlegen',
    chips: `${mandantChip(t.name)} ${versionChip(null)}`,
    body: `<div class="panel pad">${select('Ablageort', locations, parentForNew ?? '', { name: 'parent' })}</div>
      <div class="panel">${tabbed(['Stammdaten', 'Gültigkeit', 'Version'], [form, gueltigkeit, '<p class="muted">Die Organisationseinheit ist noch nicht veröffentlicht.</p>'])}</div>`,
  });
  el.querySelector('[data-save]').addEventListener('click', () => {
    const f = el.querySelector('form.stamm');
    const parent = el.querySelector('select[name=parent]').value;
    const fields = { ...readForm(f), parentId: parent ? Number(parent) : null };
    if (!fields.name) { showError(el.querySelector('.err-box'), 'Bitte füllen Sie das Pflichtfeld Name aus.'); f.name.focus(); return; }
    const res = createOe(fields);
    if (res.error) { showError(el.querySelector('.err-box'), res.error); return; }
    parentForNew = null;
    setFlash('Die Organisationseinheit wurde angelegt.', `#!organisationseinheiten/${res.oe.id}`);
    go('organisationseinheiten', res.oe.id);
  });
}

function renderDrawer(el, o) {
  const published = o.versions[0]?.art === 'Veröffentlicht';
  const form = `<form class="stamm" novalidate>${PFLICHT}${field('Id', o.id, { ro: true })}${stammFields(o)}<div class="err-box"></div>
    <div class="form-actions"><button type="button" class="btn link" data-reset>Abbrechen</button><button type="button" class="btn primary" data-save>Speichern</button></div></form>`;
  const id = o.id;
  el.innerHTML = drawerFrame({
    title: o.name,
    chips: `${mandantChip()} ${recordChip(o)}`,
    body: `<div class="panel">${tabbed(['Stammdaten', 'Gültigkeit', 'Version'], [form, gueltigkeit, versionTable(o)])}</div>
      ${panel('Bearbeiten', grid([btn('Löschen', 'data-todo'), btn('Offline nehmen', 'data-todo', { disabled: !published }), btn('Text bearbeiten', `data-go="organisationseinheiten/${id}/text"`), btn('Unterhalb anlegen', 'data-below')]))}
      ${panel('Strukturieren', grid([btn('Umhängen', 'data-todo')]))}
      ${panel('Verwalten', grid([
        btn('115 Teilnahme', '', { disabled: true }), btn('115 Leistungen', 'data-todo'), btn('Anschriften', 'data-todo'),
        btn('Bankverbindungen', 'data-todo'), btn('Behördengruppen', 'data-todo'), btn('Behördenkonto / beBPo', 'data-todo'),
        btn('Bild', 'data-todo'), btn('Internetadressen', 'data-todo'), btn('Kommunikation', `data-go="organisationseinheiten/${id}/kommunikation"`),
        btn('Mandanten', 'data-todo'), btn('Kontaktpersonen', 'data-todo'), btn('Stichwörter', 'data-todo'),
        btn('Tags', 'data-todo'), btn('Zuständigkeiten', 'data-todo'), btn('Öffnungszeiten', 'data-todo'),
      ]))}`,
  });
  el.querySelector('[data-below]').addEventListener('click', () => { parentForNew = id; go('organisationseinheiten', 'neu'); });
  el.querySelector('[data-reset]').addEventListener('click', () => renderDrawer(el, o));
  el.querySelector('[data-save]').addEventListener('click', () => {
    const fields = readForm(el.querySelector('form.stamm'));
    if (!fields.name) { showError(el.querySelector('.err-box'), 'Bitte füllen Sie das Pflichtfeld Name aus.'); return; }
    setFlash('Die Änderungen wurden gespeichert.', location.hash);
    saveOeStammdaten(id, fields);
  });
}
