// Benutzer › Mandanten: list, Mandant drawer and the Verwalten views (Impressum, Datenschutzbeauftragter, Bild, Benutzer).
import { tenant, go, saveMandantField } from '../../store.js';
import { h, textField, textArea, button, section, tile, tabsheet, pflicht, drawerFrame, mandantChip, filterField, filterTerm, notify, errorBox, showError } from '../ui.js';
import { dataGrid } from '../grid.js';

const SAVED = 'Die Änderungen wurden gespeichert.';

export function mandantenPage(r) {
  const t = tenant();
  const mine = String(t.id) === r.id;
  const views = { impressum: impressumView, datenschutzbeauftragter: datenschutzView, bild: bildView, benutzer: benutzerView };
  const close = () => go('mandanten');
  return {
    title: 'Mandanten',
    anlegen: 'todo',
    listKey: t.name,
    selected: r.id || null,
    renderList(el) {
      const grid = dataGrid({ columns: [{ header: 'Name', value: (x) => x.name }], records: [t], onOpen: (x) => go('mandanten', x.id), term: filterTerm('mandanten') });
      el.append(h('div', { class: 'content-box' }, filterField('Tabelle filtern', 'mandanten', (v) => grid.setFilter(v)), grid));
      return grid;
    },
    renderDrawer: r.id ? (el) => {
      if (!mine) { el.append(drawerFrame({ title: 'Mandant', onClose: close, body: h('p', { class: 'muted' }, 'Dieser Mandant ist nicht ausgewählt. Wählen Sie ihn oben im Feld „Mandant“.') })); return; }
      (views[r.sub] || mandantDrawer)(el, t);
    } : null,
  };
}

function mandantDrawer(el, t) {
  const to = (sub) => () => go('mandanten', t.id, sub);
  el.append(drawerFrame({
    title: t.name,
    chips: [mandantChip(t.name)],
    onClose: () => go('mandanten'),
    body: [
      h('div', { class: 'panel' }, tabsheet([['Stammdaten', [pflicht(), textField('Id', t.id, { readonly: true }), textField('Name', t.name, { readonly: true, required: true }), textField('Beschreibung', t.beschreibung, { readonly: true })]]])),
      section('Bearbeiten', [tile('Löschen', null, true)]),
      section('Verwalten', [tile('Bild', to('bild')), tile('Benutzer', to('benutzer')), tile('Datenschutzbeauftragter', to('datenschutzbeauftragter')), tile('Impressum', to('impressum')), tile('Mandanten', null, true)]),
    ],
  }));
}

/** Frame of a Verwalten view: form + Abbrechen/Speichern; onSave(errBox) saves or shows an error. */
function subView(el, t, title, fields, onSave) {
  const err = errorBox();
  el.append(drawerFrame({
    title: `${title} - ${t.name}`,
    chips: [mandantChip(t.name)],
    onClose: () => go('mandanten', t.id),
    body: h('div', { class: 'panel pad form' }, fields, err,
      h('div', { class: 'form-actions' }, button('Abbrechen', { theme: 'tertiary', onClick: () => go('mandanten', t.id) }), button('Speichern', { theme: 'primary', onClick: () => onSave(err) }))),
  }));
}

function impressumView(el, t) {
  const f = textArea('Impressum', t.impressum, { required: true });
  subView(el, t, 'Impressum verwalten', [pflicht(), h('p', { class: 'muted' }, t.impressum ? 'Bestehendes Impressum – Sie können es überarbeiten.' : 'Für diesen Mandanten ist noch kein Impressum hinterlegt.'), f], (err) => {
    if (!f.value.trim()) { showError(err, 'Bitte füllen Sie das Pflichtfeld Impressum aus.'); return; }
    notify(SAVED); saveMandantField('impressum', f.value);
  });
}

function datenschutzView(el, t) {
  const d = t.datenschutz || {};
  const f = { name: textField('Name', d.name, { required: true }), anschrift: textArea('Anschrift', d.anschrift), email: textField('E-Mail', d.email, { required: true }), telefon: textField('Telefon', d.telefon) };
  subView(el, t, 'Datenschutzbeauftragter verwalten', [pflicht(), h('p', { class: 'muted' }, t.datenschutz ? 'Hinterlegte Angaben zum Datenschutzbeauftragten – Sie können sie überarbeiten.' : 'Es ist noch kein Datenschutzbeauftragter hinterlegt.'), Object.values(f)], (err) => {
    const v = Object.fromEntries(Object.entries(f).map(([k, x]) => [k, x.value.trim()]));
    const missing = [!v.name && 'Name', !v.email && 'E-Mail'].filter(Boolean);
    if (missing.length) { showError(err, `Bitte füllen Sie die Pflichtfelder aus: ${missing.join(', ')}.`); return; }
    notify(SAVED); saveMandantField('datenschutz', v);
  });
}

// pictures saved in this page session, with a preview URL (not part of the shared state)
const previews = new Map();
function bildView(el, t) {
  const alt = textField('Alternativtext', previews.get('alt') ?? '');
  // vaadin-upload keeps the picked File client-side (no-auto, no target): nothing is sent anywhere
  const upload = h('vaadin-upload', { 'max-files': 1, accept: 'image/*', 'no-auto': true });
  upload.i18n = { addFiles: { one: 'Datei auswählen', many: 'Dateien auswählen' }, dropFiles: { one: 'Datei zum Hochladen hierher verschieben', many: 'Dateien zum Hochladen hierher verschieben' }, uploading: { status: { held: 'Bereit zum Speichern' } } };
  const current = t.bild
    ? h('div', { class: 'bild-preview' }, previews.get(t.bild) ? h('img', { src: previews.get(t.bild), alt: previews.get('alt') ?? '' }) : h('div', { class: 'bild-placeholder', 'aria-hidden': 'true' }, 'Bild'), h('div', {}, 'Aktuelles Bild: ', h('strong', { class: 'bild-name' }, t.bild)))
    : h('p', { class: 'muted' }, 'Es ist noch kein Bild hinterlegt.');
  const label = h('span', { class: 'field-caption' }, 'Bilddatei', t.bild ? '' : h('span', { class: 'req' }, ' •'));
  subView(el, t, 'Bild verwalten', [pflicht(), h('div', { class: 'bild-current' }, current), label, upload, alt], (err) => {
    const file = upload.files[0];
    if (!file && !t.bild) { showError(err, 'Bitte wählen Sie eine Bilddatei aus.'); return; }
    previews.set('alt', alt.value);
    if (file) previews.set(file.name, URL.createObjectURL(file));
    notify(SAVED); saveMandantField('bild', file ? file.name : t.bild);
  });
}

function benutzerView(el, t) {
  const grid = dataGrid({ columns: [{ header: 'Benutzername', value: (u) => u.benutzername }, { header: 'E-Mail', value: (u) => u.email }, { header: 'Vorname', value: (u) => u.vorname }, { header: 'Nachname', value: (u) => u.nachname }], records: t.benutzer });
  grid.classList.add('small-grid');
  el.append(drawerFrame({
    title: `Benutzer - ${t.name}`,
    chips: [mandantChip(t.name)],
    onClose: () => go('mandanten', t.id),
    body: h('div', { class: 'panel pad' }, grid, h('div', { class: 'form-actions' }, button('Zurück', { theme: 'tertiary', onClick: () => go('mandanten', t.id) }))),
  }));
}
