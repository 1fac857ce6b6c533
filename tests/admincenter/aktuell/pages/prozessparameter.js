// Dialog "Prozessparameter verwalten - <Prozess>": pick a row, edit on the right, Übernehmen into the working copy, Speichern saves and closes.
import { go, saveProzessParameter } from '../../store.js';
import { esc, REQ, dialogFrame, mandantChip, showError, setFlash } from '../ui.js';

let work = null; // { id, values: {name: wert}, sel, dirty, term }
export function resetParameter() { work = null; }

export function renderParameterDialog(el, p) {
  if (!work || work.id !== p.id) work = { id: p.id, values: Object.fromEntries(p.parameter.map((x) => [x.name, x.wert])), sel: null, dirty: false, term: '' };
  el.innerHTML = dialogFrame({
    title: `Prozessparameter verwalten - ${p.name}`,
    chips: mandantChip(),
    cls: 'wide-dialog',
    body: `<div class="two-col">
      <section class="col" aria-labelledby="pp-left"><h3 id="pp-left" class="col-title">Verfügbare Prozessparameter</h3>
        <div class="form-frame filter-row2"><div class="fld"><label for="pp-such">Suchbegriff</label><div class="filter-field"><span class="funnel"><svg class="ico" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M1 2h14L9.5 8.5V14l-3-1.5V8.5z" fill="currentColor"/></svg></span><input class="inp filter" id="pp-such" type="search"></div></div>
          <div class="fld"><label for="pp-ver">Prozessparameter</label><select class="inp" id="pp-ver"><option>Aktuelle Prozessmodellversion</option><option>Alle Prozessmodellversionen</option></select></div></div>
        <div class="pp-table table-frame"></div>
        <div class="info-box"><span class="i"><svg class="ico" viewBox="0 0 16 16" width="15" height="15" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.4"/><rect x="7.3" y="7" width="1.4" height="5" fill="currentColor"/><circle cx="8" cy="4.8" r=".9" fill="currentColor"/></svg></span> Bitte versehen Sie die mit Stern markierten Parameter mit Werten um den Prozess im entsprechenden Werkzeug zu aktivieren. Ist der Wert in kursiver Schrift dargestellt, kennt der Prozess einen Standardwert, der verwendet wird falls Sie ihn mit keinem anderen Wert überschreiben. Fehlt für einen erforderlichen Parameter der Wert, so wird dieser rot hervorgehoben.</div></section>
      <section class="col" aria-labelledby="pp-right"><h3 id="pp-right" class="col-title">Prozessparameter bearbeiten</h3>
        <form class="pp-form form-frame" novalidate><p class="muted pp-none">Wählen Sie links einen Parameter aus.</p><fieldset class="pp-fields" disabled>
          <div class="fld ro"><label for="pp-name">Name</label><input class="inp" id="pp-name" readonly></div>
          <div class="fld ro"><label for="pp-desc">Beschreibung</label><input class="inp" id="pp-desc" readonly></div>
          <div class="fld" role="radiogroup" aria-labelledby="pp-art"><div class="grp-label" id="pp-art">Parameter</div>
            <label class="radio"><input type="radio" name="art" value="wert" checked> Parameterwert festlegen</label>
            <label class="radio"><input type="radio" name="art" value="variable"> Parametervariable verwenden</label></div>
          <div class="fld"><label for="pp-wert">Parameterwert${REQ}</label><input class="inp" id="pp-wert" name="wert"></div>
          <div class="fld chk"><div class="grp-label">Sicherheit</div><input type="checkbox" id="pp-schutz" name="schutz"><label for="pp-schutz">Parameterwert schützen</label>
            <p class="small muted">Wenn Sie den Parameter als geschützt markieren, kann er nach dem Speichern nicht mehr eingesehen, aber weiterhin überschrieben werden. Wenn Sie die Auswahl entfernen, müssen Sie den Parameterwert erneut pflegen.</p></div>
          <div class="fld"><label for="pp-var">Variablenname</label><input class="inp" id="pp-var" name="variable" disabled></div></fieldset>
          <div class="err-box"></div></form>
        <div class="dialog-actions"><button type="button" class="btn plain" data-reset>Zurücksetzen</button><span class="spacer"></span><button type="button" class="btn plain" data-todo data-abw>Abweichungen verwalten</button><button type="button" class="btn plain" data-apply>Übernehmen</button></div></section></div>`,
    footer: '<button type="button" class="btn link" data-close-dialog>Abbrechen</button><button type="button" class="btn primary" data-store>Speichern</button>',
  });
  const q = (s) => el.querySelector(s);
  const form = q('.pp-form');
  const err = q('.err-box');

  const drawTable = () => {
    const term = work.term.toLowerCase();
    const rows = p.parameter.filter((x) => !term || `${x.name} ${x.beschreibung}`.toLowerCase().includes(term));
    q('.pp-table').innerHTML = `<table class="grid-table" aria-label="Verfügbare Prozessparameter"><thead><tr><th scope="col" class="sorted">Name <span aria-hidden="true">▴</span></th><th scope="col">Beschreibung</th><th scope="col">Wert</th><th scope="col">Typ</th></tr></thead>
      <tbody>${rows.map((x) => { const v = work.values[x.name]; const missing = x.required && !String(v).trim();
        return `<tr data-name="${esc(x.name)}" class="${x.name === work.sel ? 'sel' : ''}${missing ? ' missing' : ''}" aria-selected="${x.name === work.sel}" tabindex="0">
        <td>${esc(x.name)}${x.required ? '*' : ''}</td><td class="trunc" title="${esc(x.beschreibung)}">${esc(x.beschreibung)}</td><td class="wert">${esc(v)}</td><td class="${v ? '' : 'ital'}">${esc(x.typ)}</td></tr>`; }).join('')}</tbody></table>`;
  };
  const buttons = () => { q('[data-apply]').disabled = !work.dirty; q('[data-reset]').disabled = !work.dirty; q('[data-abw]').disabled = work.sel == null; };
  const fillForm = () => {
    const x = p.parameter.find((r) => r.name === work.sel);
    q('.pp-fields').disabled = !x; q('.pp-none').hidden = !!x;
    form.querySelector('#pp-name').value = x ? x.name : '';
    form.querySelector('#pp-desc').value = x ? x.beschreibung : '';
    form.wert.value = x ? work.values[x.name] ?? '' : '';
    form.art.value = 'wert'; form.variable.disabled = true; form.wert.disabled = false; form.schutz.checked = false;
    work.dirty = false; showError(err, ''); buttons();
  };
  drawTable(); fillForm();

  q('#pp-such').addEventListener('input', (e) => { work.term = e.target.value; drawTable(); });
  q('.pp-table').addEventListener('click', (e) => {
    const tr = e.target.closest('tr[data-name]'); if (!tr) return;
    work.sel = tr.dataset.name; drawTable(); fillForm();
  });
  form.addEventListener('input', () => { if (!work.dirty) { work.dirty = true; buttons(); } });
  form.addEventListener('change', (e) => {
    if (e.target.name === 'art') { const v = e.target.value === 'variable'; form.variable.disabled = !v; form.wert.disabled = v; }
    if (!work.dirty) { work.dirty = true; buttons(); }
  });
  q('[data-reset]').addEventListener('click', fillForm);
  q('[data-apply]').addEventListener('click', () => {
    const x = p.parameter.find((r) => r.name === work.sel); if (!x) return;
    const useVar = form.art.value === 'variable';
    const val = useVar ? `\${${form.variable.value.trim()}}` : form.wert.value.trim();
    if (useVar && !form.variable.value.trim()) { showError(err, 'Bitte geben Sie einen Variablennamen an.'); return; }
    if (!useVar && x.required && !val) { showError(err, 'Bitte füllen Sie das Pflichtfeld Parameterwert aus.'); return; }
    work.values[x.name] = val;
    drawTable(); fillForm();
    q('.pp-none').hidden = false; q('.pp-none').textContent = `Der Wert für ${x.name} wurde übernommen. Speichern Sie, um ihn zu sichern.`;
  });
  q('[data-store]').addEventListener('click', () => {
    const values = work.values;
    setFlash('Die Prozessparameter wurden gespeichert.', `#!prozesse/${p.id}`);
    work = null;
    go('prozesse', p.id);
    saveProzessParameter(p.id, values);
  });
}
