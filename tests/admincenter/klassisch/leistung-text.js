// Leistung › Ergänzung › Text bearbeiten: only the `editable` sections may be changed by the Kommune.
import { go, tenant, saveErgaenzungText } from '../store.js';
import { LEISTUNG_SECTIONS } from '../seed.js';
import { FA, label, panel, vlayout, inlineIcon, textArea, button } from './vaadin.js';
import { notify } from './server.js';
import { versionBox, notAvailable } from './ui.js';
import { editorWindow, section } from './editor.js';

// State texts shown greyed in the non-editable sections (the Land maintains them).
const LANDESTEXT = {
  verfahrensablauf: 'Sie beantragen die Erlaubnis bei der zuständigen Straßenverkehrsbehörde. Die Behörde prüft den Antrag und beteiligt gegebenenfalls weitere Stellen.',
  unterlagen: 'Antragsformular, Streckenplan, Nachweis über die Haftpflichtversicherung.',
  fristen: 'Der Antrag ist spätestens zwei Wochen vor Beginn der Veranstaltung zu stellen.',
  bearbeitungsdauer: 'bis zu zwei Monate (je nach Art, Ort und Umfang der Veranstaltung)',
  rechtsgrundlage: '§ 29 Absatz 2 Straßenverkehrs-Ordnung (StVO)',
};
const landestext = (s) => LANDESTEXT[s.key] || `Der Abschnitt „${s.label}“ wird vom Freistaat Sachsen gepflegt und kann in der kommunalen Ergänzung nicht bearbeitet werden.`;

export function ergaenzungEditor(l) {
  const fields = {};
  const toc = LEISTUNG_SECTIONS.map((s) => {
    fields[s.key] = s.editable
      ? textArea({ value: l.texte?.[s.key], rows: 5, required: s.required })
      : textArea({ value: landestext(s), rows: 2, enabled: false });
    const target = section([{ w: fields[s.key], caption: s.label, required: s.required }], s.editable ? [] : ['ac-section-readonly']);
    return { label: s.label, required: s.required, target };
  });
  const delegation = panel('Text Delegation', vlayout([
    button('Delegationen anzeigen', notAvailable, { icon: FA.EYE }),
    button('Delegieren', notAvailable, { icon: FA.ARROW_RIGHT }),
  ], { margin: true }), ['ac-delegation']);
  const back = () => go('leistungen', l.id);
  const save = (publish) => () => {
    const texte = { kosten: fields.kosten.value, hinweise: fields.hinweise.value };
    const res = saveErgaenzungText(l.id, texte, publish);
    if (res.error) { notify(res.error, 'error'); return; }
    notify(publish ? 'Die Ergänzung wurde veröffentlicht.' : 'Der Entwurf wurde gespeichert.');
    if (publish) back();
  };
  return editorWindow({
    caption: l.name, badge: versionBox(l.version, 'Ergänzung '), versions: l.versions || [], toc,
    main: vlayout([label([inlineIcon(FA.HOME), ' ', tenant().name], ['bold', 'ac-editor-mandant']), ...toc.map((t) => t.target)], { styles: ['ac-sections'] }),
    extraSidebar: delegation,
    actions: { cancel: back, draft: save(false), publish: save(true) },
    onClose: back,
  });
}
