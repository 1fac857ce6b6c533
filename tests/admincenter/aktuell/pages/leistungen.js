// Zuständigkeitsfinder › Leistungen: filterable list (copes with ?rows=5000), Leistung/Ergänzung drawer, Ergänzung editor.
import { tenant, leistung, go, createErgaenzung, saveErgaenzungText } from '../../store.js';
import { LEISTUNG_SECTIONS } from '../../seed.js';
import { h, textField, textArea, select, button, section, tile, tabsheet, pflicht, drawerFrame, mandantChip, landChip, versionChip, recordChip, badge, filterField, filterTerm, notify, showError } from '../ui.js';
import { dataGrid } from '../grid.js';
import { editorFrame, versionsGrid, textSection, workArea } from '../editor.js';

const STUFE = { Landesleistung: 'Stufe 1 (Landesleistung)', Ergänzung: 'Stufe 2 (kommunale Leistung)' };

export function leistungenPage(r) {
  const t = tenant();
  const rec = r.id ? leistung(r.id) : null;
  if (r.sub !== 'text') work = null;
  const page = {
    title: 'Leistungen',
    anlegen: 'todo',
    headerButtons: ['Textbetreuung Export', 'Textbetreuung Import'],
    listKey: t.leistungen.length,
    selected: rec?.id ?? null,
    renderList(el) {
      // the data provider hands the grid one page of rows at a time: 5,000 Leistungen stay fast
      const grid = dataGrid({
        columns: [{ header: 'LeiKa Schlüssel', value: (l) => l.leika }, { header: 'LeiKa Typisierung', value: (l) => l.typisierung }, { header: 'Titel', value: (l) => l.name, flexGrow: 3 }, { header: 'Typ', value: (l) => l.typ }],
        records: t.leistungen, sort: [2, 'asc'], onOpen: (l) => go('leistungen', l.id), term: filterTerm('leistungen'),
      });
      el.append(h('div', { class: 'content-box' },
        h('div', { class: 'filter-box' }, filterField('Suchbegriff', 'leistungen', (v) => grid.setFilter(v)),
          h('div', { class: 'filter-row' }, ['Textbetreuung', 'LeiKa Import', 'Typisierung'].map((l) => select(l, [['', '']], '')))),
        grid));
      return grid;
    },
  };
  const close = () => go('leistungen');
  if (r.id && !rec) page.renderDrawer = (el) => el.append(drawerFrame({ title: 'Leistung', onClose: close, body: h('p', { class: 'muted' }, 'Diese Leistung gibt es beim gewählten Mandanten nicht.') }));
  else if (rec && r.sub === 'text') { page.wide = true; page.renderDrawer = (el) => renderEditor(el, rec); }
  else if (rec) page.renderDrawer = (el) => renderDrawer(el, rec);
  return page;
}

function renderDrawer(el, l) {
  const erg = l.typ === 'Ergänzung';
  const parent = erg ? leistung(l.parentId) : null;
  const published = erg && l.versions?.[0]?.art === 'Veröffentlicht';
  const stufe = STUFE[l.typ] || STUFE.Landesleistung;
  const stamm = [pflicht(), textField('Id', l.id, { readonly: true }), textField('Name', l.name, { readonly: true, required: true }), textArea('Kommentar', l.kommentar, { readonly: true }),
    select('Typ', [[stufe, stufe]], stufe, { required: true, disabled: true }),
    erg ? [textField('Typ', 'Ergänzung', { readonly: true }), textField('Landesleistung', parent?.name, { readonly: true })] : textField('SDG', l.sdg, { readonly: true }),
    h('div', { class: 'form-actions' }, button('Abbrechen', { theme: 'tertiary', disabled: true }), button('Speichern', { theme: 'primary', disabled: true }))];
  const ergaenzen = () => {
    const res = createErgaenzung(l.id);
    notify('Die kommunale Ergänzung wurde angelegt.');
    go('leistungen', res.leistung.id);
  };
  el.append(drawerFrame({
    title: l.name,
    chips: erg ? [mandantChip(), recordChip(l)] : [landChip(), versionChip('1.0', 'Veröffentlicht')],
    onClose: () => go('leistungen'),
    body: [
      h('div', { class: 'panel' }, tabsheet([['Stammdaten', stamm], ['Gültigkeit', null], ['Version', null]])),
      section('Bearbeiten', [tile('Löschen', null, !erg), tile('Offline nehmen', null, !published), tile('Text bearbeiten', () => go('leistungen', l.id, 'text'), !erg), tile('K. Ergänzung', ergaenzen, erg)]),
      section('Verwalten', [
        tile('Externe Formulare'), tile('115 Informationen', null, true), tile('LeiKa Leistungen', null, true),
        tile('Mandanten', null, true), tile('Prozesse'), tile('Stichwörter', null, true),
        tile('Tags', null, true), tile('Textbearbeiter', null, true), tile('Weitere Information', null, true),
        tile('Zuständigkeiten'),
      ]),
      erg ? '' : h('p', { class: 'hint muted' }, 'Texte von Landesleistungen pflegt der Freistaat Sachsen. Ihre Kommune ergänzt sie über „K. Ergänzung“.'),
    ],
  }));
}

let work = null; // { id, texte } working copy of the editable sections

function renderEditor(el, l) {
  const back = () => { work = null; go('leistungen', l.id); };
  if (l.typ !== 'Ergänzung') {
    el.append(drawerFrame({ title: `Text bearbeiten - ${l.name}`, chips: [landChip()], onClose: back, body: h('p', { class: 'muted' }, 'Texte von Landesleistungen können nur vom Freistaat Sachsen bearbeitet werden.') }));
    return;
  }
  if (!work || work.id !== l.id) work = { id: l.id, texte: { kosten: l.texte?.kosten || '', hinweise: l.texte?.hinweise || '' } };
  const sections = LEISTUNG_SECTIONS.map((s) => textSection(s.key, null, s.required, s.editable
    ? workArea(s.label, work.texte[s.key], s.required, (v) => { work.texte[s.key] = v; }, 4)
    : textArea(s.label, 'Wird aus der Landesleistung übernommen – nicht bearbeitbar.', { required: s.required, disabled: true }), !s.editable));
  const published = l.versions[0]?.art === 'Veröffentlicht';
  const frame = editorFrame({
    title: `Text bearbeiten - ${l.name}`,
    chips: [badge(`Ergänzung ${l.version}`, published ? 'success' : 'contrast', 'vaadin:time-backward'), mandantChip()],
    onClose: back,
    side: [['Versionen', versionsGrid(l.versions)], ['Mandant', h('p', {}, tenant().name)],
      ['Text Delegation', h('div', { class: 'btn-col' }, button('Delegationen anzeigen', { onClick: () => notify('Dieser Bereich ist in der Übungsumgebung nicht nachgebildet.') }), button('Delegieren', { icon: 'vaadin:arrow-right', onClick: () => notify('Dieser Bereich ist in der Übungsumgebung nicht nachgebildet.') }))]],
    toc: LEISTUNG_SECTIONS,
    sections,
    actions: {
      onCancel: back,
      onVersions: () => notify('Die Versionen stehen links oben.'),
      onDraft: () => { notify('Der Entwurf wurde gespeichert.'); saveErgaenzungText(l.id, work.texte, false); },
      onPublish: (err) => {
        const res = saveErgaenzungText(l.id, work.texte, true);
        if (res.error) { showError(err, res.error); return; }
        work = null;
        notify(`Die Ergänzung wurde veröffentlicht (Version ${l.version}).`);
        go('leistungen', l.id);
      },
    },
  });
  el.append(frame);
}
