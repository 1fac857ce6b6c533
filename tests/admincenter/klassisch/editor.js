// Shared frame of the text editors (OE text, Leistung Ergänzung): sidebar with versions, languages, Inhaltsverzeichnis.
import { esc, ico, button, drawerHead, flashHtml, versionTable } from './ui.js';

/** toc: [{ key, label, required }]; main: HTML of the sections; extraSidebar: e.g. Text Delegation. */
export function editorHtml({ title, badge, versions, toc, main, extraSidebar = '' }) {
  return `${drawerHead(title, { badge, arrow: false })}
    <div class="drawer-body editor">
      <div class="editor-layout">
        <aside class="editor-side">
          ${versionTable(versions)}
          <ul class="nav nav-pills nav-stacked editor-langs">
            <li class="active"><a href="" data-action="lang">Deutsch</a></li>
            <li><a href="" data-action="lang">Englisch</a></li>
            <li><a href="" data-action="lang">Französisch</a></li>
          </ul>
          <div class="editor-toc"><h4>Inhaltsverzeichnis</h4>
            <ul>${toc.map((s) => `<li><a href="" data-toc="${s.key}">${esc(s.label)}${s.required ? ' <span class="req">*</span>' : ''}</a></li>`).join('')}</ul>
          </div>
          ${extraSidebar}
        </aside>
        <div class="editor-main">
          ${flashHtml()}<div class="notice-slot editor-error"></div>
          ${main}
        </div>
      </div>
      <div class="form-actions editor-footer">
        ${button('Abbrechen', 'cancel')}${button('Versionen', 'versionen', { icon: 'time' })}
        ${button('Entwurf speichern', 'draft')}${button('Speichern und veröffentlichen', 'publish', { cls: 'btn-primary' })}
      </div>
    </div>`;
}

/** Sidebar clicks shared by both editors; returns true when handled. */
export function editorSideClick(e, el) {
  const toc = e.target.closest('[data-toc]');
  if (toc) { e.preventDefault(); el.querySelector(`#sec-${toc.dataset.toc}`)?.scrollIntoView({ block: 'start' }); return true; }
  const a = e.target.closest('[data-action]');
  if (a?.dataset.action === 'lang') {
    e.preventDefault();
    if (a.textContent !== 'Deutsch') showError(el, `Die Sprache ${a.textContent} ist in der Übungsumgebung nicht nachgebildet.`, 'info');
    return true;
  }
  if (a?.dataset.action === 'versionen') { el.querySelector('.table-versions')?.scrollIntoView({ block: 'start' }); return true; }
  return false;
}

export function showError(el, text, kind = 'danger') {
  const slot = el.querySelector('.editor-error');
  slot.innerHTML = `<div class="alert alert-${kind}" role="${kind === 'danger' ? 'alert' : 'status'}">${ico(kind === 'danger' ? 'warning' : 'info')}${esc(text)}</div>`;
  slot.scrollIntoView({ block: 'nearest' });
}
