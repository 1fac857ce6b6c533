// Dialog "Kommunikationskanäle verwalten - <OE>": edits a working copy, Speichern writes it and closes the dialog.
import { go, saveKommunikation, moveRow } from '../../store.js';
import { KANAELE } from '../../seed.js';
import { esc, dialogFrame, mandantChip, recordChip, PFLICHT, REQ, showError, setFlash } from '../ui.js';

let work = null; // { oeId, rows, sel, checked:Set, dirty }

export function resetKommunikation() { work = null; }

export function renderKommunikation(el, o) {
  if (!work || work.oeId !== o.id) work = { oeId: o.id, rows: o.kommunikation.map((k) => ({ ...k })), sel: null, checked: new Set(), dirty: false };
  el.innerHTML = dialogFrame({
    title: `Kommunikationskanäle verwalten - ${o.name}`,
    chips: `${mandantChip()} ${recordChip(o)}`,
    cls: 'wide-dialog',
    body: `<div class="two-col">
      <section class="col" aria-labelledby="kk-left"><h3 id="kk-left" class="col-title">Zugeordnete Kommunikationskanäle</h3><div class="kk-table table-frame"></div>
        <p class="soap-note"><svg class="ico" viewBox="0 0 16 16" width="15" height="15" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.4"/><rect x="7.3" y="7" width="1.4" height="5" fill="currentColor"/><circle cx="8" cy="4.8" r=".9" fill="currentColor"/></svg> Über die SOAP-Schnittstelle wird nur der erste Eintrag pro Kommunikationskanal ausgegeben.</p></section>
      <section class="col" aria-labelledby="kk-right"><h3 id="kk-right" class="col-title">Kommunikationskanal bearbeiten</h3>
        <form class="kk-form form-frame" novalidate>${PFLICHT}
          <div class="fld"><label for="kk-kanal">Kanal${REQ}</label><select class="inp" id="kk-kanal" name="kanal"><option value="">Bitte auswählen</option>${KANAELE.map((k) => `<option>${k}</option>`).join('')}</select></div>
          <div class="fld"><label for="kk-kennung">Kennung${REQ}</label><input class="inp" id="kk-kennung" name="kennung"></div>
          <div class="fld"><label for="kk-zusatz">Kennungszusatz</label><input class="inp" id="kk-zusatz" name="zusatz"></div>
          <div class="fld chk"><div class="grp-label">Anzeigen</div><input type="checkbox" id="kk-oeff" name="oeffentlich"><label for="kk-oeff">Öffentlich</label></div>
          <div class="mode muted"></div><div class="err-box"></div></form></section></div>
      <div class="dialog-actions">
        <button type="button" class="btn danger" data-remove><span aria-hidden="true">−</span> Kommunikationskanäle entfernen</button>
        <button type="button" class="btn success" data-new><span aria-hidden="true">+</span> Kommunikationskanal anlegen</button>
        <button type="button" class="btn plain" data-reset>Zurücksetzen</button><span class="spacer"></span>
        <button type="button" class="btn plain" data-apply>Übernehmen</button></div>`,
    footer: '<button type="button" class="btn link" data-close-dialog>Abbrechen</button><button type="button" class="btn primary" data-store>Speichern</button>',
  });
  const form = el.querySelector('.kk-form');
  const err = el.querySelector('.err-box');
  const q = (s) => el.querySelector(s);

  const drawTable = () => {
    const allChecked = work.rows.length > 0 && work.checked.size === work.rows.length;
    q('.kk-table').innerHTML = `<table class="grid-table" aria-label="Zugeordnete Kommunikationskanäle"><thead><tr>
      <th class="cb"><input type="checkbox" aria-label="Alle auswählen" data-all ${allChecked ? 'checked' : ''}></th><th scope="col" class="sorted">Kanal</th><th scope="col">Kennung</th><th scope="col">Kennungszusatz</th><th scope="col">Reihenfolge</th></tr></thead>
      <tbody>${work.rows.map((r, i) => `<tr data-i="${i}" class="${i === work.sel ? 'sel' : ''}" aria-selected="${i === work.sel}">
        <td class="cb"><input type="checkbox" aria-label="Auswählen: ${esc(r.kanal)} ${esc(r.kennung)}" data-check="${i}" ${work.checked.has(i) ? 'checked' : ''}></td>
        <td>${esc(r.kanal)}</td><td>${esc(r.kennung)}</td><td>${esc(r.zusatz)}</td>
        <td class="order"><button type="button" class="arrow" data-up="${i}" aria-label="Nach oben verschieben" title="Nach oben verschieben" ${i === 0 ? 'disabled' : ''}>↑</button><button type="button" class="arrow" data-down="${i}" aria-label="Nach unten verschieben" title="Nach unten verschieben" ${i === work.rows.length - 1 ? 'disabled' : ''}>↓</button></td></tr>`).join('')}
      ${work.rows.length ? '' : '<tr class="empty"><td colspan="5">Keine Kommunikationskanäle zugeordnet.</td></tr>'}</tbody></table>`;
  };
  const fillForm = () => {
    const r = work.sel != null ? work.rows[work.sel] : { kanal: '', kennung: '', zusatz: '', oeffentlich: false };
    form.kanal.value = r.kanal; form.kennung.value = r.kennung; form.zusatz.value = r.zusatz || ''; form.oeffentlich.checked = !!r.oeffentlich;
    q('.mode').textContent = work.sel != null ? `Bearbeiten: Eintrag ${work.sel + 1}` : 'Neuer Kommunikationskanal';
    work.dirty = false; showError(err, ''); buttons();
  };
  const buttons = () => {
    q('[data-remove]').disabled = work.checked.size === 0;
    q('[data-reset]').disabled = !work.dirty;
    q('[data-apply]').disabled = !work.dirty;
  };
  drawTable(); fillForm();

  // typing only marks the form dirty (no re-render)
  const markDirty = () => { if (!work.dirty) { work.dirty = true; buttons(); } };
  form.addEventListener('input', markDirty);
  form.addEventListener('change', markDirty);

  // one delegated listener for the table: checkboxes, arrows, row selection
  q('.kk-table').addEventListener('click', (e) => {
    const t = e.target;
    if (t.matches('[data-all]')) { work.checked = t.checked ? new Set(work.rows.map((_, i) => i)) : new Set(); drawTable(); buttons(); return; }
    if (t.matches('[data-check]')) { const i = Number(t.dataset.check); t.checked ? work.checked.add(i) : work.checked.delete(i); drawTable(); buttons(); return; }
    const mv = t.closest('[data-up],[data-down]');
    if (mv) {
      const i = Number(mv.dataset.up ?? mv.dataset.down); const d = mv.dataset.up != null ? -1 : 1;
      work.rows = moveRow(work.rows, i, d);
      if (work.sel === i) work.sel = i + d; else if (work.sel === i + d) work.sel = i;
      work.checked = new Set([...work.checked].map((c) => (c === i ? i + d : c === i + d ? i : c)));
      drawTable(); return;
    }
    const tr = t.closest('tr[data-i]');
    if (tr) { work.sel = Number(tr.dataset.i); drawTable(); fillForm(); }
  });
  q('[data-new]').addEventListener('click', () => { work.sel = null; drawTable(); fillForm(); form.kanal.focus(); });
  q('[data-reset]').addEventListener('click', fillForm);
  q('[data-remove]').addEventListener('click', () => {
    const selRow = work.sel != null ? work.rows[work.sel] : null;
    work.rows = work.rows.filter((_, i) => !work.checked.has(i));
    work.checked = new Set();
    const idx = selRow ? work.rows.indexOf(selRow) : -1;
    work.sel = idx >= 0 ? idx : null;
    drawTable(); fillForm();
  });
  q('[data-apply]').addEventListener('click', () => {
    const row = { kanal: form.kanal.value, kennung: form.kennung.value.trim(), zusatz: form.zusatz.value.trim(), oeffentlich: form.oeffentlich.checked };
    const missing = [!row.kanal && 'Kanal', !row.kennung && 'Kennung'].filter(Boolean);
    if (missing.length) { showError(err, `Bitte füllen Sie ${missing.length > 1 ? 'die Pflichtfelder' : 'das Pflichtfeld'} ${missing.join(' und ')} aus.`); return; }
    if (work.sel != null) work.rows[work.sel] = row; else work.rows.push(row);
    work.sel = null; // ready for the next new entry
    drawTable(); fillForm();
    q('.mode').textContent = 'Übernommen. Neuer Kommunikationskanal';
  });
  q('[data-store]').addEventListener('click', () => {
    const rows = work.rows; const hash = `#!organisationseinheiten/${o.id}`;
    setFlash('Die Kommunikationskanäle wurden gespeichert.', hash);
    work = null;
    go('organisationseinheiten', o.id); // close first, then save: the next render shows the drawer
    saveKommunikation(o.id, rows);
  });
}
