// Benutzerverwaltung › Mandanten: list, Mandant drawer and the Verwalten views Impressum, Datenschutzbeauftragter, Bild, Benutzer.
import { tenant, go, saveMandantField, notify } from '../store.js';
import { esc, ico, button, panel, pageTitle, drawerHead, tabs, pane, row, staticRow, grid, setFlash, flashHtml, rowClick } from './ui.js';

const SAVED = 'Die Änderungen wurden gespeichert.';
const previews = new Map(); // file name -> object URL of an image chosen in this session
const altTexts = new Map(); // tenant id -> Alternativtext of the Bild

export function page(el) {
  const t = tenant();
  el.innerHTML = `${pageTitle('Mandanten')}
    <div class="list-toolbar">
      <div class="filter-input">${ico('filter')}<input class="form-control input-sm" aria-label="Tabelle filtern" title="Tabelle filtern"></div>
      <label class="radio-inline"><input type="radio" name="mdt-scope" checked> Aktueller Mandant</label>
      <label class="radio-inline"><input type="radio" name="mdt-scope"> Alle Mandanten</label>
    </div>
    <table class="table table-list">
      <thead><tr><th>Name <span class="sort" aria-hidden="true">▲</span></th><th>übergeordneter Mandant</th></tr></thead>
      <tbody><tr data-id="${t.id}"><td>${esc(t.name)}</td><td><span class="label label-parent">Freistaat Sachsen</span></td></tr></tbody>
    </table>`;
  el.onclick = (e) => rowClick(e, 'mandanten');
}

export function drawer(el, r) {
  const t = tenant();
  if (String(t.id) !== r.id) return null;
  if (r.sub === 'impressum') return impressum(el, t);
  if (r.sub === 'datenschutzbeauftragter') return datenschutz(el, t);
  if (r.sub === 'bild') return bild(el, t);
  if (r.sub === 'benutzer') return benutzer(el, t);
  el.innerHTML = `${drawerHead(t.name)}
    <div class="drawer-body">
      ${flashHtml()}<div class="notice-slot"></div>
      <div class="tabbable">${tabs(['Stammdaten'])}
        <div class="tab-content">${pane(0, `<div class="form-horizontal">
          ${staticRow('Id', t.id)}
          ${row('Name', `<input id="mdt-name" class="form-control" value="${esc(t.name)}">`, { id: 'mdt-name', required: true })}
          ${row('Beschreibung', `<input id="mdt-beschreibung" class="form-control" value="${esc(t.beschreibung)}">`, { id: 'mdt-beschreibung' })}
          <div class="form-actions">${button('Abbrechen', 'reset', { disabled: true })}${button('Speichern', 'save', { cls: 'btn-primary', disabled: true })}</div>
        </div>`)}</div>
      </div>
      ${panel('Verwalten', grid([
        button('Benutzer', 'benutzer', { icon: 'sitemap' }),
        button('Bild', 'bild', { icon: 'file' }),
        button('Datenschutzbeauftragter', 'datenschutzbeauftragter'),
        button('Impressum', 'impressum'),
        button('Mandanten', 'na', { icon: 'tags', disabled: true }),
      ]))}
    </div>`;
  const dirty = (on) => el.querySelectorAll('[data-action=reset],[data-action=save]').forEach((b) => { b.disabled = !on; });
  el.oninput = () => dirty(true);
  el.onclick = (e) => {
    const act = e.target.closest('[data-action]')?.dataset.action;
    if (['benutzer', 'bild', 'datenschutzbeauftragter', 'impressum'].includes(act)) go('mandanten', t.id, act);
    else if (act === 'reset') { el.querySelector('#mdt-name').value = t.name; el.querySelector('#mdt-beschreibung').value = t.beschreibung; dirty(false); }
    else if (act === 'save') {
      const name = el.querySelector('#mdt-name').value.trim();
      if (!name) return;
      t.name = name; t.beschreibung = el.querySelector('#mdt-beschreibung').value;
      setFlash(SAVED, 'mandanten', t.id); notify();
    }
  };
  return {};
}

/** Frame of a Verwalten view: drawer header, panel, Abbrechen / Speichern. */
function subView(el, t, title, body) {
  el.innerHTML = `${drawerHead(t.name, { arrow: false })}
    <div class="drawer-body">
      ${panel(title, `${flashHtml()}<div class="notice-slot"></div>${body}
        <div class="form-actions">${button('Abbrechen', 'cancel')}${button('Speichern', 'save', { cls: 'btn-primary' })}</div>`)}
    </div>`;
}
const back = (t) => go('mandanten', t.id);

function impressum(el, t) {
  subView(el, t, 'Impressum verwalten', `<div class="form-group"><label for="mdt-impressum">Impressum</label>
    <textarea id="mdt-impressum" class="form-control" rows="12">${esc(t.impressum)}</textarea></div>
    ${t.impressum ? '' : '<p class="help-block">Für diesen Mandanten ist noch kein Impressum hinterlegt.</p>'}`);
  el.onclick = (e) => {
    const act = e.target.closest('[data-action]')?.dataset.action;
    if (act === 'cancel') back(t);
    else if (act === 'save') { setFlash(SAVED, 'mandanten', t.id, 'impressum'); saveMandantField('impressum', el.querySelector('#mdt-impressum').value); }
  };
  return { modal: true };
}

function datenschutz(el, t) {
  const d = t.datenschutz || {};
  const field = (key, label, type = 'text') => row(label, key === 'anschrift'
    ? `<textarea id="ds-${key}" class="form-control" rows="3">${esc(d[key])}</textarea>`
    : `<input id="ds-${key}" type="${type}" class="form-control" value="${esc(d[key])}">`, { id: `ds-${key}` });
  subView(el, t, 'Datenschutzbeauftragter verwalten', `<div class="form-horizontal">
    ${field('name', 'Name')}${field('anschrift', 'Anschrift')}${field('email', 'E-Mail', 'email')}${field('telefon', 'Telefon', 'tel')}</div>`);
  el.onclick = (e) => {
    const act = e.target.closest('[data-action]')?.dataset.action;
    if (act === 'cancel') back(t);
    else if (act === 'save') {
      const v = (k) => el.querySelector(`#ds-${k}`).value.trim();
      setFlash(SAVED, 'mandanten', t.id, 'datenschutzbeauftragter');
      saveMandantField('datenschutz', { name: v('name'), anschrift: v('anschrift'), email: v('email'), telefon: v('telefon') });
    }
  };
  return { modal: true };
}

function bild(el, t) {
  const current = t.bild
    ? `<div class="bild-current"><span class="bild-label">Aktuelles Bild:</span> <span class="bild-name">${esc(t.bild)}</span>
        ${previews.has(t.bild) ? `<img class="bild-preview" src="${previews.get(t.bild)}" alt="${esc(altTexts.get(t.id) || t.bild)}">` : `<div class="bild-placeholder" aria-hidden="true">${ico('picture')}</div>`}</div>`
    : '<p class="help-block">Für diesen Mandanten ist noch kein Bild hinterlegt.</p>';
  subView(el, t, 'Bild verwalten', `${current}<div class="form-horizontal">
    ${row('Bild', `<input id="mdt-bild-file" type="file" accept="image/*" class="form-control">`, { id: 'mdt-bild-file' })}
    <div class="bild-chosen"></div>
    ${row('Alternativtext', `<input id="mdt-bild-alt" class="form-control" value="${esc(altTexts.get(t.id) || '')}">`, { id: 'mdt-bild-alt' })}</div>`);
  const fileInput = el.querySelector('#mdt-bild-file');
  let chosen = null;
  fileInput.onchange = () => {
    chosen = fileInput.files[0] || null;
    const box = el.querySelector('.bild-chosen');
    if (!chosen) { box.innerHTML = ''; return; }
    if (!previews.has(chosen.name)) previews.set(chosen.name, URL.createObjectURL(chosen));
    box.innerHTML = `<p>Ausgewählte Datei: <strong>${esc(chosen.name)}</strong></p><img class="bild-preview" src="${previews.get(chosen.name)}" alt="">`;
  };
  el.onclick = (e) => {
    const act = e.target.closest('[data-action]')?.dataset.action;
    if (act === 'cancel') back(t);
    else if (act === 'save') {
      const name = chosen?.name || t.bild;
      if (!name) {
        el.querySelector('.notice-slot').innerHTML = '<div class="alert alert-danger" role="alert">Bitte wählen Sie ein Bild aus.</div>';
        return;
      }
      altTexts.set(t.id, el.querySelector('#mdt-bild-alt').value);
      setFlash(SAVED, 'mandanten', t.id, 'bild');
      saveMandantField('bild', name);
    }
  };
  return { modal: true };
}

function benutzer(el, t) {
  el.innerHTML = `${drawerHead(t.name, { arrow: false })}
    <div class="drawer-body">${panel('Benutzer des Mandanten', `<table class="table table-list">
      <thead><tr><th>E-Mail</th><th>Benutzername</th><th>Vorname</th><th>Nachname</th></tr></thead>
      <tbody>${t.benutzer.map((u) => `<tr><td>${esc(u.email)}</td><td>${esc(u.benutzername)}</td><td>${esc(u.vorname)}</td><td>${esc(u.nachname)}</td></tr>`).join('')}</tbody></table>
      <div class="form-actions">${button('Schließen', 'cancel')}</div>`)}</div>`;
  el.onclick = (e) => { if (e.target.closest('[data-action=cancel]')) back(t); };
  return { modal: true };
}
