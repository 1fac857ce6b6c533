// Frame of the two text editors (OE text, Leistung Ergänzung): a wide drawer with Versionen, side boxes,
// Inhaltsverzeichnis and text sections. The text editor is our own (plain text areas): the Vaadin
// rich-text-editor is commercially licensed.
import { h, textArea, button, drawerFrame, errorBox } from './ui.js';
import { dataGrid } from './grid.js';

export function versionsGrid(versions) {
  if (!versions.length) return h('p', { class: 'muted' }, 'Noch keine Version gespeichert.');
  const g = dataGrid({ columns: [{ header: 'gespeichert am', value: (v) => v.datum }, { header: 'Version', value: (v) => v.version }, { header: 'Art d. S.', value: (v) => v.art }], records: versions, key: (v) => `${v.version}-${v.datum}`, sort: null });
  g.setAttribute('all-rows-visible', '');
  return g;
}

/** A text section (jump target of the Inhaltsverzeichnis); with a title when it groups several fields. */
export const textSection = (key, label, required, fields, greyed = false) =>
  h('section', { class: `text-section${greyed ? ' greyed' : ''}`, id: `sec-${key}` }, label ? h('h3', {}, label, required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' •') : '') : '', fields);

/** A text area that writes into the working copy while typing (no re-render). */
export function workArea(label, value, required, onValue, rows = 3) {
  const a = textArea(label, value, { required });
  a.minRows = rows;
  a.addEventListener('input', () => onValue(a.value));
  return a;
}

/**
 * The editor drawer. side: extra boxes [title, content]; toc: [{key, label, required}];
 * actions: { onCancel, onVersions, onDraft, onPublish(err) }.
 */
export function editorFrame({ title, chips, onClose, side, toc, sections, actions }) {
  const main = h('div', { class: 'editor-main' });
  const err = errorBox();
  const tocList = h('ul', {}, toc.map((s) => h('li', { class: s.editable === false ? '' : 'editable' },
    h('a', { href: `#sec-${s.key}`, '@click': (e) => { e.preventDefault(); main.querySelector(`#sec-${s.key}`)?.scrollIntoView({ block: 'start' }); } },
      s.label, s.required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' •') : ''))));
  main.append(err, ...sections);
  return drawerFrame({
    title, chips, onClose,
    body: [
      h('div', { class: 'editor' },
        h('div', { class: 'editor-side' },
          side.map(([t, c]) => h('div', { class: 'panel pad' }, h('h3', { class: 'panel-sub' }, t), c)),
          h('nav', { class: 'panel pad toc', 'aria-label': 'Inhaltsverzeichnis' }, h('h3', { class: 'panel-sub' }, 'Inhaltsverzeichnis'), tocList)),
        main),
      h('div', { class: 'editor-actions' },
        button('Abbrechen', { theme: 'tertiary', onClick: actions.onCancel }), button('Versionen', { onClick: actions.onVersions }),
        h('span', { class: 'spacer' }),
        button('Entwurf speichern', { onClick: actions.onDraft }), button('Speichern und veröffentlichen', { theme: 'primary', onClick: () => actions.onPublish(err) })),
    ],
  });
}
