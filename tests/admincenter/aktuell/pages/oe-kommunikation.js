// Dialog "Kommunikationskanäle verwalten - <OE>": edits a working copy, Speichern writes it and closes the dialog.
import { go, saveKommunikation, moveRow } from '../../store.js';
import { KANAELE } from '../../seed.js';
import { h, textField, checkbox, caption, button, iconButton, pflicht, dialogFrame, mandantChip, recordChip, icon, notify, errorBox, showError } from '../ui.js';
import { dataGrid } from '../grid.js';

/** The dialog keeps its working copy while it is open (app.js keeps it across re-renders of the route). */
export function kommunikationDialog(o) {
  const work = { rows: o.kommunikation.map((k) => ({ ...k })), sel: null, dirty: false };

  // the form on the right; Kanal is a combo box as in the AdminCenter (type or pick)
  const kanal = h('vaadin-combo-box', { '.label': 'Kanal', required: true, '.items': KANAELE, '.allowCustomValue': false });
  const kennung = textField('Kennung', '', { required: true });
  const zusatz = textField('Kennungszusatz', '');
  const oeff = checkbox('Öffentlich');
  const mode = h('div', { class: 'mode muted' });
  const err = errorBox();

  const btnRemove = button('Kommunikationskanäle entfernen', { theme: 'error', icon: 'vaadin:minus', onClick: remove });
  const btnNew = button('Kommunikationskanal anlegen', { theme: 'success', icon: 'vaadin:plus', onClick: () => { work.sel = null; refresh(); fillForm(); kanal.focus(); } });
  const btnReset = button('Zurücksetzen', { onClick: () => fillForm() });
  const btnApply = button('Übernehmen', { onClick: apply });

  // Reihenfolge: two icon buttons per row (component column)
  const order = (r) => {
    const i = work.rows.indexOf(r);
    const up = iconButton('vaadin:arrow-up', 'Nach oben verschieben', () => move(i, -1), 'icon small tertiary');
    const down = iconButton('vaadin:arrow-down', 'Nach unten verschieben', () => move(i, 1), 'icon small tertiary');
    up.disabled = i === 0; down.disabled = i === work.rows.length - 1;
    return h('span', { class: 'order' }, up, down);
  };
  // no initial sort: the rows stay in their Reihenfolge until someone sorts by a header
  const grid = dataGrid({
    columns: [{ header: 'Kanal', value: (r) => r.kanal }, { header: 'Kennung', value: (r) => r.kennung }, { header: 'Kennungszusatz', value: (r) => r.zusatz },
      { header: 'Reihenfolge', component: order, flexGrow: 0, width: '130px' }],
    records: work.rows, key: (r) => work.rows.indexOf(r), sort: null, selection: true,
    onOpen: (r) => { work.sel = work.rows.indexOf(r); refresh(); fillForm(); },
    partName: (r) => (work.rows.indexOf(r) === work.sel ? 'editing-row' : ''),
  });
  grid.addEventListener('selected-items-changed', () => buttons());

  function refresh() { grid.selectedItems = []; grid.setRecords(work.rows); grid.generateCellPartNames(); buttons(); }
  function move(i, d) {
    work.rows = moveRow(work.rows, i, d);
    if (work.sel === i) work.sel = i + d; else if (work.sel === i + d) work.sel = i;
    refresh();
  }
  function remove() {
    const gone = new Set(grid.selectedItems.map((x) => x.rec));
    const selRow = work.sel != null ? work.rows[work.sel] : null;
    work.rows = work.rows.filter((r) => !gone.has(r));
    const idx = selRow ? work.rows.indexOf(selRow) : -1;
    work.sel = idx >= 0 ? idx : null;
    refresh(); fillForm();
  }
  function fillForm() {
    const r = work.sel != null ? work.rows[work.sel] : { kanal: '', kennung: '', zusatz: '', oeffentlich: false };
    kanal.value = r.kanal; kennung.value = r.kennung; zusatz.value = r.zusatz || ''; oeff.checked = !!r.oeffentlich;
    mode.textContent = work.sel != null ? `Bearbeiten: Eintrag ${work.sel + 1}` : 'Neuer Kommunikationskanal';
    work.dirty = false; showError(err, ''); buttons();
  }
  function buttons() {
    btnRemove.disabled = grid.selectedItems.length === 0;
    btnReset.disabled = !work.dirty;
    btnApply.disabled = !work.dirty;
  }
  function apply() {
    const row = { kanal: kanal.value, kennung: kennung.value.trim(), zusatz: zusatz.value.trim(), oeffentlich: oeff.checked };
    const missing = [!row.kanal && 'Kanal', !row.kennung && 'Kennung'].filter(Boolean);
    if (missing.length) { showError(err, `Bitte füllen Sie ${missing.length > 1 ? 'die Pflichtfelder' : 'das Pflichtfeld'} ${missing.join(' und ')} aus.`); return; }
    if (work.sel != null) work.rows[work.sel] = row; else work.rows.push(row);
    work.sel = null; // ready for the next new entry
    refresh(); fillForm();
    mode.textContent = 'Übernommen. Neuer Kommunikationskanal';
  }
  // typing only marks the form dirty (no re-render); the combo box reports its pick with change
  const markDirty = () => { if (!work.dirty) { work.dirty = true; buttons(); } };
  const form = h('div', { class: 'form-frame form', '@input': markDirty, '@change': markDirty },
    pflicht(), kanal, kennung, zusatz, h('div', { class: 'chk-group' }, caption('Anzeigen'), oeff), mode, err);
  fillForm();

  const save = () => {
    const rows = work.rows;
    notify('Die Kommunikationskanäle wurden gespeichert.');
    go('organisationseinheiten', o.id); // close first, then save: the next render shows the drawer
    saveKommunikation(o.id, rows);
  };
  return dialogFrame({
    title: `Kommunikationskanäle verwalten - ${o.name}`,
    chips: [mandantChip(), recordChip(o)],
    width: '1400px',
    body: h('div', { class: 'dialog-body' },
      h('div', { class: 'two-col' },
        h('section', { class: 'col' }, h('h3', { class: 'col-title' }, 'Zugeordnete Kommunikationskanäle'), h('div', { class: 'grid-box' }, grid),
          h('p', { class: 'soap-note' }, icon('vaadin:info-circle-o'), ' Über die SOAP-Schnittstelle wird nur der erste Eintrag pro Kommunikationskanal ausgegeben.')),
        h('section', { class: 'col' }, h('h3', { class: 'col-title' }, 'Kommunikationskanal bearbeiten'), form)),
      h('div', { class: 'dialog-actions' }, btnRemove, btnNew, btnReset, h('span', { class: 'spacer' }), btnApply)),
    footer: [button('Abbrechen', { theme: 'tertiary', onClick: () => go('organisationseinheiten', o.id) }), button('Speichern', { theme: 'primary', onClick: save })],
  });
}
