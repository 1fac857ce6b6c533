// OE › Text bearbeiten: Beschreibung and Barrierefreiheit; publishing needs every required field.
import { go, saveOeText, missingOeFields } from '../store.js';
import { OE_SECTIONS } from '../seed.js';
import { h, label, vlayout, textField, textArea, setError } from './vaadin.js';
import { notify } from './server.js';
import { versionBox } from './ui.js';
import { editorWindow, section } from './editor.js';

export function textEditor(o) {
  const [beschreibung, barriere] = OE_SECTIONS;
  const b = o.texte.barrierefreiheit;
  const besch = textArea({ value: o.texte.beschreibung, rows: 5 });
  const fields = Object.fromEntries(barriere.fields.map((f) => [f.key, textArea({ value: b[f.key], rows: 2, required: true })]));
  const secBesch = section([{ w: besch, caption: beschreibung.label }]);
  const secBarriere = section([
    label([barriere.label, h('span', { class: 'ac-req' }, ' *')], ['h3', 'ac-section-title']),
    label('Bitte beschreiben Sie die Barrierefreiheit der Organisationseinheit. Alle Angaben zu Eingangsbereich, Toiletten und Aufzügen sind Pflichtangaben.', ['ac-notice']),
    ...barriere.fields.map((f) => ({ w: fields[f.key], caption: f.label, required: true })),
  ]);
  const main = [{ w: textField({ value: o.name, readOnly: true }), caption: 'Titel' }, secBesch, secBarriere];
  const read = () => ({
    beschreibung: besch.value,
    barrierefreiheit: Object.fromEntries(barriere.fields.map((f) => [f.key, fields[f.key].value])),
  });
  const back = () => go('organisationseinheiten', o.id);
  const save = (publish) => () => {
    const texte = read();
    const missing = publish ? missingOeFields(texte) : [];
    for (const f of barriere.fields) setError(fields[f.key], missing.includes(f.label));
    const res = saveOeText(o.id, texte, publish);
    if (res.error) { notify(res.error, 'error'); return; }
    notify(publish ? 'Die Organisationseinheit wurde veröffentlicht.' : 'Der Entwurf wurde gespeichert.');
    if (publish) back();
  };
  return editorWindow({
    caption: o.name, badge: versionBox(o.version), versions: o.versions,
    toc: [{ label: beschreibung.label, target: secBesch }, { label: barriere.label, required: true, target: secBarriere }],
    main: vlayout(main, { styles: ['ac-sections'] }),
    actions: { cancel: back, draft: save(false), publish: save(true) },
    onClose: back,
  });
}

