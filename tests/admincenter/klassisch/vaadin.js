// Vaadin 8 client widgets (GWT, Valo), rebuilt as plain DOM builders. Each builder returns the element tree
// that the matching Vaadin widget renders (see /work/shared/guide/VAADIN8-DOM.md); text always goes in as
// text nodes or properties, never as HTML, so names with markup (?hostile=1) stay text.
import { roundTrip } from './server.js';

let counter = 0;
/** GWT's Document.createUniqueId: one counter per document. */
export const uid = () => `gwt-uid-${++counter}`;

/**
 * h('div', { class, style, 'on:click': fn, '.value': v, attr: v }, ...children)
 * `.x` sets a property, `on:x` adds a listener, everything else is an attribute (null/false = left out).
 */
export function h(tag, attrs = {}, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on:')) el.addEventListener(k.slice(3), v);
    else if (k.startsWith('.')) el[k.slice(1)] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, kids);
  return el;
}
export function append(el, kids) {
  for (const k of kids.flat(Infinity)) {
    if (k == null || k === false || k === '') continue;
    el.append(k instanceof Node ? k : document.createTextNode(String(k)));
  }
  return el;
}
const cls = (...names) => names.flat().filter(Boolean).join(' ');
/** Vaadin adds a user style `s` both plain and as `<primary>-s`. */
const styled = (primary, styles = []) => cls(primary, 'v-widget', styles.flatMap((s) => [s, `${primary}-${s}`]));

// ---------- icons ----------
/** FontAwesome code points (sv/server/FontAwesome.java). */
export const FA = {
  INBOX: 0xf01c, DASHBOARD: 0xf0e4, TASKS: 0xf0ae, USER: 0xf007, USERS: 0xf0c0, INFO: 0xf129, INFO_CIRCLE: 0xf05a,
  QUESTION_CIRCLE: 0xf059, ARROW_RIGHT: 0xf061, ARROW_UP: 0xf062, ARROW_DOWN: 0xf063, BARS: 0xf0c9, FILTER: 0xf0b0,
  TIMES: 0xf00d, PLUS: 0xf067, PLUS_SQUARE_O: 0xf196, PLUS_CIRCLE: 0xf055, MINUS: 0xf068, TRASH_O: 0xf014,
  FILE_TEXT_O: 0xf0f6, SITEMAP: 0xf0e8, TAG: 0xf02b, TAGS: 0xf02c, ENVELOPE: 0xf0e0, PHONE: 0xf095, MONEY: 0xf0d6,
  TH: 0xf00a, GLOBE: 0xf0ac, CALENDAR: 0xf073, CLOUD_DOWNLOAD: 0xf0ed, LOCK: 0xf023, EDIT: 0xf044, EYE: 0xf06e,
  HISTORY: 0xf1da, LINK: 0xf0c1, HOME: 0xf015, PICTURE_O: 0xf03e, SHARE_ALT: 0xf1e0, STAR: 0xf005,
};
/** cu/FontIcon.java: the glyph is the text of the span; no aria-hidden, no alt text. */
export const icon = (cp) => h('span', { class: 'v-icon FontAwesome' }, String.fromCodePoint(cp));
/** FontIcon.getHtml() inside Label HTML / captionAsHtml (sv/server/GenericFontIcon.java). */
export const inlineIcon = (cp) => h('span', { class: 'v-icon', style: 'font-family: FontAwesome;' }, String.fromCodePoint(cp));

// ---------- Button (cu/VButton.java) ----------
/** Clicks are sent to the "server": the handler runs inside a simulated round trip. */
export function button(caption, onClick, { icon: cp, styles = [], primary = false, enabled = true } = {}) {
  const el = h('div', { tabindex: '0', role: 'button', class: styled('v-button', [primary && 'primary', ...styles].filter(Boolean)) },
    h('span', { class: 'v-button-wrap' }, cp ? icon(cp) : null, h('span', { class: 'v-button-caption' }, caption || '')));
  const fire = () => { if (!el.classList.contains('v-disabled') && onClick) roundTrip(onClick); };
  el.addEventListener('click', fire);
  el.addEventListener('keypress', (e) => { if (e.key === 'Enter') fire(); });
  el.addEventListener('keyup', (e) => { if (e.key === ' ') fire(); });
  el.addEventListener('keydown', (e) => { if (e.key === ' ') e.preventDefault(); });
  el.addEventListener('mousedown', () => el.classList.add('v-pressed'));
  el.addEventListener('mouseup', () => el.classList.remove('v-pressed'));
  el.addEventListener('mouseleave', () => el.classList.remove('v-pressed'));
  setEnabled(el, enabled);
  return el;
}
/** Button.setEnabled: `v-disabled` + aria-disabled + tabindex -1; no disabled property. */
export function setEnabled(el, on) {
  el.classList.toggle('v-disabled', !on);
  if (el.classList.contains('v-button')) {
    if (on) el.removeAttribute('aria-disabled'); else el.setAttribute('aria-disabled', 'true');
    el.tabIndex = on ? 0 : -1;
  } else if ('disabled' in el) el.disabled = !on;
  return el;
}

// ---------- Label (cu/VLabel.java) ----------
/** styles: Valo label styles such as 'h1', 'h2', 'h3', 'bold', 'small'. kids may hold nodes (HTML content mode). */
export const label = (content, styles = [], { undefW = false } = {}) =>
  h('div', { class: cls(styled('v-label', styles), undefW && 'v-label-undef-w') }, content);

// ---------- Panel (cu/VPanel.java) ----------
export function panel(caption, content, styles = []) {
  return h('div', { class: styled('v-panel', styles) },
    h('div', { class: 'v-panel-captionwrap' }, h('div', { class: cls(caption ? 'v-panel-caption' : 'v-panel-nocaption', styles.map((s) => `v-panel-caption-${s}`)) }, caption ? h('span', {}, caption) : null)),
    h('div', { class: cls('v-panel-content v-scrollable', styles.map((s) => `v-panel-content-${s}`)), tabindex: '0' }, content),
    h('div', { class: cls('v-panel-deco', styles.map((s) => `v-panel-deco-${s}`)) }));
}

// ---------- fields ----------
/** The element that receives id + aria-labelledby (the input for ComboBox/DateField/CheckBox). */
export const ariaTarget = (w) => w.querySelector?.(':scope > input, :scope > textarea') || w;

/** TextField: the input is the component root; the value is a property (GWT setText). */
export function textField({ value = '', readOnly = false, required = false, placeholder, enabled = true, styles = [], type = 'text' } = {}) {
  const el = h('input', { type, class: cls(styled('v-textfield', styles), required && !readOnly && 'v-required v-textfield-required', readOnly && 'v-readonly v-textfield-readonly'), placeholder, readonly: readOnly });
  el.value = value ?? '';
  el.addEventListener('focus', () => el.classList.add('v-textfield-focus'));
  el.addEventListener('blur', () => el.classList.remove('v-textfield-focus'));
  if (!enabled) setEnabled(el, false);
  return el;
}
export function textArea({ value = '', rows = 3, readOnly = false, required = false, enabled = true, placeholder } = {}) {
  const el = h('textarea', { class: cls('v-textarea v-widget', required && !readOnly && 'v-required v-textarea-required', readOnly && 'v-readonly v-textarea-readonly'), rows: String(rows), style: 'overflow-x: hidden;', readonly: readOnly, placeholder });
  el.value = value ?? '';
  el.addEventListener('keydown', (e) => { if (e.key === 'Enter') e.stopPropagation(); });
  if (!enabled) setEnabled(el, false);
  return el;
}
export function passwordField() { return textField({ type: 'password' }); }

/** Component error: `<primary>-error`, aria-invalid on the input (cu/AbstractComponentConnector.java). */
export function setError(w, on) {
  const primary = w.classList.contains('v-textarea') ? 'v-textarea' : w.classList.contains('v-filterselect') ? 'v-filterselect' : 'v-textfield';
  w.classList.toggle(`${primary}-error`, on); w.classList.toggle(`${primary}-error-error`, on);
  const t = ariaTarget(w);
  if (on) t.setAttribute('aria-invalid', 'true'); else t.removeAttribute('aria-invalid');
}

/** CheckBox: span > input + label (caption in its own label). GWT setValue sets `checked` and the attribute. */
export function checkBox(caption, { checked = false, enabled = true, onChange } = {}) {
  const id = uid();
  const input = h('input', { type: 'checkbox', id, tabindex: '0' });
  input.checked = checked; input.defaultChecked = checked;
  const el = h('span', { class: 'v-checkbox v-widget' }, input, h('label', { for: id }, caption));
  if (!enabled) { input.disabled = true; el.classList.add('v-checkbox-disabled', 'v-disabled'); }
  // sent to the server on click when the value changed (CheckBoxConnector)
  input.addEventListener('click', () => { if (onChange) { const v = input.checked; roundTrip(() => onChange(v)); } });
  return el;
}

/** RadioButtonGroup (cu/VRadioButtonGroup.java). */
export function radioGroup(options, selected, onChange) {
  const name = uid();
  return h('div', { role: 'radiogroup', class: 'v-select-optiongroup v-widget v-select-optiongroup-horizontal horizontal' }, options.map((o, i) => {
    const id = uid();
    const input = h('input', { type: 'radio', name, id, tabindex: '0' });
    input.checked = input.defaultChecked = i === selected;
    input.addEventListener('click', () => { if (onChange) roundTrip(() => onChange(i)); });
    return h('span', { class: cls('v-radiobutton v-select-option', i === selected && 'v-select-option-selected') }, input, h('label', { for: id }, o));
  }));
}

/** DateField (popup calendar, day resolution). The assistive description div goes to <body> (VAbstractPopupCalendar.onAttach). */
const DATE_HINT = 'Arrow down key opens calendar element for choosing the date';
export function dateField() {
  const descId = uid(); const panelId = uid();
  const input = h('input', { type: 'text', class: 'v-textfield v-datefield-textfield', autocomplete: 'off', 'aria-describedby': descId, 'aria-controls': panelId });
  const btn = h('button', { type: 'button', tabindex: '-2', role: 'button', 'aria-hidden': 'true', 'aria-controls': panelId, class: 'v-datefield-button' });
  document.body.append(h('div', { id: descId, class: 'v-assistive-device-only' }, DATE_HINT));
  return h('div', { class: 'v-datefield v-datefield-popupcalendar v-widget v-datefield-day' }, input, btn);
}
/** Removes the body-level hint divs of date fields that are no longer in the document (onDetach). */
export function sweepDateHints() {
  for (const d of document.querySelectorAll('body > div.v-assistive-device-only')) {
    if (!document.querySelector(`[aria-describedby="${d.id}"]`)) d.remove();
  }
}

/** Image component. */
export const image = (src, alt = '', styles = []) => h('img', { class: styled('v-image', styles), src, alt });

// ---------- layouts ----------
/** Caption binding (cu/aria/AriaHelper.java): caption element id + for, widget id + aria-labelledby. */
export function bindCaption(captionEl, widget, required) {
  const t = ariaTarget(widget);
  if (!t.id) t.id = uid();
  captionEl.id = uid();
  captionEl.setAttribute('for', t.id);
  t.setAttribute('aria-labelledby', captionEl.id);
  if (required) t.setAttribute('aria-required', 'true');
}
const reqStar = () => h('span', { class: 'v-required-field-indicator', 'aria-hidden': 'true' }, '*');

/**
 * Vertical/HorizontalLayout. children: widgets or { w, caption, required, styles, align, icon, expand }.
 * Captioned children sit in a caption wrapper (cu/orderedlayout/Slot.java).
 */
export function layout(dir, children, { margin = false, spacing = true, styles = [] } = {}) {
  const primary = dir === 'h' ? 'v-horizontallayout' : 'v-verticallayout';
  const el = h('div', { class: cls(primary, 'v-layout', dir === 'h' ? 'v-horizontal' : 'v-vertical', 'v-widget', styles.flatMap((s) => [s, `${primary}-${s}`]), margin && 'v-margin-top v-margin-right v-margin-bottom v-margin-left', spacing && `${primary}-spacing`) });
  let first = true;
  for (const c of children.flat()) {
    if (!c) continue;
    const spec = c instanceof Node ? { w: c } : c;
    if (!first && spacing) el.append(h('div', { class: 'v-spacing' }));
    first = false;
    const slot = h('div', { class: cls('v-slot', (spec.slotStyles || []).map((s) => `v-slot-${s}`), spec.align && `v-align-${spec.align}`, spec.expand && 'v-slot-expand') });
    if (spec.caption != null || spec.icon || spec.required) {
      const cap = h('div', { class: 'v-caption' }, spec.icon ? icon(spec.icon) : null, h('span', { class: 'v-captiontext' }, spec.caption || '\u00a0'), spec.required ? reqStar() : null);
      if (spec.caption) bindCaption(cap, spec.w, spec.required);
      slot.append(h('div', { class: 'v-widget v-has-caption v-caption-on-top' }, cap, spec.w));
    } else slot.append(spec.w);
    el.append(slot);
  }
  return el;
}
export const vlayout = (children, opts) => layout('v', children, opts);
export const hlayout = (children, opts) => layout('h', children, opts);
/** CssLayout: children directly inside. */
export const cssLayout = (children, styles = []) => h('div', { class: cls('v-csslayout v-layout v-widget', styles.flatMap((s) => [s, `v-csslayout-${s}`])) }, children);

/**
 * FormLayout (cu/VFormLayout.java): one table row per child; rows are widgets or { w, caption, required }.
 * Clicking a caption focuses its field.
 */
export function formLayout(rows, { margin = true } = {}) {
  const list = rows.flat().filter(Boolean);
  const tbody = h('tbody');
  list.forEach((r, i) => {
    const spec = r instanceof Node ? { w: r } : r;
    const capCell = h('td', { class: 'v-formlayout-captioncell' });
    if (spec.caption != null) {
      const text = h('span', {}, spec.caption);
      capCell.append(h('div', { class: 'v-caption' }, text, spec.required ? reqStar() : null));
      bindCaption(text, spec.w, spec.required);
      text.addEventListener('click', () => ariaTarget(spec.w).focus?.());
    }
    tbody.append(h('tr', { class: cls('v-formlayout-row', i === 0 && 'v-formlayout-firstrow', i === list.length - 1 && 'v-formlayout-lastrow') },
      capCell,
      h('td', { class: 'v-formlayout-errorcell' }, h('div', { class: 'v-formlayout-error-indicator' })),
      h('td', { class: 'v-formlayout-contentcell' }, spec.w)));
  });
  return h('div', { class: 'v-formlayout v-layout v-widget v-has-width' },
    h('table', { cellpadding: '0', cellspacing: '0', role: 'presentation', class: cls(margin && 'v-formlayout-margin-top v-formlayout-margin-right v-formlayout-margin-bottom v-formlayout-margin-left', 'v-formlayout-spacing') }, tbody));
}

// ---------- TabSheet (cu/VTabsheet.java) ----------
/**
 * Only the selected tab's content is in the DOM. A click on a tab's caption selects it in a round trip
 * (aria-selected flips at once, `v-tabsheet-loading` until the content arrives).
 */
export function tabSheet(captions, { selected = 0, render, onSelect, styles = [] } = {}) {
  const row = h('tr');
  const content = h('div', { class: 'v-tabsheet-tabsheetpanel' });
  const root = h('div', { class: styled('v-tabsheet', styles), style: 'overflow: hidden;' },
    h('div', { role: 'tablist', 'aria-live': 'off', class: 'v-tabsheet-tabcontainer' },
      h('table', { role: 'presentation', class: 'v-tabsheet-tabs' }, h('tbody', {}, row)),
      h('div', { 'aria-hidden': 'true', class: 'v-tabsheet-scroller', style: 'display: none;' },
        h('button', { tabindex: '-1', 'aria-hidden': 'true', class: 'v-tabsheet-scrollerPrev' }),
        h('button', { tabindex: '-1', 'aria-hidden': 'true', class: 'v-tabsheet-scrollerNext' }))),
    h('div', { role: 'tabpanel', class: 'v-tabsheet-content' }, content),
    h('div', { class: 'v-tabsheet-deco' }));
  const cells = captions.map((c, i) => {
    const capId = uid();
    const caption = h('div', { id: capId, class: 'v-caption' }, h('div', { class: 'v-captiontext' }, c));
    const td = h('td', { role: 'tab', 'aria-labelledby': capId }, h('div', { class: 'v-tabsheet-tabitem' }, caption));
    caption.addEventListener('click', () => select(i));
    td.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') { const n = (i + (e.key === 'ArrowRight' ? 1 : -1) + captions.length) % captions.length; cells[n].focus(); }
      else if (e.key === ' ' || e.key === 'Enter') { e.preventDefault(); select(i); }
    });
    row.append(td);
    return td;
  });
  row.append(h('td', { class: 'v-tabsheet-spacertd' }, h('div')));
  const mark = (sel) => cells.forEach((td, i) => {
    const on = i === sel;
    td.setAttribute('aria-selected', String(on));
    td.tabIndex = on ? 0 : -1;
    td.className = cls('v-tabsheet-tabitemcell', i === 0 && 'v-tabsheet-tabitemcell-first', on && 'v-tabsheet-tabitemcell-selected', on && i === 0 && 'v-tabsheet-tabitemcell-selected-first');
    td.firstChild.className = cls('v-tabsheet-tabitem', on && 'v-tabsheet-tabitem-selected');
  });
  const show = (sel) => { content.replaceChildren(h('div', { style: 'position: absolute; top: 0; left: 0;' }, render(sel))); };
  let current = selected;
  function select(i) {
    if (i === current) return;
    mark(i);
    root.classList.add('v-tabsheet-loading');
    content.firstChild?.style.setProperty('visibility', 'hidden');
    roundTrip(() => { current = i; onSelect?.(i); root.classList.remove('v-tabsheet-loading'); show(i); sweepDateHints(); });
  }
  mark(current); show(current);
  return root;
}
