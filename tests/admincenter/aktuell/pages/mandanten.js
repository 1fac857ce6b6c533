// Benutzer › Mandanten: list, Mandant drawer and the Verwalten views (Impressum, Datenschutzbeauftragter, Bild, Benutzer).
import { tenant, go, saveMandantField } from '../../store.js';
import { esc, field, btn, panel, grid, tabbed, PFLICHT, drawerFrame, mandantChip, filterInput, table, bindFilter, setFlash, showError } from '../ui.js';

const SAVED = 'Die Änderungen wurden gespeichert.';

export function mandantenPage(r) {
  const t = tenant();
  const mine = String(t.id) === r.id;
  const views = { impressum: impressumView, datenschutzbeauftragter: datenschutzView, bild: bildView, benutzer: benutzerView };
  return {
    title: 'Mandanten',
    anlegen: 'todo',
    listKey: t.name,
    selected: r.id || null,
    renderList(el) {
      el.innerHTML = `<div class="content-box">${filterInput('Tabelle filtern', 'mandanten')}
        ${table(['Name'], [{ id: t.id, go: `mandanten/${t.id}`, cells: [esc(t.name)] }], { label: 'Mandanten' })}</div>`;
      bindFilter(el);
    },
    renderDrawer: r.id ? (el) => {
      if (!mine) { el.innerHTML = drawerFrame({ title: 'Mandant', body: '<p class="muted">Dieser Mandant ist nicht ausgewählt. Wählen Sie ihn oben im Feld „Mandant“.</p>' }); return; }
      (views[r.sub] || mandantDrawer)(el, t);
    } : null,
  };
}

function mandantDrawer(el, t) {
  const stamm = `${PFLICHT}${field('Id', t.id, { ro: true })}${field('Name', t.name, { ro: true, req: true })}${field('Beschreibung', t.beschreibung, { ro: true })}`;
  el.innerHTML = drawerFrame({
    title: t.name,
    chips: mandantChip(t.name),
    body: `<div class="panel">${tabbed(['Stammdaten'], [stamm])}</div>
      ${panel('Bearbeiten', grid([btn('Löschen', '', { disabled: true })]))}
      ${panel('Verwalten', grid([
        btn('Bild', `data-go="mandanten/${t.id}/bild"`),
        btn('Benutzer', `data-go="mandanten/${t.id}/benutzer"`),
        btn('Datenschutzbeauftragter', `data-go="mandanten/${t.id}/datenschutzbeauftragter"`),
        btn('Impressum', `data-go="mandanten/${t.id}/impressum"`),
        btn('Mandanten', '', { disabled: true }),
      ]))}`,
  });
}

/** Frame of a Verwalten view: form + Abbrechen/Speichern; onSave(form, errBox) returns true when saved. */
function subView(el, t, title, body, onSave) {
  el.innerHTML = drawerFrame({
    title: `${title} - ${t.name}`,
    chips: mandantChip(t.name),
    body: `<div class="panel pad"><form novalidate>${body}<div class="err-box"></div>
      <div class="form-actions"><button type="button" class="btn link" data-go="mandanten/${t.id}">Abbrechen</button><button type="button" class="btn primary" data-save>Speichern</button></div></form></div>`,
  });
  el.querySelector('[data-save]').addEventListener('click', () => {
    onSave(el.querySelector('form'), el.querySelector('.err-box'));
  });
}

function impressumView(el, t) {
  subView(el, t, 'Impressum verwalten', `<p class="muted">${t.impressum ? 'Bestehendes Impressum – Sie können es überarbeiten.' : 'Für diesen Mandanten ist noch kein Impressum hinterlegt.'}</p>
    ${field('Impressum', t.impressum, { name: 'impressum', textarea: true, req: true })}`, (form, err) => {
    const v = form.impressum.value;
    if (!v.trim()) { showError(err, 'Bitte füllen Sie das Pflichtfeld Impressum aus.'); return false; }
    setFlash(SAVED, location.hash); saveMandantField('impressum', v); return true;
  });
}

function datenschutzView(el, t) {
  const d = t.datenschutz || {};
  subView(el, t, 'Datenschutzbeauftragter verwalten', `<p class="muted">${t.datenschutz ? 'Hinterlegte Angaben zum Datenschutzbeauftragten – Sie können sie überarbeiten.' : 'Es ist noch kein Datenschutzbeauftragter hinterlegt.'}</p>
    ${field('Name', d.name, { name: 'name', req: true })}${field('Anschrift', d.anschrift, { name: 'anschrift', textarea: true })}
    ${field('E-Mail', d.email, { name: 'email', type: 'email', req: true })}${field('Telefon', d.telefon, { name: 'telefon', type: 'tel' })}`, (form, err) => {
    const v = { name: form.name.value.trim(), anschrift: form.anschrift.value.trim(), email: form.email.value.trim(), telefon: form.telefon.value.trim() };
    const missing = [!v.name && 'Name', !v.email && 'E-Mail'].filter(Boolean);
    if (missing.length) { showError(err, `Bitte füllen Sie die Pflichtfelder aus: ${missing.join(', ')}.`); return false; }
    setFlash(SAVED, location.hash); saveMandantField('datenschutz', v); return true;
  });
}

// file names picked but not yet saved, with a preview URL (not part of the shared state)
const previews = new Map();
function bildView(el, t) {
  const alt = previews.get('alt') ?? '';
  subView(el, t, 'Bild verwalten', `<div class="bild-current">${t.bild ? `<div class="bild-preview">${previews.get(t.bild) ? `<img src="${previews.get(t.bild)}" alt="${esc(alt)}">` : '<div class="bild-placeholder" aria-hidden="true">Bild</div>'}<div>Aktuelles Bild: <strong class="bild-name">${esc(t.bild)}</strong></div></div>` : '<p class="muted">Es ist noch kein Bild hinterlegt.</p>'}</div>
    <div class="fld"><label for="bild-file">Bilddatei${t.bild ? '' : ' <span class="req">•</span>'}</label><input id="bild-file" name="datei" type="file" accept="image/*"></div>
    <div class="picked muted"></div>
    ${field('Alternativtext', alt, { name: 'alt' })}`, (form, err) => {
    const file = form.datei.files[0];
    if (!file && !t.bild) { showError(err, 'Bitte wählen Sie eine Bilddatei aus.'); return false; }
    previews.set('alt', form.alt.value);
    if (file) { previews.set(file.name, URL.createObjectURL(file)); setFlash(SAVED, location.hash); saveMandantField('bild', file.name); } else { setFlash(SAVED, location.hash); saveMandantField('bild', t.bild); }
    return true;
  });
  el.querySelector('#bild-file').addEventListener('change', (e) => {
    const f = e.target.files[0];
    el.querySelector('.picked').textContent = f ? `Ausgewählt: ${f.name}` : '';
  });
}

function benutzerView(el, t) {
  el.innerHTML = drawerFrame({
    title: `Benutzer - ${t.name}`,
    chips: mandantChip(t.name),
    body: `<div class="panel pad">${table(['Benutzername', 'E-Mail', 'Vorname', 'Nachname'], t.benutzer.map((u) => ({ id: u.id, cells: [esc(u.benutzername), esc(u.email), esc(u.vorname), esc(u.nachname)] })), { label: 'Benutzer des Mandanten' })}
      <div class="form-actions"><button type="button" class="btn link" data-go="mandanten/${t.id}">Zurück</button></div></div>`,
  });
}
