// Shared frame of the text editors (OE text, Leistung Ergänzung) as a wide side-sheet Window: sidebar with
// versions, languages and the Inhaltsverzeichnis, the sections, and the footer buttons.
import { FA, h, label, vlayout, hlayout, button } from './vaadin.js';
import { notify } from './server.js';
import { versionTable, sheetMeta, footer } from './ui.js';

/**
 * toc: [{ label, required, target: Node }]; main: the sections; actions: { cancel, draft, publish } (run in a round trip).
 * Returns the Window spec.
 */
export function editorWindow({ caption, badge, versions, toc, main, extraSidebar = null, actions, onClose }) {
  const versionsEl = versionTable(versions, 4);
  const lang = (name, active) => button(name, () => { if (!active) notify(`Die Sprache ${name} ist in der Übungsumgebung nicht nachgebildet.`); }, { styles: ['borderless', 'ac-lang', active && 'ac-lang-active'].filter(Boolean) });
  const side = vlayout([
    versionsEl,
    vlayout([lang('Deutsch', true), lang('Englisch'), lang('Französisch')], { spacing: false, styles: ['ac-langs'] }),
    label('Inhaltsverzeichnis', ['h3', 'ac-toc-title']),
    vlayout(toc.map((s) => button([s.label, s.required ? h('span', { class: 'ac-req' }, ' *') : null],
      () => s.target.scrollIntoView({ block: 'start' }), { styles: ['link', 'ac-toc'] })), { spacing: false, styles: ['ac-toc'] }),
    extraSidebar,
  ], { styles: ['ac-editor-side'] });
  const content = vlayout([
    sheetMeta(badge),
    hlayout([side, { w: vlayout([main], { margin: true, styles: ['ac-editor-main'] }), expand: true }], { styles: ['ac-editor-layout'] }),
    footer([
      button('Abbrechen', actions.cancel),
      button('Versionen', () => versionsEl.scrollIntoView({ block: 'start' }), { icon: FA.HISTORY }),
      button('Entwurf speichern', actions.draft),
      button('Speichern und veröffentlichen', actions.publish, { primary: true }),
    ], ['ac-editor-footer']),
  ], { spacing: false, styles: ['ac-editor'] });
  return { caption, content, sheet: true, width: innerWidth - 150, styles: ['ac-sheet', 'ac-editor-window'], onClose };
}

/** A boxed text section: a captioned field (or several) in a VerticalLayout. */
export const section = (children, styles = []) => vlayout(children, { margin: true, styles: ['ac-section', ...styles] });
