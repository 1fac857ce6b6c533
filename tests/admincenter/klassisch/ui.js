// Small HTML helpers for the klassisch pages (Bootstrap-3 / AngularJS-era markup).
import { tenant, go } from '../store.js';

export const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

/** Icon glyph drawn by CSS (like glyphicons), so it never becomes part of a button's text. */
export const ico = (name) => `<span class="gi gi-${name}" aria-hidden="true"></span>`;

export function button(label, action, { icon = '', cls = 'btn-default', disabled = false, data = '' } = {}) {
  return `<button type="button" class="btn ${cls}" data-action="${action}"${data}${disabled ? ' disabled' : ''}>${icon ? ico(icon) : ''}${esc(label)}</button>`;
}

export const panel = (title, body, cls = '') =>
  `<div class="panel panel-default ${cls}"><div class="panel-heading"><h3 class="panel-title">${esc(title)}</h3></div><div class="panel-body">${body}</div></div>`;

/** Page title with the round `?` help icon in front, as in the screenshots. */
export const pageTitle = (title, extra = '') =>
  `<div class="page-header"><h1>${ico('question')}${esc(title)}</h1>${extra}</div>`;

/** Version box: `Nicht veröffentlicht`, grey working version (< 1), green published (>= 1). */
export function versionBadge(version, prefix = '') {
  if (!version) return `<span class="version-box version-none">Nicht veröffentlicht</span>`;
  const published = Number.parseFloat(version) >= 1;
  return `<span class="version-box ${published ? 'version-published' : 'version-working'}">${esc(prefix + version)}</span>`;
}

export const mandantChip = () => `<span class="label label-mandant">${esc(tenant().name)}</span>`;

/** Dark drawer header: `→` button, title, version box, Mandant chip and `?`. */
export function drawerHead(title, { badge = '', arrow = true, chip = mandantChip() } = {}) {
  return `<div class="drawer-head">
    ${arrow ? `<button type="button" class="btn btn-default btn-arrow" data-action="close-drawer" aria-label="Schließen" title="Schließen">${ico('arrow-right')}</button>` : ''}
    <h2 class="drawer-title">${esc(title)}</h2>
    <div class="drawer-head-right">
      <div class="head-row">${badge}${badge ? ico('list') : ''}</div>
      <div class="head-row">${chip}<span class="help-round" title="Hilfe" aria-hidden="true">?</span></div>
    </div>
  </div>`;
}

/** Bootstrap nav-tabs; the app toggles panes with the same index (data-pane). */
export function tabs(names, active = 0) {
  return `<ul class="nav nav-tabs">${names.map((n, i) => `<li class="${i === active ? 'active' : ''}"><a href="" data-tab="${i}">${esc(n)}</a></li>`).join('')}</ul>`;
}
export const pane = (i, body, active = 0) => `<div class="tab-pane${i === active ? ' active' : ''}" data-pane="${i}">${body}</div>`;

/** One horizontal form row: label left, control right. */
export const row = (label, control, { id = '', required = false } = {}) =>
  `<div class="form-group"><label class="control-label"${id ? ` for="${id}"` : ''}>${esc(label)}${required ? ' <span class="req">*</span>' : ''}</label><div class="control">${control}</div></div>`;
export const staticRow = (label, value) =>
  `<div class="form-group"><span class="control-label">${esc(label)}</span><div class="control"><p class="form-control-static">${esc(value)}</p></div></div>`;

export const versionTable = (versions) => `<table class="table table-condensed table-versions">
  <thead><tr><th>gespeichert am</th><th>Version</th><th>Art d. S.</th></tr></thead>
  <tbody>${versions.length ? versions.map((v) => `<tr><td>${esc(v.datum)}</td><td>${esc(v.version)}</td><td>${esc(v.art)}</td></tr>`).join('') : '<tr><td colspan="3" class="text-muted">Noch keine Version gespeichert.</td></tr>'}</tbody></table>`;

export const grid = (buttons) => `<div class="btn-grid">${buttons.join('')}</div>`;

// ---------- transient confirmations, shown on the page they were meant for ----------
let flash = null;
export function setFlash(text, ...target) { flash = { text, hash: '#!' + target.filter((p) => p !== '' && p != null).join('/'), shown: false }; }
export function clearFlash() { flash = null; }
export function flashHtml() {
  if (!flash) return '';
  if (flash.hash !== location.hash) { if (flash.shown) flash = null; return ''; }
  flash.shown = true;
  return `<div class="alert alert-success" role="status">${ico('ok')}${esc(flash.text)}</div>`;
}

/** Notice for buttons whose target the practice environment does not reproduce. */
export const NA_TEXT = 'Dieser Bereich ist in der Übungsumgebung nicht nachgebildet.';
export function showNotice(container, text = NA_TEXT, kind = 'info') {
  const box = container.querySelector('.notice-slot');
  if (box) box.innerHTML = `<div class="alert alert-${kind}" role="${kind === 'danger' ? 'alert' : 'status'}">${esc(text)}</div>`;
}

/** Click on a list row (one delegated listener per table) opens its drawer. */
export function rowClick(e, view) {
  const tr = e.target.closest('tr[data-id]');
  if (tr) go(view, tr.dataset.id);
}
