// OE › Text bearbeiten: Beschreibung and Barrierefreiheit; publishing needs every required field.
import { go, saveOeText, missingOeFields } from '../store.js';
import { OE_SECTIONS } from '../seed.js';
import { esc, versionBadge, setFlash, clearFlash } from './ui.js';
import { editorHtml, editorSideClick, showError } from './editor.js';

export function textEditor(el, o) {
  const [beschreibung, barriere] = OE_SECTIONS;
  const b = o.texte.barrierefreiheit;
  const main = `
    <div class="form-group"><label for="oet-titel">Titel</label><input id="oet-titel" class="form-control" value="${esc(o.name)}" readonly></div>
    <section class="text-section" id="sec-${beschreibung.key}">
      <h3><label for="oet-beschreibung">${esc(beschreibung.label)}</label></h3>
      <textarea id="oet-beschreibung" class="form-control" rows="5">${esc(o.texte.beschreibung)}</textarea>
    </section>
    <section class="text-section" id="sec-${barriere.key}">
      <h3>${esc(barriere.label)} <span class="req">*</span></h3>
      <div class="alert alert-info">Bitte beschreiben Sie die Barrierefreiheit der Organisationseinheit. Alle Angaben zu Eingangsbereich, Toiletten und Aufzügen sind Pflichtangaben.</div>
      ${barriere.fields.map((f) => `<div class="form-group" data-field="${esc(f.label)}"><label for="oet-${f.key}">${esc(f.label)} <span class="req">*</span></label>
        <textarea id="oet-${f.key}" class="form-control" rows="2">${esc(b[f.key])}</textarea></div>`).join('')}
    </section>`;
  el.innerHTML = editorHtml({ title: o.name, badge: versionBadge(o.version), versions: o.versions, toc: OE_SECTIONS, main });

  const read = () => ({
    beschreibung: el.querySelector('#oet-beschreibung').value,
    barrierefreiheit: Object.fromEntries(barriere.fields.map((f) => [f.key, el.querySelector(`#oet-${f.key}`).value])),
  });
  el.onclick = (e) => {
    if (editorSideClick(e, el)) return;
    const act = e.target.closest('[data-action]')?.dataset.action;
    if (act === 'cancel') go('organisationseinheiten', o.id);
    else if (act === 'draft' || act === 'publish') {
      const texte = read();
      const publish = act === 'publish';
      const missing = publish ? missingOeFields(texte) : [];
      for (const g of el.querySelectorAll('[data-field]')) g.classList.toggle('has-error', missing.includes(g.dataset.field));
      if (publish) setFlash('Die Organisationseinheit wurde veröffentlicht.', 'organisationseinheiten', o.id);
      else setFlash('Der Entwurf wurde gespeichert.', 'organisationseinheiten', o.id, 'text');
      const res = saveOeText(o.id, texte, publish);
      if (res.error) { clearFlash(); showError(el, res.error); return; }
      if (publish) go('organisationseinheiten', o.id);
    }
  };
  return { modal: true, wide: true };
}
