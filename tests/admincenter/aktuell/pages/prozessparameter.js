// Dialog "Prozessparameter verwalten - <Prozess>": pick a row, edit on the right, Übernehmen into the working copy, Speichern saves and closes.
import { go, saveProzessParameter } from '../../store.js';
import { h, textField, select, checkbox, caption, button, icon, dialogFrame, mandantChip, notify, errorBox, showError } from '../ui.js';
import { dataGrid, selectKey } from '../grid.js';

export function parameterDialog(p) {
  const work = { values: Object.fromEntries(p.parameter.map((x) => [x.name, x.wert])), sel: null, dirty: false };

  const columns = [
    { header: 'Name', value: (x) => `${x.name}${x.required ? '*' : ''}` },
    { header: 'Beschreibung', value: (x) => x.beschreibung },
    { header: 'Wert', value: (x) => work.values[x.name] },
    { header: 'Typ', value: (x) => x.typ },
  ];
  const grid = dataGrid({
    columns, records: p.parameter, key: (x) => x.name,
    onOpen: (x) => { work.sel = x.name; selectKey(grid, x.name); fillForm(); },
    // required parameters without a value are red, as in the AdminCenter
    partName: (x) => (x.required && !String(work.values[x.name] ?? '').trim() ? 'missing' : ''),
  });
  const such = textField('Suchbegriff', '', { prefix: 'vaadin:filter' });
  such.valueChangeMode = 'eager';
  such.addEventListener('input', () => grid.setFilter(such.value));
  const version = select('Prozessparameter', [['aktuell', 'Aktuelle Prozessmodellversion'], ['alle', 'Alle Prozessmodellversionen']], 'aktuell');

  // the form on the right
  const none = h('p', { class: 'muted pp-none' }, 'Wählen Sie links einen Parameter aus.');
  const name = textField('Name', '', { readonly: true });
  const desc = textField('Beschreibung', '', { readonly: true });
  const art = h('vaadin-radio-group', { '.label': 'Parameter', theme: 'vertical' },
    h('vaadin-radio-button', { value: 'wert', '.label': 'Parameterwert festlegen' }),
    h('vaadin-radio-button', { value: 'variable', '.label': 'Parametervariable verwenden' }));
  const wert = textField('Parameterwert', '', { required: true });
  const schutz = checkbox('Parameterwert schützen');
  const variable = textField('Variablenname', '', { disabled: true });
  const err = errorBox();
  const fields = [name, desc, art, wert, schutz, variable];

  const btnReset = button('Zurücksetzen', { onClick: () => fillForm() });
  const btnAbw = button('Abweichungen verwalten', { onClick: () => notify('Dieser Bereich ist in der Übungsumgebung nicht nachgebildet.') });
  const btnApply = button('Übernehmen', { onClick: apply });
  const buttons = () => { btnApply.disabled = !work.dirty; btnReset.disabled = !work.dirty; btnAbw.disabled = work.sel == null; };

  function fillForm() {
    const x = p.parameter.find((r) => r.name === work.sel);
    for (const f of fields) f.disabled = !x;
    none.hidden = !!x; none.textContent = 'Wählen Sie links einen Parameter aus.';
    name.value = x ? x.name : ''; desc.value = x ? x.beschreibung : '';
    wert.value = x ? work.values[x.name] ?? '' : '';
    art.value = 'wert'; variable.disabled = true; variable.value = ''; schutz.checked = false;
    work.dirty = false; showError(err, ''); buttons();
  }
  function apply() {
    const x = p.parameter.find((r) => r.name === work.sel); if (!x) return;
    const useVar = art.value === 'variable';
    const val = useVar ? `\${${variable.value.trim()}}` : wert.value.trim();
    if (useVar && !variable.value.trim()) { showError(err, 'Bitte geben Sie einen Variablennamen an.'); return; }
    if (!useVar && x.required && !val) { showError(err, 'Bitte füllen Sie das Pflichtfeld Parameterwert aus.'); return; }
    work.values[x.name] = val;
    grid.setRecords(p.parameter); grid.generateCellPartNames();
    fillForm();
    none.hidden = false; none.textContent = `Der Wert für ${x.name} wurde übernommen. Speichern Sie, um ihn zu sichern.`;
  }
  const markDirty = () => { if (!work.dirty) { work.dirty = true; buttons(); } };
  art.addEventListener('value-changed', (e) => {
    const v = e.detail.value === 'variable';
    variable.disabled = !v || work.sel == null; wert.disabled = v || work.sel == null;
  });
  const form = h('div', { class: 'form-frame form', '@input': markDirty, '@change': markDirty },
    none, name, desc, art, wert,
    h('div', { class: 'chk-group' }, caption('Sicherheit'), schutz,
      h('p', { class: 'small muted' }, 'Wenn Sie den Parameter als geschützt markieren, kann er nach dem Speichern nicht mehr eingesehen, aber weiterhin überschrieben werden. Wenn Sie die Auswahl entfernen, müssen Sie den Parameterwert erneut pflegen.')),
    variable, err);
  fillForm();

  const save = () => {
    notify('Die Prozessparameter wurden gespeichert.');
    go('prozesse', p.id);
    saveProzessParameter(p.id, work.values);
  };
  return dialogFrame({
    title: `Prozessparameter verwalten - ${p.name}`,
    chips: [mandantChip()],
    width: '1400px',
    body: h('div', { class: 'dialog-body' }, h('div', { class: 'two-col' },
      h('section', { class: 'col' }, h('h3', { class: 'col-title' }, 'Verfügbare Prozessparameter'),
        h('div', { class: 'form-frame filter-row2' }, such, version),
        h('div', { class: 'grid-box' }, grid),
        h('div', { class: 'info-box' }, icon('vaadin:info-circle-o'), ' Bitte versehen Sie die mit Stern markierten Parameter mit Werten um den Prozess im entsprechenden Werkzeug zu aktivieren. Ist der Wert in kursiver Schrift dargestellt, kennt der Prozess einen Standardwert, der verwendet wird falls Sie ihn mit keinem anderen Wert überschreiben. Fehlt für einen erforderlichen Parameter der Wert, so wird dieser rot hervorgehoben.')),
      h('section', { class: 'col' }, h('h3', { class: 'col-title' }, 'Prozessparameter bearbeiten'), form,
        h('div', { class: 'dialog-actions' }, btnReset, h('span', { class: 'spacer' }), btnAbw, btnApply)))),
    footer: [button('Abbrechen', { theme: 'tertiary', onClick: () => go('prozesse', p.id) }), button('Speichern', { theme: 'primary', onClick: save })],
  });
}
