// Organisationseinheiten: tree list, "Neue Organisationseinheit anlegen" and the OE drawer.
import { tenant, oe, go, createOe, saveOeStammdaten } from '../store.js';
import { esc, ico, button, panel, pageTitle, drawerHead, tabs, pane, row, staticRow, grid, versionBadge, versionTable, setFlash, flashHtml, rowClick } from './ui.js';
import { kommunikation } from './oe-kommunikation.js';
import { textEditor } from './oe-text.js';

let pendingParent = null; // set by "+ Unterhalb anlegen"

export function page(el) {
  const oes = tenant().oes;
  const rowsOf = (parentId, depth) => oes.filter((o) => (o.parentId ?? null) === parentId).map((o) => {
    const kids = oes.some((k) => k.parentId === o.id);
    return `<tr data-id="${o.id}"><td style="padding-left:${12 + depth * 18}px">${kids ? ico('triangle-bottom') : '<span class="tree-spacer"></span>'}${esc(o.name)}</td></tr>${rowsOf(o.id, depth + 1)}`;
  }).join('');
  el.innerHTML = `${pageTitle('Organisationseinheiten', button('Anlegen', 'anlegen', { icon: 'plus' }))}
    <div class="list-layout">
      <aside class="facets">
        <div class="filter-input facet-filter">${ico('filter')}<input class="form-control input-sm" aria-label="Facetten filtern"><button type="button" class="btn btn-default btn-xs" aria-label="Filter zurücksetzen">${ico('remove')}</button></div>
        <button type="button" class="btn btn-default btn-facet" data-action="na">${ico('plus-square')}Behördengruppen</button>
      </aside>
      <section class="list-main">
        <div class="filter-input">${ico('filter')}<input class="form-control input-sm" aria-label="Tabelle filtern" title="Tabelle filtern" data-filter></div>
        <table class="table table-list table-tree"><thead><tr><th>Name</th></tr></thead><tbody>${rowsOf(null, 0)}</tbody></table>
      </section>
    </div>`;
  el.onclick = (e) => {
    if (e.target.closest('[data-action=anlegen]')) { pendingParent = null; go('organisationseinheiten', 'neu'); return; }
    rowClick(e, 'organisationseinheiten');
  };
  el.oninput = (e) => {
    if (!e.target.matches('[data-filter]')) return;
    const q = e.target.value.trim().toLowerCase();
    for (const tr of el.querySelectorAll('tbody tr')) tr.hidden = !tr.textContent.toLowerCase().includes(q);
  };
}

const stammdatenFields = (o, p) => `
  ${row('Name', `<textarea id="${p}-name" class="form-control" rows="2">${esc(o.name)}</textarea>`, { id: `${p}-name`, required: true })}
  ${row('Behördenschlüssel', `<input id="${p}-bhs" class="form-control" value="${esc(o.behoerdenschluessel)}">`, { id: `${p}-bhs` })}
  ${row('Behörde', `<input id="${p}-behoerde" class="form-control" value="${esc(o.behoerde)}">`, { id: `${p}-behoerde` })}
  ${row('Behörde', `<input id="${p}-ist" type="checkbox" class="checkbox-inline"${o.istBehoerde ? ' checked' : ''}>`, { id: `${p}-ist` })}
  ${row('Externe ID', `<input id="${p}-ext" class="form-control" value="${esc(o.externeId)}">`, { id: `${p}-ext` })}`;
const readFields = (el, p) => ({
  name: el.querySelector(`#${p}-name`).value.trim(),
  behoerdenschluessel: el.querySelector(`#${p}-bhs`).value.trim(),
  behoerde: el.querySelector(`#${p}-behoerde`).value.trim(),
  istBehoerde: el.querySelector(`#${p}-ist`).checked,
  externeId: el.querySelector(`#${p}-ext`).value.trim(),
});
const gueltigkeit = (p) => `<div class="form-horizontal">
  ${row('Gültig ab', `<input id="${p}-ab" type="date" class="form-control">`, { id: `${p}-ab` })}
  ${row('Gültig bis', `<input id="${p}-bis" type="date" class="form-control">`, { id: `${p}-bis` })}</div>`;
export function drawer(el, r) {
  if (r.id === 'neu') return newForm(el, r);
  const o = oe(r.id);
  if (!o) return null;
  if (r.sub === 'kommunikation') return kommunikation(el, o, r);
  if (r.sub === 'text') return textEditor(el, o, r);
  const published = Number.parseFloat(o.version) >= 1;
  el.innerHTML = `${drawerHead(o.name, { badge: versionBadge(o.version) })}
    <div class="drawer-body">
      ${flashHtml()}<div class="notice-slot"></div>
      <div class="tabbable">${tabs(['Stammdaten', 'Gültigkeit', 'Version'])}
        <div class="tab-content">
          ${pane(0, `<div class="form-horizontal">${staticRow('Id', o.id)}${stammdatenFields(o, 'oe')}
            <div class="form-actions">${button('Abbrechen', 'reset', { disabled: true })}${button('Speichern', 'save', { cls: 'btn-primary', disabled: true })}</div></div>`)}
          ${pane(1, gueltigkeit('oe'))}
          ${pane(2, versionTable(o.versions))}
        </div>
      </div>
      ${panel('Bearbeiten', grid([
        button('Löschen', 'na', { icon: 'trash' }),
        button('Offline nehmen', 'na', { icon: 'cloud-download', disabled: !published }),
        button('Text bearbeiten', 'text', { icon: 'file' }),
        button('Unterhalb anlegen', 'unterhalb', { icon: 'plus' }),
      ]))}
      ${panel('Verwalten', grid([
        button('115 Leistungen', 'na', { icon: 'info' }),
        button('115 Teilnahme', 'na', { icon: 'info', disabled: true }),
        button('Anschriften', 'na', { icon: 'envelope' }),
        button('Bankverbindungen', 'na', { icon: 'euro' }),
        button('Behördengruppen', 'na', { icon: 'th' }),
        button('Bild', 'na', { icon: 'file' }),
        button('Internetadressen', 'na', { icon: 'globe' }),
        button('Kommunikation', 'kommunikation', { icon: 'phone' }),
        button('Kontaktpersonen', 'na', { icon: 'user' }),
        button('Mandanten', 'na', { icon: 'user' }),
        button('Prozessparameter', 'na', { icon: 'sitemap' }),
        button('Stichwörter', 'na', { icon: 'tag' }),
        button('Tags', 'na', { icon: 'tags' }),
        button('Zuständigkeiten', 'na', { icon: 'sitemap' }),
        button('Öffnungszeiten', 'na', { icon: 'calendar' }),
      ]))}
    </div>`;
  const dirty = (on) => el.querySelectorAll('[data-action=reset],[data-action=save]').forEach((b) => { b.disabled = !on; });
  el.oninput = el.onchange = (e) => { if (e.target.closest('.form-horizontal')) dirty(true); };
  el.onclick = (e) => {
    const act = e.target.closest('[data-action]')?.dataset.action;
    if (act === 'kommunikation' || act === 'text') go('organisationseinheiten', o.id, act);
    else if (act === 'unterhalb') { pendingParent = o.id; go('organisationseinheiten', 'neu'); }
    else if (act === 'reset') drawer(el, r);
    else if (act === 'save') {
      const f = readFields(el, 'oe');
      if (!f.name) {
        el.querySelector('.notice-slot').innerHTML = '<div class="alert alert-danger" role="alert">Bitte füllen Sie das Pflichtfeld Name aus.</div>';
        return;
      }
      setFlash('Die Änderungen wurden gespeichert.', 'organisationseinheiten', o.id);
      saveOeStammdaten(o.id, f);
    }
  };
  return {};
}

function newForm(el) {
  const t = tenant();
  const parent = pendingParent && oe(pendingParent);
  const empty = { name: '', behoerdenschluessel: '', behoerde: '', istBehoerde: false, externeId: '' };
  el.innerHTML = `${drawerHead('Neue Organisationseinheit anlegen', {
      badge: versionBadge(null),
      chip: `<select class="form-control input-sm location-select" aria-label="Mandant"><option selected>${esc(t.name)}</option></select>`,
    })}
    <div class="drawer-body">
      <div class="notice-slot"></div>
      ${parent ? `<p class="help-block">Wird unterhalb von <strong>${esc(parent.name)}</strong> angelegt.</p>` : ''}
      <div class="tabbable">${tabs(['Stammdaten', 'Gültigkeit', 'Version'])}
        <div class="tab-content">
          ${pane(0, `<div class="form-horizontal">${stammdatenFields(empty, 'neu')}
            <div class="form-actions">${button('Abbrechen', 'cancel')}${button('Speichern', 'save', { cls: 'btn-primary' })}</div></div>`)}
          ${pane(1, gueltigkeit('neu'))}
          ${pane(2, versionTable([]))}
        </div>
      </div>
    </div>`;
  el.onclick = (e) => {
    const act = e.target.closest('[data-action]')?.dataset.action;
    if (act === 'cancel') { pendingParent = null; go('organisationseinheiten'); }
    else if (act === 'save') {
      const fields = readFields(el, 'neu');
      const res = createOe({ ...fields, parentId: parent ? parent.id : null });
      if (res.error) {
        el.querySelector('.notice-slot').innerHTML = `<div class="alert alert-danger" role="alert">${esc(res.error)}</div>`;
        el.querySelector('#neu-name').closest('.form-group').classList.add('has-error');
        return;
      }
      pendingParent = null;
      setFlash('Die Organisationseinheit wurde angelegt.', 'organisationseinheiten', res.oe.id);
      go('organisationseinheiten', res.oe.id);
    }
  };
  return {};
}
