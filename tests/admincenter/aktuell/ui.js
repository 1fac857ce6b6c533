// Small HTML helpers shared by the aktuell pages (string templates, escaped).
import { tenant } from '../store.js';

/** Escape text for HTML (attributes and content). */
export const esc = (v) => String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

let uid = 0;
/** A fresh id for label/input pairs. */
export const nid = (p = 'f') => `${p}-${++uid}`;

/** Required marker of the aktuell UI (a blue bullet). */
export const REQ = ' <span class="req" aria-hidden="true">•</span>';

/** A labelled text input; `ro` renders the dashed read-only look of the real drawers. */
export function field(label, value, { name = '', ro = false, req = false, type = 'text', textarea = false, placeholder = '' } = {}) {
  const id = nid();
  const attrs = `id="${id}" name="${esc(name)}" ${ro ? 'readonly' : ''} placeholder="${esc(placeholder)}"`;
  const input = textarea ? `<textarea class="inp" ${attrs} rows="4">${esc(value)}</textarea>` : `<input class="inp" type="${type}" ${attrs} value="${esc(value)}">`;
  return `<div class="fld${ro ? ' ro' : ''}"><label for="${id}">${esc(label)}${req ? REQ : ''}</label>${input}</div>`;
}

/** A labelled select. */
export function select(label, options, value, { name = '', req = false, disabled = false } = {}) {
  const id = nid();
  const opts = options.map((o) => { const [v, t] = Array.isArray(o) ? o : [o, o]; return `<option value="${esc(v)}"${String(v) === String(value) ? ' selected' : ''}>${esc(t)}</option>`; }).join('');
  return `<div class="fld"><label for="${id}">${esc(label)}${req ? REQ : ''}</label><select class="inp" id="${id}" name="${esc(name)}" ${disabled ? 'disabled' : ''}>${opts}</select></div>`;
}

export function checkbox(label, checked, { name = '', group = '' } = {}) {
  const id = nid();
  return `<div class="fld chk">${group ? `<div class="grp-label">${esc(group)}</div>` : ''}<input type="checkbox" id="${id}" name="${esc(name)}" ${checked ? 'checked' : ''}><label for="${id}">${esc(label)}</label></div>`;
}

/** A button; `attrs` is raw extra attributes (data-go, data-act, …). */
export function btn(text, attrs = '', { disabled = false, cls = 'tile' } = {}) {
  return `<button type="button" class="btn ${cls}" ${attrs} ${disabled ? 'disabled' : ''} title="${esc(text)}"><span class="txt">${esc(text)}</span></button>`;
}

/** A section panel such as `Bearbeiten` / `Verwalten` with a grid of buttons. */
export function panel(title, inner, cls = '') {
  return `<section class="panel ${cls}" aria-label="${esc(title)}"><h3 class="panel-title">${esc(title)}</h3><div class="panel-body">${inner}</div></section>`;
}
export const grid = (buttons) => `<div class="btn-grid">${buttons.join('')}</div>`;

/** Tabs (role=tablist); the first is selected unless `active` says otherwise. */
export function tabs(names, active = names[0]) {
  return `<div class="tabs" role="tablist">${names.map((n) => `<button type="button" role="tab" class="tab" aria-selected="${n === active}" data-tab="${esc(n)}">${esc(n)}</button>`).join('')}</div>`;
}

/** Chips: Mandant (person icon), Version (clock icon), Landes chip (yellow). */
export const mandantChip = (name = tenant().name) => `<ac-chip kind="mandant">${esc(name)}</ac-chip>`;
export const landChip = () => '<ac-chip kind="land">Freistaat Sachsen</ac-chip>';
export function versionChip(version, art = '') {
  if (!version) return '<ac-chip kind="draft">Nicht veröffentlicht</ac-chip>';
  // green only when the newest version is published (art) or, without history, from 1.0 on
  const published = art ? art === 'Veröffentlicht' : Number.parseFloat(version) >= 1;
  return `<ac-chip kind="${published ? 'published' : 'work'}">Version ${esc(version)}</ac-chip>`;
}
/** Version chip of a record with `version` and `versions` history. */
export const recordChip = (r) => versionChip(r.version, r.versions?.[0]?.art);

/** Drawer frame: title, ×, chips, Online-Hilfe, then the body. */
export function drawerFrame({ title, chips = '', body, wide = false }) {
  const hid = nid('dt');
  return `<div class="drawer-inner${wide ? ' wide' : ''}" role="region" aria-labelledby="${hid}">
    <header class="drawer-head"><h2 id="${hid}">${esc(title)}</h2><button type="button" class="x" data-close-drawer aria-label="Schließen" title="Schließen">×</button></header>
    <div class="chips-row"><div class="chips">${chips}</div><a href="#" class="help" data-todo><svg class="ico help-ico" viewBox="0 0 16 16" width="15" height="15" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.4"/><rect x="7.3" y="7" width="1.4" height="5" fill="currentColor"/><circle cx="8" cy="4.8" r=".9" fill="currentColor"/></svg> Online-Hilfe</a></div>
    <div class="drawer-body">${flashHtml()}${body}</div></div>`;
}

/** Modal dialog frame (role=dialog, aria-modal, labelled by its title). */
export function dialogFrame({ title, chips = '', body, footer, cls = '' }) {
  const hid = nid('dlg');
  return `<div class="overlay"></div><div class="dialog ${cls}" role="dialog" aria-modal="true" aria-labelledby="${hid}">
    <header class="dialog-head"><h2 id="${hid}">${esc(title)}</h2><button type="button" class="x" data-close-dialog aria-label="Schließen" title="Schließen">×</button></header>
    ${chips ? `<div class="chips-row"><div class="chips">${chips}</div><a href="#" class="help" data-todo><svg class="ico help-ico" viewBox="0 0 16 16" width="15" height="15" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.4"/><rect x="7.3" y="7" width="1.4" height="5" fill="currentColor"/><circle cx="8" cy="4.8" r=".9" fill="currentColor"/></svg> Online-Hilfe</a></div>` : ''}
    <div class="dialog-body">${body}</div><footer class="dialog-foot">${footer}</footer></div>`;
}

// ---- confirmations that survive the re-render after an action ----
let flash = null;
/** Show `text` as a green confirmation on the next rendered drawer for `hash`. */
export function setFlash(text, hash) { flash = { text, hash }; }
export function flashHtml() {
  if (!flash) return '';
  if (flash.hash !== location.hash) { flash = null; return ''; }
  return `<div class="alert ok" role="status">✓ ${esc(flash.text)}</div>`;
}

/** Transient toast for buttons whose target is not reproduced. */
export function toast(text) {
  const t = document.createElement('div');
  t.className = 'toast'; t.setAttribute('role', 'status'); t.textContent = text;
  document.body.append(t);
  setTimeout(() => t.remove(), 3500);
}
export const NOT_BUILT = 'Dieser Bereich ist in der Übungsumgebung nicht nachgebildet.';

/** Show/replace an inline error (role=alert) inside `box`. */
export function showError(box, text) {
  box.innerHTML = text ? `<div class="alert err" role="alert">${esc(text)}</div>` : '';
}

/** Tab strip + panels inside one `.tabbed` box (app.js switches them on click). */
export function tabbed(names, panels, cls = '') {
  const ids = names.map(() => nid('tab'));
  return `<div class="tabbed ${cls}"><div class="tabs" role="tablist">${names.map((n, i) => `<button type="button" role="tab" id="${ids[i]}" class="tab" aria-selected="${i === 0}" data-tab="${esc(n)}">${esc(n)}</button>`).join('')}</div>
    ${panels.map((p, i) => `<div role="tabpanel" aria-labelledby="${ids[i]}" data-tabpanel="${esc(names[i])}" ${i ? 'hidden' : ''}>${p ?? '<p class="muted">Keine Einträge vorhanden.</p>'}</div>`).join('')}</div>`;
}
/** The line every aktuell form starts with. */
export const PFLICHT = '<p class="pflicht">Mit <span class="req">•</span> markierte Felder sind Pflichtangaben.</p>';

// filter terms per list, so a rebuilt list keeps what the user typed
const filterTerms = new Map();
/** The "Tabelle filtern" / "Suchbegriff" input with the funnel icon. */
export function filterInput(label, listName, extra = '') {
  const id = nid('flt');
  return `<div class="filter-box"><label for="${id}">${esc(label)}</label><div class="filter-field"><span class="funnel"><svg class="ico" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M1 2h14L9.5 8.5V14l-3-1.5V8.5z" fill="currentColor"/></svg></span><input class="inp filter" id="${id}" type="search" data-filter="${esc(listName)}" value="${esc(filterTerms.get(listName) || '')}"></div>${extra}</div>`;
}
/** Plain list table; rows: [{id, cells: [..], go: 'view/id', cls}] */
export function table(headers, rows, { sortCol = 0, label = '' } = {}) {
  return `<table class="grid-table" ${label ? `aria-label="${esc(label)}"` : ''}><thead><tr>${headers.map((h, i) => `<th scope="col"${i === sortCol ? ' class="sorted" aria-sort="ascending"' : ''}>${esc(h)}${i === sortCol ? ' <span aria-hidden="true">▴</span>' : ' <span class="sort" aria-hidden="true">⇕</span>'}</th>`).join('')}</tr></thead>
    <tbody>${rows.map((r) => `<tr data-id="${esc(r.id)}" data-go="${esc(r.go || '')}" class="${r.cls || ''}" tabindex="0">${r.cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}
/** One input listener per list: hide rows whose text does not contain the term. */
export function bindFilter(el) {
  const inp = el.querySelector('[data-filter]');
  if (!inp) return;
  const apply = () => {
    const term = inp.value.trim().toLowerCase();
    filterTerms.set(inp.dataset.filter, inp.value);
    for (const tr of el.querySelectorAll('tbody tr')) tr.hidden = !!term && !tr.textContent.toLowerCase().includes(term);
  };
  inp.addEventListener('input', apply);
  if (inp.value) apply();
}
