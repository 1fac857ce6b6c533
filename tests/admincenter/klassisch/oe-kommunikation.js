// OE › Kommunikation: "Kommunikationen verwalten" with a working copy that is saved as a whole.
import { go, saveKommunikation, moveRow } from '../store.js';
import { KANAELE } from '../seed.js';
import { esc, ico, button, panel, drawerHead, versionBadge, setFlash } from './ui.js';

const EMPTY = { kanal: '', kennung: '', zusatz: '', oeffentlich: false };
let work = null; // { oeId, rows, sel, form, error }

export function kommunikation(el, o, r) {
  if (r.entered || !work || work.oeId !== o.id) {
    work = { oeId: o.id, rows: o.kommunikation.map((k) => ({ ...k })), sel: -1, form: { ...EMPTY }, error: '' };
  }
  el.innerHTML = `${drawerHead(o.name, { badge: versionBadge(o.version), arrow: false })}
    <div class="drawer-body">${panel('Kommunikationen verwalten', `<div class="komm-layout">
      <div class="komm-left">
        <div class="komm-table-wrap"></div>
        <div class="komm-buttons">
          ${button('Zuweisung entfernen', 'remove', { icon: 'minus', cls: 'btn-danger' })}
          ${button('Neue Kommunikation anlegen', 'new', { icon: 'plus-sign' })}
        </div>
      </div>
      <div class="komm-right tabbable">
        <ul class="nav nav-tabs"><li class="active"><a href="" data-tab="0">Allgemein</a></li></ul>
        <div class="tab-content"><div class="tab-pane active" data-pane="0">
          <p class="soap-note">Über die SOAP-Schnittstelle wird nur der erste Eintrag pro Kommunikationskanal ausgegeben.</p>
          <div class="komm-error"></div>
          <div class="form-horizontal">
            <div class="form-group"><label class="control-label" for="komm-kanal">Kanal <span class="req">*</span></label><div class="control">
              <select id="komm-kanal" class="form-control"><option value="">Bitte auswählen</option>${KANAELE.map((k) => `<option>${k}</option>`).join('')}</select></div></div>
            <div class="form-group"><label class="control-label" for="komm-kennung">Kennung <span class="req">*</span></label><div class="control"><input id="komm-kennung" class="form-control"></div></div>
            <div class="form-group"><label class="control-label" for="komm-zusatz">Kennungszusatz</label><div class="control"><input id="komm-zusatz" class="form-control"></div></div>
            <div class="form-group"><label class="control-label" for="komm-oeffentlich">Öffentlich anzeigen</label><div class="control"><input id="komm-oeffentlich" type="checkbox"></div></div>
            <div class="form-actions">${button('Kommunikation übernehmen', 'apply')}</div>
          </div>
        </div></div>
      </div>
    </div>
    <div class="form-actions komm-footer">${button('Abbrechen', 'cancel')}${button('Kommunikation speichern', 'save', { cls: 'btn-primary' })}</div>`)}</div>`;
  draw(el);

  el.oninput = el.onchange = (e) => {
    const f = work.form;
    if (e.target.id === 'komm-kanal') f.kanal = e.target.value;
    else if (e.target.id === 'komm-kennung') f.kennung = e.target.value;
    else if (e.target.id === 'komm-zusatz') f.zusatz = e.target.value;
    else if (e.target.id === 'komm-oeffentlich') f.oeffentlich = e.target.checked;
  };
  el.onclick = (e) => {
    const b = e.target.closest('[data-action]');
    const act = b?.dataset.action;
    if (!act) {
      const tr = e.target.closest('tr[data-idx]');
      if (tr) { work.sel = Number(tr.dataset.idx); work.form = { ...work.rows[work.sel] }; work.error = ''; draw(el); }
      return;
    }
    if (act === 'up' || act === 'down') {
      const i = Number(b.dataset.idx);
      const to = i + (act === 'up' ? -1 : 1);
      work.rows = moveRow(work.rows, i, act === 'up' ? -1 : 1);
      if (work.sel === i) work.sel = to; else if (work.sel === to) work.sel = i;
      draw(el, true);
    } else if (act === 'new') { work.sel = -1; work.form = { ...EMPTY }; work.error = ''; draw(el); el.querySelector('#komm-kanal').focus(); }
    else if (act === 'remove') {
      if (work.sel < 0) return;
      work.rows = work.rows.filter((_, i) => i !== work.sel);
      work.sel = -1; work.form = { ...EMPTY }; work.error = ''; draw(el);
    } else if (act === 'apply') {
      const f = work.form;
      if (!f.kanal) work.error = 'Bitte wählen Sie einen Kanal aus.';
      else if (!f.kennung.trim()) work.error = 'Bitte geben Sie eine Kennung ein.';
      else {
        const entry = { kanal: f.kanal, kennung: f.kennung.trim(), zusatz: f.zusatz.trim(), oeffentlich: f.oeffentlich };
        if (work.sel >= 0) work.rows[work.sel] = entry; else work.rows.push(entry);
        work.sel = -1; work.form = { ...EMPTY }; work.error = '';
      }
      draw(el);
    } else if (act === 'cancel') { work = null; go('organisationseinheiten', o.id); }
    else if (act === 'save') {
      const rows = work.rows;
      work = null;
      setFlash('Die Kommunikationen wurden gespeichert.', 'organisationseinheiten', o.id);
      saveKommunikation(o.id, rows);
      go('organisationseinheiten', o.id);
    }
  };
  return { modal: true, size: 'komm' };
}

/** Redraws table and form from the working copy (form values come from work.form). */
function draw(el, keepForm = false) {
  const n = work.rows.length;
  el.querySelector('.komm-table-wrap').innerHTML = `<table class="table table-list table-komm">
    <thead><tr><th>Kanal</th><th>Kennung</th><th>Kennungszusatz</th><th><span class="sr-only">Reihenfolge</span></th></tr></thead>
    <tbody>${work.rows.map((k, i) => `<tr data-idx="${i}" class="${i === work.sel ? 'selected' : ''}"${i === work.sel ? ' aria-selected="true"' : ''}>
      <td>${esc(k.kanal)}</td><td>${esc(k.kennung)}</td><td>${esc(k.zusatz)}</td>
      <td class="arrows"><button type="button" class="btn btn-primary btn-xs" data-action="up" data-idx="${i}" aria-label="Nach oben" title="Nach oben"${i === 0 ? ' disabled' : ''}>${ico('arrow-up')}</button><button type="button" class="btn btn-primary btn-xs" data-action="down" data-idx="${i}" aria-label="Nach unten" title="Nach unten"${i === n - 1 ? ' disabled' : ''}>${ico('arrow-down')}</button></td>
    </tr>`).join('')}</tbody></table>`;
  el.querySelector('[data-action=remove]').disabled = work.sel < 0;
  el.querySelector('.komm-error').innerHTML = work.error ? `<div class="alert alert-danger" role="alert">${esc(work.error)}</div>` : '';
  el.querySelector('#komm-kennung').closest('.form-group').classList.toggle('has-error', work.error.includes('Kennung'));
  if (keepForm) return;
  const f = work.form;
  el.querySelector('#komm-kanal').value = f.kanal;
  el.querySelector('#komm-kennung').value = f.kennung;
  el.querySelector('#komm-zusatz').value = f.zusatz;
  el.querySelector('#komm-oeffentlich').checked = !!f.oeffentlich;
}
