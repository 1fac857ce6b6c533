// OE › Kommunikation: "Kommunikationen verwalten" as a side-sheet Window. A working copy is edited (v7 Table
// left, form right) and saved as a whole with "Kommunikation speichern".
import { go, saveKommunikation, moveRow } from '../store.js';
import { KANAELE } from '../seed.js';
import { FA, label, panel, vlayout, hlayout, formLayout, textField, checkBox, button, tabSheet, setError, ariaTarget } from './vaadin.js';
import { notify } from './server.js';
import { comboBox } from './combobox.js';
import { v7Table } from './table.js';
import { versionBox, mandantChip, footer, sheetMeta } from './ui.js';

const EMPTY = { kanal: '', kennung: '', zusatz: '', oeffentlich: false };
let work = null; // { oeId, rows, sel, form }

export function kommunikation(o, r) {
  if (r.entered || !work || work.oeId !== o.id) work = { oeId: o.id, rows: o.kommunikation.map((k) => ({ ...k })), sel: -1, form: { ...EMPTY } };
  const body = vlayout([], { spacing: false, styles: ['ac-komm-body'] });
  const close = () => { work = null; go('organisationseinheiten', o.id); };

  function draw(focusKanal = false) {
    const f = work.form;
    const n = work.rows.length;
    const table = v7Table([
      { caption: 'Kanal', value: (k) => k.kanal },
      { caption: 'Kennung', value: (k) => k.kennung },
      { caption: 'Kennungszusatz', value: (k) => k.zusatz },
      { caption: '', width: 110, value: (k, i) => hlayout([
        button('', () => move(i, -1), { icon: FA.ARROW_UP, primary: true, styles: ['small', 'icon-only', 'ac-up'], enabled: i > 0 }),
        button('', () => move(i, 1), { icon: FA.ARROW_DOWN, primary: true, styles: ['small', 'icon-only', 'ac-down'], enabled: i < n - 1 }),
      ], { styles: ['ac-arrows'] }) },
    ], { rows: work.rows, selectedIndex: work.sel, pageLength: 8, onSelect: (i) => { work.sel = i; work.form = { ...work.rows[i] }; draw(); } });

    const kanal = comboBox({ items: KANAELE.map((k) => ({ value: k, caption: k })), value: f.kanal || null, placeholder: 'Bitte auswählen', onPick: (v) => { work.form.kanal = v || ''; } });
    const kennung = textField({ value: f.kennung });
    kennung.addEventListener('input', () => { work.form.kennung = kennung.value; });
    const zusatz = textField({ value: f.zusatz });
    zusatz.addEventListener('input', () => { work.form.zusatz = zusatz.value; });
    const oeffentlich = checkBox('', { checked: !!f.oeffentlich, onChange: (v) => { work.form.oeffentlich = v; } });

    const apply = () => {
      const w = work.form;
      if (!w.kanal) { setError(kanal, true); notify('Bitte wählen Sie einen Kanal aus.', 'error'); return; }
      if (!w.kennung.trim()) { setError(kennung, true); notify('Bitte geben Sie eine Kennung ein.', 'error'); return; }
      const entry = { kanal: w.kanal, kennung: w.kennung.trim(), zusatz: w.zusatz.trim(), oeffentlich: w.oeffentlich };
      if (work.sel >= 0) work.rows[work.sel] = entry; else work.rows.push(entry);
      work.sel = -1; work.form = { ...EMPTY };
      draw();
    };
    const form = vlayout([
      label('Über die SOAP-Schnittstelle wird nur der erste Eintrag pro Kommunikationskanal ausgegeben.', ['ac-soap-note']),
      formLayout([
        { caption: 'Kanal', required: true, w: kanal },
        { caption: 'Kennung', required: true, w: kennung },
        { caption: 'Kennungszusatz', w: zusatz },
        { caption: 'Öffentlich anzeigen', w: oeffentlich },
        footer([button('Kommunikation übernehmen', apply)]),
      ], { margin: false }),
    ], { margin: true });

    body.replaceChildren(panel('Kommunikationen verwalten', vlayout([
      hlayout([
        { w: vlayout([table, hlayout([
          button('Zuweisung entfernen', () => {
            work.rows = work.rows.filter((_, i) => i !== work.sel);
            work.sel = -1; work.form = { ...EMPTY }; draw();
          }, { icon: FA.MINUS, styles: ['danger'], enabled: work.sel >= 0 }),
          button('Neue Kommunikation anlegen', () => { work.sel = -1; work.form = { ...EMPTY }; draw(true); }, { icon: FA.PLUS_CIRCLE }),
        ])], { styles: ['ac-komm-left'] }), expand: true },
        { w: tabSheet(['Allgemein'], { render: () => form }), expand: true },
      ], { styles: ['ac-komm-layout'] }),
      footer([button('Abbrechen', close), button('Kommunikation speichern', () => {
        const rows = work.rows;
        work = null;
        notify('Die Kommunikationen wurden gespeichert.');
        saveKommunikation(o.id, rows);
        go('organisationseinheiten', o.id);
      }, { primary: true })], ['ac-komm-footer']),
    ], { margin: true })));
    if (focusKanal) ariaTarget(kanal).focus();
  }
  function move(i, delta) {
    const to = i + delta;
    work.rows = moveRow(work.rows, i, delta);
    if (work.sel === i) work.sel = to; else if (work.sel === to) work.sel = i;
    draw();
  }
  draw();
  return { caption: o.name, sheet: true, width: Math.round(innerWidth * 0.68), styles: ['ac-sheet'], onClose: close,
    content: vlayout([sheetMeta(versionBox(o.version), mandantChip()), body], { spacing: false }) };
}

