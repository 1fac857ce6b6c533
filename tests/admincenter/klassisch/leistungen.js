// Zuständigkeitsfinder › Leistungen: filterable list (copes with 5,000 rows) and the Leistung drawer.
import { tenant, leistung, go, createErgaenzung, notify } from '../store.js';
import { esc, ico, button, panel, pageTitle, drawerHead, tabs, pane, row, staticRow, grid, versionBadge, versionTable, setFlash, flashHtml, rowClick } from './ui.js';
import { ergaenzungEditor } from './leistung-text.js';

let filterText = ''; // survives list rebuilds

export function page(el) {
  const rows = tenant().leistungen.map((l) => `<tr data-id="${l.id}"><td>${esc(l.leika)}</td><td>${esc(l.typisierung)}</td><td>${esc(l.name)}</td><td><span class="label label-typ${l.typ === 'Ergänzung' ? ' label-kommunal' : ''}">${esc(l.typ)}</span></td></tr>`).join('');
  el.innerHTML = `${pageTitle('Leistungen')}
    <div class="list-layout">
      <aside class="facets">
        <div class="filter-input facet-filter">${ico('filter')}<input class="form-control input-sm" aria-label="Facetten filtern"><button type="button" class="btn btn-default btn-xs" aria-label="Filter zurücksetzen">${ico('remove')}</button></div>
        ${['Bezugsort', 'EU-DLR', 'Sprache', 'Textbetreuung | FEDERF.', 'Textbetreuung | sekundär'].map((f) => `<button type="button" class="btn btn-default btn-facet" data-action="na">${ico('plus-square')}${esc(f)}</button>`).join('')}
      </aside>
      <section class="list-main">
        <div class="filter-input">${ico('filter')}<input class="form-control input-sm" aria-label="Tabelle filtern" title="Tabelle filtern" data-filter value="${esc(filterText)}"></div>
        <table class="table table-list table-leistungen">
          <thead><tr><th>Leika Schlüssel</th><th>Leika Typisierung</th><th>Name</th><th>Typ</th></tr></thead>
          <tbody>${rows}</tbody>
        </table>
        <p class="no-hits" hidden>Keine Leistungen gefunden.</p>
      </section>
    </div>`;
  const tbody = el.querySelector('tbody');
  tbody.onclick = (e) => rowClick(e, 'leistungen'); // one delegated listener for all rows
  const index = [...tbody.rows].map((tr) => [tr, tr.textContent.toLowerCase()]);
  const apply = () => {
    const terms = filterText.toLowerCase().split(/\s+/).filter(Boolean);
    let hits = 0;
    for (const [tr, text] of index) {
      const show = terms.every((t) => text.includes(t));
      if (tr.hidden === show) tr.hidden = !show;
      if (show) hits++;
    }
    el.querySelector('.no-hits').hidden = hits > 0;
  };
  el.oninput = (e) => { if (e.target.matches('[data-filter]')) { filterText = e.target.value; apply(); } };
  if (filterText) apply();
}

export function drawer(el, r) {
  const l = leistung(r.id);
  if (!l) return null;
  if (r.sub === 'text') return l.typ === 'Ergänzung' ? ergaenzungEditor(el, l, r) : null;
  const erg = l.typ === 'Ergänzung';
  const parent = erg ? leistung(l.parentId) : null;
  const badge = erg ? versionBadge(l.version) : versionBadge(l.version || '1.0');
  el.innerHTML = `${drawerHead(l.name, { badge })}
    <div class="drawer-body">
      ${flashHtml()}<div class="notice-slot"></div>
      <div class="tabbable">${tabs(['Stammdaten', 'Gültigkeit', 'Version'])}
        <div class="tab-content">
          ${pane(0, `<div class="form-horizontal">
            ${staticRow('Id', l.id)}
            ${row('Name', `<input id="l-name" class="form-control" value="${esc(l.name)}">`, { id: 'l-name' })}
            ${row('Kommentar', `<textarea id="l-kommentar" class="form-control" rows="3">${esc(l.kommentar)}</textarea>`, { id: 'l-kommentar' })}
            ${row('Typ', `<select id="l-stufe" class="form-control" disabled><option>${erg ? 'Stufe 2 (kommunale Leistung)' : 'Stufe 1 (Landesleistung)'}</option></select>`, { id: 'l-stufe', required: true })}
            ${erg ? row('Typ', `<input id="l-typ" class="form-control" value="Ergänzung" readonly>`, { id: 'l-typ' }) : ''}
            ${erg ? row('Landesleistung', `<input id="l-parent" class="form-control" value="${esc(parent?.name)}" readonly>`, { id: 'l-parent' }) : ''}
            ${row('SDG', `<input id="l-sdg" class="form-control" value="${esc(l.sdg)}">`, { id: 'l-sdg' })}
            <div class="form-actions">${button('Abbrechen', 'reset', { disabled: true })}${button('Speichern', 'save', { cls: 'btn-primary', disabled: true })}</div>
          </div>`)}
          ${pane(1, `<div class="form-horizontal">${row('Gültig ab', '<input id="l-ab" type="date" class="form-control">', { id: 'l-ab' })}${row('Gültig bis', '<input id="l-bis" type="date" class="form-control">', { id: 'l-bis' })}</div>`)}
          ${pane(2, versionTable(l.versions || []))}
        </div>
      </div>
      ${panel('Leistung bearbeiten', grid([
        button('Löschen', 'na', { icon: 'trash', disabled: !erg }),
        button('Text bearbeiten', 'text', { icon: 'file', disabled: !erg }),
      ]))}
      ${panel('Leistung anlegen', grid([button('K. Ergänzung', 'ergaenzung', { icon: 'file', disabled: erg })]))}
      ${panel('Verwalten', grid([
        button('Externe Formulare', 'na', { icon: 'file' }), button('Info 115 Leistungen', 'na', { icon: 'info' }),
        button('LeiKa Leistungen', 'na', { icon: 'tag' }), button('Mandanten', 'na', { icon: 'tag' }),
        button('Prozesse', 'na', { icon: 'sitemap' }), button('Stichwörter', 'na', { icon: 'tag' }),
        button('Tags', 'na', { icon: 'tags' }), button('Zuständigkeiten', 'na', { icon: 'sitemap' }),
      ]))}
    </div>`;
  const dirty = (on) => el.querySelectorAll('[data-action=reset],[data-action=save]').forEach((b) => { b.disabled = !on; });
  el.oninput = (e) => { if (e.target.closest('.form-horizontal')) dirty(true); };
  el.onclick = (e) => {
    const act = e.target.closest('[data-action]')?.dataset.action;
    if (act === 'text') go('leistungen', l.id, 'text');
    else if (act === 'ergaenzung') {
      const res = createErgaenzung(l.id);
      setFlash('Die kommunale Ergänzung wurde angelegt.', 'leistungen', res.leistung.id);
      go('leistungen', res.leistung.id);
    } else if (act === 'reset') drawer(el, r);
    else if (act === 'save') {
      const name = el.querySelector('#l-name').value.trim();
      if (!name) return;
      Object.assign(l, { name, kommentar: el.querySelector('#l-kommentar').value, sdg: el.querySelector('#l-sdg').value.trim() });
      setFlash('Die Änderungen wurden gespeichert.', 'leistungen', l.id);
      notify();
    }
  };
  return {};
}
