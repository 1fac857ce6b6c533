// Zuständigkeitsfinder › Leistungen: filterable list (copes with ?rows=5000), Leistung/Ergänzung drawer, Ergänzung editor.
import { tenant, leistung, go, createErgaenzung, saveErgaenzungText } from '../../store.js';
import { LEISTUNG_SECTIONS } from '../../seed.js';
import { esc, nid, REQ, field, select, btn, panel, grid, tabbed, PFLICHT, drawerFrame, mandantChip, landChip, versionChip, recordChip, filterInput, table, bindFilter, setFlash, showError, toast } from '../ui.js';

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
      const selects = `<div class="filter-row">${['Textbetreuung', 'LeiKa Import', 'Typisierung'].map((l) => select(l, [['', '']], '')).join('')}</div>`;
      // one string for all rows: fast enough for 5,000 rows; clicks are delegated in app.js (data-go)
      el.innerHTML = `<div class="content-box">${filterInput('Suchbegriff', 'leistungen', selects)}
        ${table(['LeiKa Schlüssel', 'LeiKa Typisierung', 'Titel', 'Typ'], t.leistungen.map((l) => ({ id: l.id, go: `leistungen/${l.id}`, cells: [esc(l.leika), esc(l.typisierung), esc(l.name), esc(l.typ)] })), { sortCol: 2, label: 'Leistungen' })}</div>`;
      bindFilter(el);
    },
  };
  if (r.id && !rec) page.renderDrawer = (el) => { el.innerHTML = drawerFrame({ title: 'Leistung', body: '<p class="muted">Diese Leistung gibt es beim gewählten Mandanten nicht.</p>' }); };
  else if (rec && r.sub === 'text') { page.wide = true; page.renderDrawer = (el) => renderEditor(el, rec); }
  else if (rec) page.renderDrawer = (el) => renderDrawer(el, rec);
  return page;
}

function renderDrawer(el, l) {
  const erg = l.typ === 'Ergänzung';
  const parent = erg ? leistung(l.parentId) : null;
  const published = erg && l.versions?.[0]?.art === 'Veröffentlicht';
  const stamm = `${PFLICHT}${field('Id', l.id, { ro: true })}${field('Name', l.name, { ro: true, req: true })}${field('Kommentar', l.kommentar, { ro: true, textarea: true })}
    ${select('Typ', [[STUFE[l.typ] || STUFE.Landesleistung, STUFE[l.typ] || STUFE.Landesleistung]], '', { req: true, disabled: true })}
    ${erg ? `${field('Typ', 'Ergänzung', { ro: true })}${field('Landesleistung', parent?.name, { ro: true })}` : field('SDG', l.sdg, { ro: true })}
    <div class="form-actions"><button type="button" class="btn link" disabled>Abbrechen</button><button type="button" class="btn primary" disabled>Speichern</button></div>`;
  el.innerHTML = drawerFrame({
    title: l.name,
    chips: erg ? `${mandantChip()} ${recordChip(l)}` : `${landChip()} ${versionChip('1.0', 'Veröffentlicht')}`,
    body: `<div class="panel">${tabbed(['Stammdaten', 'Gültigkeit', 'Version'], [stamm, null, null])}</div>
      ${panel('Bearbeiten', grid([
        btn('Löschen', 'data-todo', { disabled: !erg }),
        btn('Offline nehmen', 'data-todo', { disabled: !published }),
        btn('Text bearbeiten', `data-go="leistungen/${l.id}/text"`, { disabled: !erg }),
        btn('K. Ergänzung', 'data-erg', { disabled: erg }),
      ]))}
      ${panel('Verwalten', grid([
        btn('Externe Formulare', 'data-todo'), btn('115 Informationen', '', { disabled: true }), btn('LeiKa Leistungen', '', { disabled: true }),
        btn('Mandanten', '', { disabled: true }), btn('Prozesse', 'data-todo'), btn('Stichwörter', '', { disabled: true }),
        btn('Tags', '', { disabled: true }), btn('Textbearbeiter', '', { disabled: true }), btn('Weitere Information', '', { disabled: true }),
        btn('Zuständigkeiten', 'data-todo'),
      ]))}
      ${erg ? '' : '<p class="hint muted">Texte von Landesleistungen pflegt der Freistaat Sachsen. Ihre Kommune ergänzt sie über „K. Ergänzung“.</p>'}`,
  });
  el.querySelector('[data-erg]')?.addEventListener('click', () => {
    const res = createErgaenzung(l.id);
    setFlash('Die kommunale Ergänzung wurde angelegt.', `#!leistungen/${res.leistung.id}`);
    go('leistungen', res.leistung.id);
  });
}

let work = null; // { id, texte } working copy of the editable sections

function renderEditor(el, l) {
  if (l.typ !== 'Ergänzung') {
    el.innerHTML = drawerFrame({ title: `Text bearbeiten - ${l.name}`, chips: landChip(), body: '<p class="muted">Texte von Landesleistungen können nur vom Freistaat Sachsen bearbeitet werden.</p>' });
    return;
  }
  if (!work || work.id !== l.id) work = { id: l.id, texte: { kosten: l.texte?.kosten || '', hinweise: l.texte?.hinweise || '' } };
  const toc = LEISTUNG_SECTIONS.map((s) => `<li class="${s.editable ? 'editable' : ''}"><a href="#" data-jump="${s.key}">${esc(s.label)}${s.required ? REQ : ''}</a></li>`).join('');
  const boxes = LEISTUNG_SECTIONS.map((s) => {
    const id = nid();
    const body = s.editable
      ? `<textarea class="inp" id="${id}" rows="4" data-key="${s.key}">${esc(work.texte[s.key])}</textarea>`
      : `<textarea class="inp" id="${id}" rows="2" readonly disabled>Wird aus der Landesleistung übernommen – nicht bearbeitbar.</textarea>`;
    return `<section class="text-section${s.editable ? '' : ' greyed'}" id="sec-${s.key}"><label class="sec-h" for="${id}">${esc(s.label)}${s.required ? REQ : ''}</label>${body}</section>`;
  }).join('');
  const versions = table(['gespeichert am', 'Version', 'Art d. S.'], l.versions.map((v, i) => ({ id: i, cells: [esc(v.datum), esc(v.version), esc(v.art)] })), { label: 'Versionen' });
  const published = l.versions[0]?.art === 'Veröffentlicht';
  el.innerHTML = drawerFrame({
    title: `Text bearbeiten - ${l.name}`,
    chips: `<ac-chip kind="${published ? 'published' : 'work'}">Ergänzung ${esc(l.version)}</ac-chip> ${mandantChip()}`,
    wide: true,
    body: `<div class="editor">
      <aside class="editor-side">
        <div class="panel pad"><h3 class="panel-sub">Versionen</h3>${versions}</div>
        <div class="panel pad"><h3 class="panel-sub">Mandant</h3><p>${esc(tenant().name)}</p></div>
        <nav class="panel pad toc" aria-label="Inhaltsverzeichnis"><h3 class="panel-sub">Inhaltsverzeichnis</h3><ul>${toc}</ul></nav>
        <div class="panel pad"><h3 class="panel-sub">Text Delegation</h3><div class="btn-col"><button type="button" class="btn plain" data-todo>Delegationen anzeigen</button><button type="button" class="btn plain" data-todo>→ Delegieren</button></div></div>
      </aside>
      <div class="editor-main"><div class="err-box"></div>${boxes}</div></div>
      <div class="editor-actions"><button type="button" class="btn link" data-cancel>Abbrechen</button><button type="button" class="btn plain" data-versions>Versionen</button>
        <span class="spacer"></span><button type="button" class="btn plain" data-draft>Entwurf speichern</button><button type="button" class="btn primary" data-publish>Speichern und veröffentlichen</button></div>`,
  });
  el.querySelector('.editor-main').addEventListener('input', (e) => { const k = e.target.dataset.key; if (k) work.texte[k] = e.target.value; });
  el.querySelector('.toc').addEventListener('click', (e) => {
    const a = e.target.closest('[data-jump]'); if (!a) return;
    e.preventDefault(); el.querySelector(`#sec-${a.dataset.jump}`).scrollIntoView({ block: 'start' });
  });
  const err = el.querySelector('.err-box');
  el.querySelector('[data-cancel]').addEventListener('click', () => { work = null; go('leistungen', l.id); });
  el.querySelector('[data-versions]').addEventListener('click', () => toast('Die Versionen stehen links oben.'));
  el.querySelector('[data-draft]').addEventListener('click', () => { setFlash('Der Entwurf wurde gespeichert.', location.hash); saveErgaenzungText(l.id, work.texte, false); });
  el.querySelector('[data-publish]').addEventListener('click', () => {
    const res = saveErgaenzungText(l.id, work.texte, true);
    if (res.error) { showError(err, res.error); return; }
    work = null;
    setFlash(`Die Ergänzung wurde veröffentlicht (Version ${l.version}).`, `#!leistungen/${l.id}`);
    go('leistungen', l.id);
  });
}
