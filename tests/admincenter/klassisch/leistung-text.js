// Leistung › Ergänzung › Text bearbeiten: only the `editable` sections may be changed by the Kommune.
import { go, tenant, saveErgaenzungText } from '../store.js';
import { LEISTUNG_SECTIONS } from '../seed.js';
import { esc, ico, button, versionBadge, setFlash, clearFlash } from './ui.js';
import { editorHtml, editorSideClick, showError } from './editor.js';

// State texts shown greyed in the non-editable sections (the Land maintains them).
const LANDESTEXT = {
  verfahrensablauf: 'Sie beantragen die Erlaubnis bei der zuständigen Straßenverkehrsbehörde. Die Behörde prüft den Antrag und beteiligt gegebenenfalls weitere Stellen.',
  unterlagen: 'Antragsformular, Streckenplan, Nachweis über die Haftpflichtversicherung.',
  fristen: 'Der Antrag ist spätestens zwei Wochen vor Beginn der Veranstaltung zu stellen.',
  bearbeitungsdauer: 'bis zu zwei Monate (je nach Art, Ort und Umfang der Veranstaltung)',
  rechtsgrundlage: '§ 29 Absatz 2 Straßenverkehrs-Ordnung (StVO)',
};
const landestext = (s) => LANDESTEXT[s.key] || `Der Abschnitt „${s.label}“ wird vom Freistaat Sachsen gepflegt und kann in der kommunalen Ergänzung nicht bearbeitet werden.`;

export function ergaenzungEditor(el, l) {
  const sections = LEISTUNG_SECTIONS.map((s) => `<section class="text-section${s.editable ? '' : ' section-readonly'}" id="sec-${s.key}">
      <h3><label for="let-${s.key}">${esc(s.label)}</label>${s.required ? ' <span class="req">*</span>' : ''}</h3>
      ${s.editable
        ? `<textarea id="let-${s.key}" class="form-control" rows="5">${esc(l.texte?.[s.key])}</textarea>`
        : `<textarea id="let-${s.key}" class="form-control" rows="2" disabled>${esc(landestext(s))}</textarea>`}
    </section>`).join('');
  const delegation = `<div class="panel panel-default editor-delegation"><div class="panel-heading"><h3 class="panel-title">Text Delegation</h3></div>
    <div class="panel-body">${button('Delegationen anzeigen', 'na-side', { icon: 'eye' })}${button('Delegieren', 'na-side', { icon: 'arrow-right' })}</div></div>`;
  el.innerHTML = editorHtml({
    title: l.name,
    badge: `${versionBadge(l.version, 'Ergänzung ')}`,
    versions: l.versions || [],
    toc: LEISTUNG_SECTIONS,
    main: `<p class="editor-mandant">${ico('home')}${esc(tenant().name)}</p>${sections}`,
    extraSidebar: delegation,
  });
  el.onclick = (e) => {
    if (editorSideClick(e, el)) return;
    const act = e.target.closest('[data-action]')?.dataset.action;
    if (act === 'na-side') showError(el, 'Dieser Bereich ist in der Übungsumgebung nicht nachgebildet.', 'info');
    else if (act === 'cancel') go('leistungen', l.id);
    else if (act === 'draft' || act === 'publish') {
      const publish = act === 'publish';
      const texte = { kosten: el.querySelector('#let-kosten').value, hinweise: el.querySelector('#let-hinweise').value };
      if (publish) setFlash('Die Ergänzung wurde veröffentlicht.', 'leistungen', l.id);
      else setFlash('Der Entwurf wurde gespeichert.', 'leistungen', l.id, 'text');
      const res = saveErgaenzungText(l.id, texte, publish);
      if (res.error) { clearFlash(); showError(el, res.error); return; }
      if (publish) go('leistungen', l.id);
    }
  };
  return { modal: true, wide: true };
}
