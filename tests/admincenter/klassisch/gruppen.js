// Benutzerverwaltung › Benutzergruppen: list, group drawer and the user assignment ("Benutzer der Benutzergruppe … verwalten").
import { tenant, gruppe, go, saveZuordnung, notify } from '../store.js';
import { esc, ico, button, panel, pageTitle, drawerHead, tabs, pane, row, staticRow, grid, setFlash, flashHtml, rowClick, showNotice } from './ui.js';

export function page(el) {
  el.innerHTML = `${pageTitle('Benutzergruppen', button('Anlegen', 'anlegen', { icon: 'plus' }))}
    <div class="notice-slot"></div>
    <div class="filter-input wide">${ico('filter')}<input class="form-control input-sm" aria-label="Tabelle filtern" title="Tabelle filtern" data-filter></div>
    <table class="table table-list">
      <thead><tr><th>Name <span class="sort" aria-hidden="true">▲</span></th><th>Beschreibung</th><th>Mandant</th></tr></thead>
      <tbody>${tenant().gruppen.map((g) => `<tr data-id="${g.id}"><td>${esc(g.name)}</td><td>${esc(g.beschreibung)}</td><td><span class="label label-mandant">${esc(tenant().name)}</span></td></tr>`).join('')}</tbody>
    </table>`;
  el.onclick = (e) => {
    if (e.target.closest('[data-action=anlegen]')) { showNotice(el); return; }
    rowClick(e, 'benutzergruppen');
  };
  el.oninput = (e) => {
    if (!e.target.matches('[data-filter]')) return;
    const q = e.target.value.trim().toLowerCase();
    for (const tr of el.querySelectorAll('tbody tr')) tr.hidden = !tr.textContent.toLowerCase().includes(q);
  };
}

export function drawer(el, r) {
  const g = gruppe(r.id);
  if (!g) return null;
  if (r.sub === 'benutzer') return zuordnung(el, g, r);
  el.innerHTML = `${drawerHead(g.name)}
    <div class="drawer-body">
      ${flashHtml()}<div class="notice-slot"></div>
      <div class="tabbable">${tabs(['Stammdaten'])}
        <div class="tab-content">${pane(0, `<div class="form-horizontal">
          ${staticRow('Id', g.id)}
          ${row('Name', `<input id="g-name" class="form-control" value="${esc(g.name)}">`, { id: 'g-name', required: true })}
          ${row('Beschreibung', `<textarea id="g-beschreibung" class="form-control" rows="3">${esc(g.beschreibung)}</textarea>`, { id: 'g-beschreibung' })}
          <div class="form-actions">${button('Abbrechen', 'reset', { disabled: true })}${button('Speichern', 'save', { cls: 'btn-primary', disabled: true })}</div>
        </div>`)}</div>
      </div>
      ${panel('Bearbeiten', grid([button('Gruppe löschen', 'na', { icon: 'trash' })]))}
      ${panel('Verwalten', grid([
        button('Benutzer', 'benutzer', { icon: 'user' }),
        button('Eigentümer', 'na', { icon: 'user' }),
        button('Mandanten', 'na', { icon: 'tags' }),
        button('Rollen verwalten', 'na', { icon: 'lock' }),
      ]))}
    </div>`;
  const dirty = (on) => el.querySelectorAll('[data-action=reset],[data-action=save]').forEach((b) => { b.disabled = !on; });
  el.oninput = (e) => { if (e.target.closest('.form-horizontal')) dirty(true); };
  el.onclick = (e) => {
    const act = e.target.closest('[data-action]')?.dataset.action;
    if (act === 'benutzer') go('benutzergruppen', g.id, 'benutzer');
    else if (act === 'reset') drawer(el, r);
    else if (act === 'save') {
      const name = el.querySelector('#g-name').value.trim();
      if (!name) return;
      Object.assign(g, { name, beschreibung: el.querySelector('#g-beschreibung').value });
      setFlash('Die Änderungen wurden gespeichert.', 'benutzergruppen', g.id);
      notify();
    }
  };
  return {};
}

const FILTERS = [['email', 'E-Mail'], ['benutzername', 'Benutzername'], ['vorname', 'Vorname'], ['nachname', 'Nachname']];
let zu = null; // { gid, ids, filters: { verfuegbar: {}, zugeordnet: {} } }

function zuordnung(el, g, r) {
  if (r.entered || !zu || zu.gid !== g.id) zu = { gid: g.id, ids: [...g.benutzer], filters: { verfuegbar: {}, zugeordnet: {} } };
  const section = (key, title) => `<section class="zuordnung-section" aria-labelledby="zu-${key}-title" data-section="${key}">
      <h4 id="zu-${key}-title">${title}</h4>
      <div class="zu-filters">${FILTERS.map(([f, label]) => `<input class="form-control input-sm" data-filter="${f}" placeholder="${label}" aria-label="${label}" value="${esc(zu.filters[key][f] || '')}">`).join('')}</div>
      <table class="table table-list table-zuordnung"><thead><tr><th>E-Mail</th><th>Eingeladen</th><th>Bestätigung</th><th>Benutzername</th><th class="col-action"><span class="sr-only">Aktion</span></th></tr></thead>
        <tbody data-body="${key}"></tbody></table>
    </section>`;
  el.innerHTML = `${drawerHead(g.name, { arrow: false })}
    <div class="drawer-body">
      ${panel(`Benutzer der Benutzergruppe "${g.name}" verwalten`, `${flashHtml()}
        ${section('verfuegbar', 'Verfügbare Benutzer')}
        ${section('zugeordnet', 'Zugeordnete Benutzer')}
        <div class="form-actions">${button('Abbrechen', 'cancel')}${button('Zuordnung speichern', 'save', { cls: 'btn-primary' })}</div>`)}
    </div>`;
  drawTables(el);
  el.oninput = (e) => {
    const f = e.target.dataset.filter;
    if (!f) return;
    zu.filters[e.target.closest('[data-section]').dataset.section][f] = e.target.value;
    drawTables(el);
  };
  el.onclick = (e) => {
    const b = e.target.closest('[data-action]');
    const act = b?.dataset.action;
    if (act === 'add') { zu.ids.push(b.dataset.user); drawTables(el); }
    else if (act === 'remove') { zu.ids = zu.ids.filter((id) => id !== b.dataset.user); drawTables(el); }
    else if (act === 'cancel') { zu = null; go('benutzergruppen', g.id); }
    else if (act === 'save') {
      setFlash('Die Zuordnung wurde gespeichert.', 'benutzergruppen', g.id, 'benutzer');
      saveZuordnung(g.id, zu.ids);
    }
  };
  return { modal: true, wide: true };
}

/** Fills both tables from the working copy and the filter inputs (inputs stay untouched). */
function drawTables(el) {
  const users = tenant().benutzer;
  const matches = (u, filters) => FILTERS.every(([f]) => !filters[f] || String(u[f]).toLowerCase().includes(filters[f].trim().toLowerCase()));
  const rowHtml = (u, act) => `<tr data-user="${u.id}"><td>${esc(u.email)}</td><td>${esc(u.eingeladen)}</td><td>${esc(u.bestaetigung)}</td><td>${esc(u.benutzername)}</td>
    <td class="col-action">${act === 'add'
      ? `<button type="button" class="btn btn-default btn-xs" data-action="add" data-user="${u.id}">${ico('plus')}Hinzufügen</button>`
      : `<button type="button" class="btn btn-default btn-xs" data-action="remove" data-user="${u.id}">${ico('minus')}Entfernen</button>`}</td></tr>`;
  const fill = (key, list, act) => {
    const shown = list.filter((u) => matches(u, zu.filters[key]));
    el.querySelector(`[data-body=${key}]`).innerHTML = shown.length ? shown.map((u) => rowHtml(u, act)).join('') : '<tr class="empty"><td colspan="5">Keine Benutzer vorhanden.</td></tr>';
  };
  fill('verfuegbar', users.filter((u) => !zu.ids.includes(u.id)), 'add');
  fill('zugeordnet', zu.ids.map((id) => users.find((u) => u.id === id)).filter(Boolean), 'remove');
}
