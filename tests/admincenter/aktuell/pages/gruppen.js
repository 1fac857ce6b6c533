// Benutzer › Benutzergruppen: list, new group, group drawer, dialog "Benutzer der Benutzergruppe "<Name>" verwalten".
import { tenant, gruppe, go, saveZuordnung, createGruppe } from '../../store.js';
import { esc, field, btn, panel, grid, tabbed, PFLICHT, drawerFrame, dialogFrame, mandantChip, filterInput, table, bindFilter, setFlash, showError } from '../ui.js';

export function gruppenPage(r) {
  const t = tenant();
  const g = r.id && r.id !== 'neu' ? gruppe(r.id) : null;
  if (r.sub !== 'benutzer') work = null;
  const page = {
    title: 'Benutzergruppen',
    anlegen: () => go('benutzergruppen', 'neu'),
    listKey: t.gruppen.map((x) => `${x.id}:${x.name}`).join(','),
    selected: g?.id ?? null,
    renderList(el) {
      el.innerHTML = `<div class="content-box">${filterInput('Tabelle filtern', 'gruppen')}
        ${table(['Name', 'Beschreibung'], t.gruppen.map((x) => ({ id: x.id, go: `benutzergruppen/${x.id}`, cells: [esc(x.name), esc(x.beschreibung)] })), { label: 'Benutzergruppen' })}</div>`;
      bindFilter(el);
    },
  };
  if (r.id === 'neu') page.renderDrawer = renderNew;
  else if (r.id && !g) page.renderDrawer = (el) => { el.innerHTML = drawerFrame({ title: 'Benutzergruppe', body: '<p class="muted">Diese Benutzergruppe gibt es beim gewählten Mandanten nicht.</p>' }); };
  else if (g) {
    page.renderDrawer = (el) => renderDrawer(el, g);
    if (r.sub === 'benutzer') page.renderDialog = (el) => renderBenutzer(el, g);
  }
  return page;
}

function renderNew(el) {
  el.innerHTML = drawerFrame({
    title: 'Neue Benutzergruppe anlegen',
    chips: mandantChip(),
    body: `<div class="panel pad"><form novalidate>${PFLICHT}${field('Name', '', { name: 'name', req: true })}${field('Beschreibung', '', { name: 'beschreibung', textarea: true })}<div class="err-box"></div>
      <div class="form-actions"><button type="button" class="btn link" data-close-drawer>Abbrechen</button><button type="button" class="btn primary" data-save>Speichern</button></div></form></div>`,
  });
  el.querySelector('[data-save]').addEventListener('click', () => {
    const f = el.querySelector('form');
    const res = createGruppe({ name: f.name.value, beschreibung: f.beschreibung.value });
    if (res.error) { showError(el.querySelector('.err-box'), res.error); return; }
    setFlash('Die Benutzergruppe wurde angelegt.', `#!benutzergruppen/${res.gruppe.id}`);
    go('benutzergruppen', res.gruppe.id);
  });
}

function renderDrawer(el, g) {
  const stamm = `${PFLICHT}${field('Id', g.id, { ro: true })}${field('Name', g.name, { ro: true, req: true })}${field('Beschreibung', g.beschreibung, { ro: true, textarea: true })}`;
  el.innerHTML = drawerFrame({
    title: g.name,
    chips: mandantChip(),
    body: `<div class="panel">${tabbed(['Stammdaten'], [stamm])}</div>
      ${panel('Bearbeiten', grid([btn('Gruppe löschen', 'data-todo')]))}
      ${panel('Verwalten', grid([btn('Benutzer', `data-go="benutzergruppen/${g.id}/benutzer"`), btn('Eigentümer', 'data-todo'), btn('Mandanten', 'data-todo'), btn('Rollen verwalten', 'data-todo')]))}`,
  });
}

let work = null; // { id, assigned: [userIds], filters, saved }
const FILTERS = [['email', 'E-Mail'], ['benutzername', 'Benutzername'], ['vorname', 'Vorname'], ['nachname', 'Nachname']];

function renderBenutzer(el, g) {
  const t = tenant();
  if (!work || work.id !== g.id) work = { id: g.id, assigned: [...g.benutzer], filters: {}, saved: false };
  el.innerHTML = dialogFrame({
    title: `Benutzer der Benutzergruppe "${g.name}" verwalten`,
    chips: mandantChip(),
    cls: 'wide-dialog',
    body: `<div class="saved-box"></div>
      <div class="form-frame filter-row4" role="search" aria-label="Benutzer filtern">${FILTERS.map(([k, l]) => `<div class="fld"><label for="bf-${k}">${l}</label><div class="filter-field"><span class="funnel"><svg class="ico" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M1 2h14L9.5 8.5V14l-3-1.5V8.5z" fill="currentColor"/></svg></span><input class="inp filter" id="bf-${k}" data-key="${k}" type="search" value="${esc(work.filters[k] || '')}"></div></div>`).join('')}</div>
      <div class="two-col">
        <section class="col" aria-labelledby="bu-av"><h3 id="bu-av" class="col-title">Verfügbare Benutzer</h3><div class="tbl-av table-frame"></div></section>
        <section class="col" aria-labelledby="bu-as"><h3 id="bu-as" class="col-title">Zugeordnete Benutzer</h3><div class="tbl-as table-frame"></div></section></div>`,
    footer: '<button type="button" class="btn link" data-close-dialog>Abbrechen</button><button type="button" class="btn primary" data-store>Zuordnung speichern</button>',
  });
  const q = (s) => el.querySelector(s);
  const matches = (u) => FILTERS.every(([k]) => !work.filters[k] || String(u[k]).toLowerCase().includes(work.filters[k].toLowerCase()));
  const rows = (list, action, label) => `<table class="grid-table" aria-label="${label}"><thead><tr><th scope="col">E-Mail</th><th scope="col">Eingeladen</th><th scope="col">Bestätigung</th><th scope="col">Benutzername</th><th scope="col"><span class="sr-only">Aktion</span></th></tr></thead>
    <tbody>${list.map((u) => `<tr data-id="${esc(u.id)}"><td>${esc(u.email)}</td><td>${esc(u.eingeladen)}</td><td>${esc(u.bestaetigung)}</td><td>${esc(u.benutzername)}</td>
      <td><button type="button" class="btn mini ${action === 'add' ? 'success' : 'danger'}" data-${action}="${esc(u.id)}" aria-label="${action === 'add' ? 'Hinzufügen' : 'Entfernen'}: ${esc(u.benutzername)}">${action === 'add' ? '+ Hinzufügen' : '− Entfernen'}</button></td></tr>`).join('')}
    ${list.length ? '' : '<tr class="empty"><td colspan="5">Keine Benutzer</td></tr>'}</tbody></table>`;
  const draw = () => {
    q('.tbl-av').innerHTML = rows(t.benutzer.filter((u) => !work.assigned.includes(u.id) && matches(u)), 'add', 'Verfügbare Benutzer');
    q('.tbl-as').innerHTML = rows(t.benutzer.filter((u) => work.assigned.includes(u.id)), 'remove', 'Zugeordnete Benutzer');
    q('.saved-box').innerHTML = work.saved ? '<div class="alert ok" role="status">✓ Die Zuordnung wurde gespeichert.</div>' : '';
  };
  draw();
  q('.filter-row4').addEventListener('input', (e) => { work.filters[e.target.dataset.key] = e.target.value; draw(); });
  // delegated: one listener for both tables
  q('.two-col').addEventListener('click', (e) => {
    const add = e.target.closest('[data-add]'); const rem = e.target.closest('[data-remove]');
    if (add) work.assigned.push(add.dataset.add);
    else if (rem) work.assigned = work.assigned.filter((id) => id !== rem.dataset.remove);
    else return;
    work.saved = false; draw();
  });
  q('[data-store]').addEventListener('click', () => { work.saved = true; saveZuordnung(g.id, work.assigned); });
}
