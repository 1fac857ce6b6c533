// OE text editor: versions, languages, Inhaltsverzeichnis, sections; publishing needs every • field.
import { go, saveOeText } from '../../store.js';
import { OE_SECTIONS } from '../../seed.js';
import { h, mandantChip, recordChip, notify, showError } from '../ui.js';
import { editorFrame, versionsGrid, textSection, workArea } from '../editor.js';

let work = null; // { oeId, texte }: the working copy survives re-renders of the drawer
export function resetOeText() { work = null; }

export function renderOeText(el, o) {
  if (!work || work.oeId !== o.id) work = { oeId: o.id, texte: structuredClone(o.texte) };
  const t = work.texte;
  const sections = OE_SECTIONS.map((s) => textSection(s.key, s.label, s.required, s.fields
    ? s.fields.map((f) => workArea(f.label, t[s.key][f.key], s.required, (v) => { work.texte[s.key][f.key] = v; }))
    : workArea(s.label, t[s.key], s.required, (v) => { work.texte[s.key] = v; }, 5)));
  const sprache = h('vaadin-tabs', { 'aria-label': 'Sprache' }, ['Deutsch', 'Englisch', 'Französisch'].map((l) => h('vaadin-tab', {}, l)));
  const frame = editorFrame({
    title: `Text bearbeiten - ${o.name}`,
    chips: [mandantChip(), recordChip(o)],
    onClose: () => { work = null; go('organisationseinheiten', o.id); },
    side: [['Versionen', versionsGrid(o.versions)], ['Sprache', sprache]],
    toc: OE_SECTIONS,
    sections,
    actions: {
      onCancel: () => { work = null; go('organisationseinheiten', o.id); },
      onVersions: () => { frame.querySelector('.editor-side')?.scrollIntoView(); notify('Die Versionen stehen links oben.'); },
      onDraft: () => { notify('Der Entwurf wurde gespeichert.'); saveOeText(o.id, work.texte, false); },
      onPublish: (err) => {
        const res = saveOeText(o.id, work.texte, true);
        if (res.error) { showError(err, res.error); err.scrollIntoView({ block: 'nearest' }); return; }
        work = null;
        notify(`Die Organisationseinheit wurde veröffentlicht (Version ${o.version}).`);
        go('organisationseinheiten', o.id);
      },
    },
  });
  el.append(frame);
}
