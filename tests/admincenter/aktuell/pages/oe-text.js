// OE text editor: versions, languages, Inhaltsverzeichnis, sections; publishing needs every • field.
import { go, saveOeText } from '../../store.js';
import { OE_SECTIONS } from '../../seed.js';
import { esc, nid, REQ, drawerFrame, mandantChip, recordChip, table, showError, setFlash, toast } from '../ui.js';

let work = null; // { oeId, texte }
export function resetOeText() { work = null; }

export function renderOeText(el, o) {
  if (!work || work.oeId !== o.id) work = { oeId: o.id, texte: structuredClone(o.texte) };
  const t = work.texte;
  const toc = OE_SECTIONS.map((s) => `<li><a href="#" data-jump="${s.key}">${esc(s.label)}${s.required ? REQ : ''}</a></li>`).join('');
  const sections = OE_SECTIONS.map((s) => {
    const inner = s.fields
      ? s.fields.map((f) => { const id = nid(); return `<div class="fld"><label for="${id}">${esc(f.label)}${s.required ? REQ : ''}</label><textarea class="inp" id="${id}" rows="3" data-path="${s.key}.${f.key}">${esc(t[s.key][f.key])}</textarea></div>`; }).join('')
      : (() => { const id = nid(); return `<div class="fld"><label for="${id}">${esc(s.label)}${s.required ? REQ : ''}</label><textarea class="inp" id="${id}" rows="5" data-path="${s.key}">${esc(t[s.key])}</textarea></div>`; })();
    return `<section class="text-section" id="sec-${s.key}"><h3 id="h-${s.key}">${esc(s.label)}${s.required ? REQ : ''}</h3>${inner}</section>`;
  }).join('');
  const versions = o.versions.length ? table(['gespeichert am', 'Version', 'Art d. S.'], o.versions.map((v, i) => ({ id: i, cells: [esc(v.datum), esc(v.version), esc(v.art)] })), { label: 'Versionen' }) : '<p class="muted">Noch keine Version gespeichert.</p>';
  el.innerHTML = drawerFrame({
    title: `Text bearbeiten - ${o.name}`,
    chips: `${mandantChip()} ${recordChip(o)}`,
    wide: true,
    body: `<div class="editor">
      <aside class="editor-side">
        <div class="panel pad"><h3 class="panel-sub">Versionen</h3>${versions}</div>
        <div class="panel pad"><h3 class="panel-sub">Sprache</h3><div class="tabbed"><div class="tabs" role="tablist" aria-label="Sprache">
          ${['Deutsch', 'Englisch', 'Französisch'].map((l, i) => `<button type="button" role="tab" class="tab" data-tab="${l}" aria-selected="${i === 0}">${l}</button>`).join('')}</div></div></div>
        <nav class="panel pad toc" aria-label="Inhaltsverzeichnis"><h3 class="panel-sub">Inhaltsverzeichnis</h3><ul>${toc}</ul></nav>
      </aside>
      <div class="editor-main"><div class="err-box"></div>${sections}</div></div>
      <div class="editor-actions"><button type="button" class="btn link" data-cancel>Abbrechen</button><button type="button" class="btn plain" data-versions>Versionen</button>
        <span class="spacer"></span><button type="button" class="btn plain" data-draft>Entwurf speichern</button><button type="button" class="btn primary" data-publish>Speichern und veröffentlichen</button></div>`,
  });
  // typing writes into the working copy only: no re-render
  el.querySelector('.editor-main').addEventListener('input', (e) => {
    const path = e.target.dataset.path; if (!path) return;
    const [a, b] = path.split('.');
    if (b) work.texte[a][b] = e.target.value; else work.texte[a] = e.target.value;
  });
  el.querySelector('.toc').addEventListener('click', (e) => {
    const a = e.target.closest('[data-jump]'); if (!a) return;
    e.preventDefault(); el.querySelector(`#sec-${a.dataset.jump}`).scrollIntoView({ block: 'start' });
  });
  const err = el.querySelector('.err-box');
  const drawerHash = `#!organisationseinheiten/${o.id}`;
  el.querySelector('[data-cancel]').addEventListener('click', () => { work = null; go('organisationseinheiten', o.id); });
  el.querySelector('[data-versions]').addEventListener('click', () => { el.querySelector('.editor-side table, .editor-side .muted')?.scrollIntoView(); toast('Die Versionen stehen links oben.'); });
  el.querySelector('[data-draft]').addEventListener('click', () => {
    setFlash('Der Entwurf wurde gespeichert.', location.hash);
    saveOeText(o.id, work.texte, false);
  });
  el.querySelector('[data-publish]').addEventListener('click', () => {
    const res = saveOeText(o.id, work.texte, true);
    if (res.error) { showError(err, res.error); err.scrollIntoView({ block: 'nearest' }); return; }
    work = null;
    setFlash(`Die Organisationseinheit wurde veröffentlicht (Version ${o.version}).`, drawerHash);
    go('organisationseinheiten', o.id);
  });
}
