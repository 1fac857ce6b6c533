// Benutzerverwaltung › Mandanten: list, Mandant drawer and the Verwalten windows Impressum, Datenschutzbeauftragter, Bild, Benutzer.
import { tenant, go, saveMandantField, notify as storeChanged } from '../store.js';
import { FA, h, label, panel, vlayout, hlayout, formLayout, textField, textArea, button, tabSheet, radioGroup, image } from './vaadin.js';
import { notify } from './server.js';
import { grid } from './grid.js';
import { upload } from './upload.js';
import { SAVED, pageTitle, drawerHead, drawerBody, buttonGrid, footer, filterField, dirtyTracking, notAvailable } from './ui.js';

const previews = new Map(); // file name -> object URL of an image chosen in this session
const altTexts = new Map(); // tenant id -> Alternativtext of the Bild
let filterText = '';
let scope = 0; // 0 = Aktueller Mandant, 1 = Alle Mandanten (the practice has one Mandant per login)

export function page(r) {
  const t = tenant();
  const rowsFor = () => [t].filter((x) => !filterText.trim() || x.name.toLowerCase().includes(filterText.trim().toLowerCase()));
  const list = grid([
    { caption: 'Name', value: (x) => x.name, sortable: true, expand: 2 },
    { caption: 'übergeordneter Mandant', value: () => label('Freistaat Sachsen', ['ac-badge'], { undefW: true }), expand: 1 },
  ], { rows: rowsFor(), key: (x) => x.id, selected: r.id || null, sort: { col: 0, dir: 'asc' }, height: 'fill', selection: 'single',
    onRowClick: (x, deselect) => go('mandanten', deselect ? '' : x.id) });
  const toolbar = hlayout([
    { w: filterField(filterText, (v) => { filterText = v; list.setRows(rowsFor()); }), expand: true },
    radioGroup(['Aktueller Mandant', 'Alle Mandanten'], scope, (i) => { scope = i; }),
  ], { styles: ['ac-toolbar'] });
  const el = vlayout([pageTitle('Mandanten'), toolbar, list], { margin: true, styles: ['ac-pagebody'] });
  el.select = (id) => list.setSelected(id);
  return el;
}

export function detail(r) {
  const t = tenant();
  if (String(t.id) !== r.id) return null;
  const back = () => go('mandanten', t.id);
  if (r.sub === 'impressum') return { windows: [{ caption: 'Impressum verwalten', content: impressum(t, back), width: 720, onClose: back }] };
  if (r.sub === 'datenschutzbeauftragter') return { windows: [{ caption: 'Datenschutzbeauftragter verwalten', content: datenschutz(t, back), width: 720, onClose: back }] };
  if (r.sub === 'bild') return { windows: [{ caption: 'Bild verwalten', content: bild(t, back), width: 720, onClose: back }] };
  if (r.sub === 'benutzer') return { windows: [{ caption: 'Benutzer des Mandanten', content: benutzer(t, back), width: 860, onClose: back }] };
  return { drawer: mandantDrawer(t) };
}

function mandantDrawer(t) {
  const name = textField({ value: t.name, required: true });
  const beschreibung = textField({ value: t.beschreibung });
  const reset = button('Abbrechen', () => storeChanged(), { enabled: false });
  const save = button('Speichern', () => {
    const n = name.value.trim();
    if (!n) { notify('Bitte füllen Sie das Pflichtfeld Name aus.', 'error'); return; }
    t.name = n; t.beschreibung = beschreibung.value;
    notify(SAVED); storeChanged();
  }, { primary: true, enabled: false });
  const form = formLayout([
    { caption: 'Id', w: label(String(t.id)) },
    { caption: 'Name', required: true, w: name },
    { caption: 'Beschreibung', w: beschreibung },
    footer([reset, save]),
  ]);
  dirtyTracking(form, [reset, save]);
  const goSub = (sub) => () => go('mandanten', t.id, sub);
  return vlayout([
    drawerHead(t.name),
    drawerBody([
      tabSheet(['Stammdaten'], { render: () => form }),
      panel('Verwalten', buttonGrid([
        button('Benutzer', goSub('benutzer'), { icon: FA.SITEMAP }),
        button('Bild', goSub('bild'), { icon: FA.FILE_TEXT_O }),
        button('Datenschutzbeauftragter', goSub('datenschutzbeauftragter')),
        button('Impressum', goSub('impressum')),
        button('Mandanten', notAvailable, { icon: FA.TAGS, enabled: false }),
      ])),
    ]),
  ], { spacing: false, styles: ['ac-drawer-layout'] });
}

function impressum(t, back) {
  const text = textArea({ value: t.impressum, rows: 12 });
  return vlayout([
    { w: text, caption: 'Impressum' },
    t.impressum ? null : label('Für diesen Mandanten ist noch kein Impressum hinterlegt.', ['ac-hint']),
    footer([button('Abbrechen', back), button('Speichern', () => { notify(SAVED); saveMandantField('impressum', text.value); }, { primary: true })]),
  ], { margin: true, styles: ['ac-window-body'] });
}

function datenschutz(t, back) {
  const d = t.datenschutz || {};
  const f = { name: textField({ value: d.name }), anschrift: textArea({ value: d.anschrift, rows: 3 }), email: textField({ value: d.email, type: 'email' }), telefon: textField({ value: d.telefon, type: 'tel' }) };
  return vlayout([
    formLayout([
      { caption: 'Name', w: f.name }, { caption: 'Anschrift', w: f.anschrift },
      { caption: 'E-Mail', w: f.email }, { caption: 'Telefon', w: f.telefon },
    ]),
    footer([button('Abbrechen', back), button('Speichern', () => {
      const v = (k) => f[k].value.trim();
      notify(SAVED);
      saveMandantField('datenschutz', { name: v('name'), anschrift: v('anschrift'), email: v('email'), telefon: v('telefon') });
    }, { primary: true })]),
  ], { margin: true, styles: ['ac-window-body'] });
}

function bild(t, back) {
  let chosen = null;
  const chosenBox = vlayout([], { spacing: false, styles: ['ac-bild-chosen'] });
  const current = t.bild
    ? hlayout([label('Aktuelles Bild:', ['bold'], { undefW: true }), label(t.bild, [], { undefW: true }),
      previews.has(t.bild) ? image(previews.get(t.bild), altTexts.get(t.id) || t.bild, ['ac-bild-preview']) : label(h('span', { class: 'v-icon', style: 'font-family: FontAwesome;' }, String.fromCodePoint(FA.PICTURE_O)), ['ac-bild-placeholder'], { undefW: true })], { styles: ['ac-bild-current'] })
    : label('Für diesen Mandanten ist noch kein Bild hinterlegt.', ['ac-hint']);
  // The file stays in the browser: immediate Upload, but no request is sent in the practice environment.
  const up = upload('Bild auswählen', (file) => {
    chosen = file;
    if (!previews.has(file.name)) previews.set(file.name, URL.createObjectURL(file));
    chosenBox.replaceChildren(vlayout([label(['Ausgewählte Datei: ', h('b', {}, file.name)]), image(previews.get(file.name), '', ['ac-bild-preview'])], { spacing: false }));
  });
  const alt = textField({ value: altTexts.get(t.id) || '' });
  return vlayout([
    current,
    formLayout([{ caption: 'Bild', w: up }, chosenBox, { caption: 'Alternativtext', w: alt }]),
    footer([button('Abbrechen', back), button('Speichern', () => {
      const name = chosen?.name || t.bild;
      if (!name) { notify('Bitte wählen Sie ein Bild aus.', 'error'); return; }
      altTexts.set(t.id, alt.value);
      notify(SAVED);
      saveMandantField('bild', name);
    }, { primary: true })]),
  ], { margin: true, styles: ['ac-window-body'] });
}

function benutzer(t, back) {
  return vlayout([
    grid([
      { caption: 'E-Mail', value: (u) => u.email, expand: 2 }, { caption: 'Benutzername', value: (u) => u.benutzername, expand: 2 },
      { caption: 'Vorname', value: (u) => u.vorname }, { caption: 'Nachname', value: (u) => u.nachname },
    ], { rows: t.benutzer, key: (u) => u.id, selection: 'none', heightByRows: 5 }),
    footer([button('Schließen', back)]),
  ], { margin: true, styles: ['ac-window-body'] });
}
