// Zuständigkeitsfinder › Prozesse: list, Prozess drawer, "Prozess aktivieren" (1. Leistungen | 2. Prozessparameter) and its dialog.
import { tenant, prozess, go, hasProzessRight, activateProzess, saveProzessParameter } from '../store.js';
import { esc, ico, button, panel, pageTitle, drawerHead, tabs, pane, staticRow, grid, setFlash, flashHtml, rowClick } from './ui.js';

const HINWEIS = 'Hinweis: Zur Aktivierung des Prozesses ist es erforderlich, dass die notwendigen Parameter mit Werten versehen sind. Zwingend erforderlich sind die mit einem Stern markierten Parameter. Ist der Wert in kursiver Schrift dargestellt, so kennt der Prozess einen Standardwert. Dieser wird verwendet, sofern Sie ihn nicht mit einem anderen Wert überschreiben. Fehlt für einen erforderlichen Parameter der Wert, so wird dieser rot hervorgehoben.';

export function page(el) {
  if (!hasProzessRight()) {
    el.innerHTML = `${pageTitle('Prozesse')}<div class="alert alert-warning" role="alert">Sie verfügen nicht über die Berechtigung „Mandantenredakteur Prozessparameter und -integration“.</div>`;
    return;
  }
  el.innerHTML = `${pageTitle('Prozesse')}
    <div class="filter-input wide">${ico('filter')}<input class="form-control input-sm" aria-label="Tabelle filtern" title="Tabelle filtern" data-filter></div>
    <table class="table table-list">
      <thead><tr><th>Name <span class="sort" aria-hidden="true">▲</span></th><th>Typ</th><th>Mandant</th><th>Deployment</th></tr></thead>
      <tbody>${tenant().prozesse.map((p) => `<tr data-id="${p.id}"><td>${esc(p.name)}</td><td></td><td><span class="label label-mandant">${esc(tenant().name)}</span></td><td>${esc(p.deployedAm)} ${esc(p.deployedUm)}</td></tr>`).join('')}</tbody>
    </table>`;
  el.onclick = (e) => rowClick(e, 'prozesse');
  el.oninput = (e) => {
    if (!e.target.matches('[data-filter]')) return;
    const q = e.target.value.trim().toLowerCase();
    for (const tr of el.querySelectorAll('tbody tr')) tr.hidden = !tr.textContent.toLowerCase().includes(q);
  };
}

export function drawer(el, r) {
  const p = prozess(r.id);
  if (!p || !hasProzessRight()) return null;
  if (r.sub === 'aktivieren') return aktivieren(el, p, r);
  el.innerHTML = `${drawerHead(p.name)}
    <div class="drawer-body">
      ${flashHtml()}<div class="notice-slot"></div>
      <div class="tabbable">${tabs(['Stammdaten', 'Beschreibung und Dokumentation', 'Verwendung'])}
        <div class="tab-content">
          ${pane(0, `<div class="form-horizontal">
            ${staticRow('Id', p.id)}${staticRow('Name', p.name)}${staticRow('Typ des Prozessmodells', '')}
            ${staticRow('Version des Prozessmodells', p.version)}${staticRow('Produktiv-Deployment Datum', p.deployedAm)}
            ${staticRow('Status', p.aktiv ? 'Aktiv' : 'Nicht aktiviert')}</div>`)}
          ${pane(1, '<p class="text-muted">Für diesen Prozess ist keine Dokumentation hinterlegt.</p>')}
          ${pane(2, '<p class="text-muted">Der Prozess wird in keiner Organisationseinheit verwendet.</p>')}
        </div>
      </div>
      ${panel('Verwalten', grid([
        button('Link generieren', 'na', { icon: 'link' }),
        button('Prozess aktivieren', 'aktivieren', { icon: 'file' }),
        button('Prozess teilen', 'na', { icon: 'file' }),
        button('Standard vorschlagen', 'na', { icon: 'file' }),
        button('Standardprozess', 'na', { icon: 'file', disabled: true }),
      ]))}
    </div>`;
  el.onclick = (e) => { if (e.target.closest('[data-action=aktivieren]')) go('prozesse', p.id, 'aktivieren'); };
  return {};
}

let akt = null; // working copy of the "Prozess aktivieren" drawer: { id, tab, values, assigned, checked, dialog }

function aktivieren(el, p, r) {
  if (r.entered || !akt || akt.id !== p.id) akt = { id: p.id, tab: 0, values: {}, assigned: [], checked: new Set(), dialog: null };
  const value = (row) => (row.name in akt.values ? akt.values[row.name] : row.wert);
  const leistungen = tenant().leistungen.filter((l) => !String(l.name).startsWith('Testleistung')).slice(0, 20);
  const tab1 = `<h4>Verfügbare Leistungen</h4>
    <div class="filter-input wide">${ico('filter')}<input class="form-control input-sm" aria-label="Leistungen filtern"></div>
    <table class="table table-list table-check"><thead><tr><th class="col-check"><span class="sr-only">Auswahl</span></th><th>Name</th><th>Freigegeben am</th></tr></thead>
      <tbody>${leistungen.map((l) => `<tr><td class="col-check"><input type="checkbox" data-check="${l.id}" aria-label="${esc(l.name)}"${akt.checked.has(l.id) ? ' checked' : ''}></td><td>${esc(l.name)}</td><td>12.04.2022</td></tr>`).join('')}</tbody></table>
    <div class="text-center">${button('Zuweisen', 'zuweisen')}</div>
    <h4>Zugeordnete Leistungen</h4>
    <table class="table table-list"><thead><tr><th>Name</th><th class="col-check"></th></tr></thead>
      <tbody>${akt.assigned.map((id) => leistungen.find((l) => l.id === id)).filter(Boolean).map((l) => `<tr><td>${esc(l.name)}</td><td>${`<button type="button" class="btn btn-default btn-xs" data-action="unassign" data-id="${l.id}" aria-label="Zuordnung entfernen" title="Zuordnung entfernen">${ico('trash')}</button>`}</td></tr>`).join('')}</tbody></table>`;
  const tab2 = `<div class="alert alert-info">${esc(HINWEIS)}</div>
    <div class="checkbox"><label><input type="checkbox"> Prozessparameter alter Prozessmodellversionen anzeigen.</label></div>
    <h4>Verfügbare Parameter</h4>
    <table class="table table-list table-params"><thead><tr><th>Name</th><th>Beschreibung</th><th>Wert / Typ</th><th class="col-edit"><span class="sr-only">Bearbeiten</span></th></tr></thead>
      <tbody>${p.parameter.map((row) => {
        const v = value(row);
        const missing = row.required && !v;
        return `<tr data-param="${esc(row.name)}" class="${missing ? 'danger' : ''}"><td title="${esc(row.name)}">${esc(row.name)}${row.required ? '*' : ''}</td><td title="${esc(row.beschreibung)}">${esc(row.beschreibung)}</td>
          <td>${v ? esc(v) : `<em>${esc(row.typ)}</em>`}</td>
          <td class="col-edit"><button type="button" class="btn btn-default btn-xs" data-action="edit" data-name="${esc(row.name)}" aria-label="Bearbeiten" title="Bearbeiten">${ico('edit')}</button></td></tr>`;
      }).join('')}</tbody></table>
    <h4>Abweichungen des oben gewählten Parameters</h4>
    <table class="table table-list table-abw"><thead><tr><th>Organisationseinheit</th><th>Wert / Typ</th><th></th><th></th></tr></thead><tbody></tbody></table>
    ${button('Abweichung hinzufügen', 'na', { disabled: true })}`;
  el.innerHTML = `${drawerHead(p.name, { arrow: false })}
    <div class="drawer-body">
      <div class="panel panel-default"><div class="panel-body">
        <div class="tabbable">${tabs(['1. Leistungen', '2. Prozessparameter'], akt.tab)}
          <div class="tab-content">${pane(0, tab1, akt.tab)}${pane(1, tab2, akt.tab)}</div>
        </div>
        <div class="form-actions drawer-footer">${button('Abbrechen', 'cancel')}${button('Speichern', 'save', { cls: 'btn-primary' })}</div>
      </div></div>
    </div>
    ${akt.dialog ? dialogHtml(p, p.parameter.find((x) => x.name === akt.dialog), value) : ''}`;

  el.onchange = (e) => {
    const id = e.target.dataset.check;
    if (id) { if (e.target.checked) akt.checked.add(Number(id)); else akt.checked.delete(Number(id)); }
    if (e.target.id === 'pp-usevar') { el.querySelector('#pp-var').disabled = !e.target.checked; el.querySelector('#pp-wert').disabled = e.target.checked; }
  };
  el.onclick = (e) => {
    const tab = e.target.closest('.nav-tabs a[data-tab]');
    if (tab) { akt.tab = Number(tab.dataset.tab); return; } // the app toggles the panes
    const b = e.target.closest('[data-action]');
    const act = b?.dataset.action;
    const redraw = () => aktivieren(el, p, { ...r, entered: false });
    if (act === 'edit') { akt.dialog = b.dataset.name; redraw(); el.querySelector('#pp-wert').focus(); }
    else if (act === 'dlg-cancel') { akt.dialog = null; redraw(); }
    else if (act === 'dlg-reset') { el.querySelector('#pp-wert').value = ''; }
    else if (act === 'dlg-save') {
      const useVar = el.querySelector('#pp-usevar').checked;
      const varName = el.querySelector('#pp-var').value.trim();
      akt.values[akt.dialog] = useVar && varName ? `\${${varName}}` : el.querySelector('#pp-wert').value.trim();
      akt.dialog = null; redraw();
    } else if (act === 'zuweisen') { for (const id of akt.checked) if (!akt.assigned.includes(id)) akt.assigned.push(id); akt.checked.clear(); redraw(); }
    else if (act === 'unassign') { akt.assigned = akt.assigned.filter((id) => id !== Number(b.dataset.id)); redraw(); }
    else if (act === 'cancel') { akt = null; go('prozesse', p.id); }
    else if (act === 'save') {
      const values = akt.values;
      akt = null;
      setFlash('Der Prozess wurde aktiviert. Die Prozessparameter wurden gespeichert.', 'prozesse', p.id);
      activateProzess(p.id);
      saveProzessParameter(p.id, values);
      go('prozesse', p.id);
    }
  };
  el.onkeydown = (e) => { if (e.key === 'Escape' && akt?.dialog) { akt.dialog = null; aktivieren(el, p, { ...r, entered: false }); } };
  return { modal: true, size: 'aktivieren' };
}

function dialogHtml(p, row, value) {
  const v = value(row);
  return `<div class="modal-backdrop"></div>
  <div class="modal" role="dialog" aria-modal="true" aria-labelledby="pp-dlg-title">
    <div class="modal-dialog"><div class="modal-content">
      <div class="modal-header"><h4 class="modal-title" id="pp-dlg-title">Prozessparameter für den Prozess ${esc(p.name)} verwalten</h4></div>
      <div class="modal-body form-horizontal">
        ${staticRow('Name:', row.name)}
        ${staticRow('Beschreibung:', row.beschreibung)}
        ${staticRow('Typ:', row.typ)}
        <div class="form-group"><label class="control-label" for="pp-wert">Parameterwert festlegen</label><div class="control"><input id="pp-wert" class="form-control" value="${esc(v)}" placeholder="${esc(row.typ)}"></div></div>
        <div class="form-group"><label class="control-label" for="pp-var">Variablenname festlegen</label><div class="control"><input id="pp-var" class="form-control" disabled></div></div>
        <div class="form-group"><span class="control-label"></span><div class="control"><label class="checkbox-label"><input id="pp-usevar" type="checkbox"> Parametervariable verwenden</label></div></div>
      </div>
      <div class="modal-footer">
        ${button('Wert zurücksetzen', 'dlg-reset', { cls: 'btn-default pull-left' })}
        ${button('Abbrechen', 'dlg-cancel')}${button('Speichern', 'dlg-save', { cls: 'btn-primary' })}
      </div>
    </div></div>
  </div>`;
}
