// DOM helpers of the aktuell pages: Vaadin web components set up the way Flow 24 wires them
// (label/value/required/readonly as properties, text as text nodes, themes as attributes).
// Every record text goes in through textContent or a component property, never through HTML,
// so names with markup (?hostile=1) show as text.
import { tenant } from '../store.js';

/**
 * Element factory. props: `attr: value` sets an attribute (true → empty, false/null → none),
 * `.prop: value` sets a property, `@event: fn` adds a listener. Children: nodes, strings (text), arrays, null.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (k.startsWith('@')) el.addEventListener(k.slice(1), v);
    else if (k.startsWith('.')) el[k.slice(1)] = v;
    else if (v === true) el.setAttribute(k, '');
    else if (v !== false && v != null) el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}
function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export const icon = (name, slot) => h('vaadin-icon', { icon: name, slot });

/** vaadin-button; `icon` goes to slot prefix (Flow's Button(text, icon)), `label` is an aria-label. */
export function button(text, { theme, disabled = false, icon: ic, label, onClick, title } = {}) {
  return h('vaadin-button', { theme, disabled, 'aria-label': label, title, '@click': onClick }, ic ? icon(ic, 'prefix') : null, text);
}
/** Icon-only button as Flow renders it: theme icon, no text, the name from aria-label. */
export const iconButton = (ic, label, onClick, theme = 'icon tertiary') => h('vaadin-button', { theme, 'aria-label': label, title: label, '@click': onClick }, icon(ic));

export function textField(label, value = '', { required = false, readonly = false, name, placeholder, prefix, disabled = false, tag = 'vaadin-text-field' } = {}) {
  const f = h(tag, { '.label': label, '.value': value == null ? '' : String(value), required, readonly, disabled, name, placeholder, 'data-name': name },
    prefix ? icon(prefix, 'prefix') : null);
  return f;
}
export const textArea = (label, value, opts = {}) => textField(label, value, { ...opts, tag: 'vaadin-text-area' });

/** vaadin-select; items [[value, label]] (labels are rendered as text by the select itself). */
export function select(label, items, value = '', { required = false, disabled = false, name, onChange } = {}) {
  const s = h('vaadin-select', { '.label': label, required, disabled, 'data-name': name, '@change': onChange });
  s.items = items.map(([v, l]) => ({ value: String(v), label: l === '' ? ' ' : String(l) }));
  s.value = String(value ?? '');
  return s;
}
export function checkbox(label, checked = false, { name, onChange } = {}) {
  return h('vaadin-checkbox', { '.label': label, '.checked': !!checked, 'data-name': name, '@change': onChange });
}
/** A small caption above a field that has none of its own (Flow: a Span with Lumo label typography). */
export const caption = (text) => h('span', { class: 'field-caption' }, text);

/** Lumo badge chips as in the AdminCenter: Mandant (people icon), Version (clock), Land (yellow). */
export function badge(text, theme = '', ic = null) {
  return h('span', { theme: `badge pill ${theme}`.trim() }, ic ? icon(ic) : null, text);
}
export const mandantChip = (name = tenant().name) => badge(name, 'mandant', 'vaadin:users');
export const landChip = () => badge('Freistaat Sachsen', 'land', 'vaadin:users');
export function versionChip(version, art = '') {
  if (!version) return badge('Nicht veröffentlicht', 'contrast');
  // green only when the newest version is published (art) or, without history, from 1.0 on
  const published = art ? art === 'Veröffentlicht' : Number.parseFloat(version) >= 1;
  return badge(`Version ${version}`, published ? 'success' : 'contrast', 'vaadin:time-backward');
}
/** Version chip of a record with `version` and `versions` history. */
export const recordChip = (r) => versionChip(r.version, r.versions?.[0]?.art);

export const NOT_BUILT = 'Dieser Bereich ist in der Übungsumgebung nicht nachgebildet.';
/** Notification.show as Flow calls it for save confirmations (5 s, bottom-start). */
export function notify(text) {
  customElements.get('vaadin-notification').show(text, { duration: 5000, position: 'bottom-start' });
}
export const todo = () => notify(NOT_BUILT);

/** "Online-Hilfe" link (Flow Anchor with an icon); the help itself is not reproduced. */
export const helpLink = () => h('a', { href: '#', class: 'help', '@click': (e) => { e.preventDefault(); todo(); } }, icon('vaadin:question-circle-o'), 'Online-Hilfe');

/** The line every aktuell form starts with; the bullet is Lumo's required-indicator colour. */
export const pflicht = () => h('p', { class: 'pflicht' }, 'Mit ', h('span', { class: 'req' }, '•'), ' markierte Felder sind Pflichtangaben.');

/** Form-level error line (role alert), empty until `showError`. */
export const errorBox = () => h('div', { class: 'err-box' });
export function showError(box, text) {
  box.replaceChildren(text ? h('div', { class: 'alert err', role: 'alert' }, text) : '');
}

/** A section such as `Bearbeiten` / `Verwalten`: a titled box with a grid of buttons. */
export function section(title, buttons) {
  return h('div', { class: 'panel' }, h('h3', { class: 'panel-title' }, title), h('div', { class: 'btn-grid' }, buttons));
}
/** Section button: disabled ones carry `disabled`; without onClick a click says "nicht nachgebildet". */
export const tile = (text, onClick, disabled = false) => button(text, { disabled, onClick: onClick || todo, title: text });

let tabUid = 0;
/** vaadin-tabsheet as Flow's TabSheet.add renders it: tabs with ids, panels with tab="<id>". */
export function tabsheet(tabs) {
  const ids = tabs.map(() => `tabsheet-tab-${++tabUid}`);
  return h('vaadin-tabsheet', {},
    h('vaadin-tabs', { slot: 'tabs' }, tabs.map(([name], i) => h('vaadin-tab', { id: ids[i] }, name))),
    tabs.map(([, content], i) => h('div', { tab: ids[i], class: 'tab-panel' }, content ?? h('p', { class: 'muted' }, 'Keine Einträge vorhanden.'))));
}

/** Record drawer on the right: title, close button, chips, Online-Hilfe, then the body. */
export function drawerFrame({ title, chips = [], body, onClose }) {
  return h('div', { class: 'drawer-inner' },
    h('div', { class: 'drawer-head' }, h('h2', {}, title), iconButton('lumo:cross', 'Schließen', onClose)),
    h('div', { class: 'chips-row' }, h('div', { class: 'chips' }, chips), helpLink()),
    h('div', { class: 'drawer-body' }, body));
}

/**
 * vaadin-dialog wired as Flow's Dialog: headerTitle (overlay h2[slot=title]), header content and footer
 * rendered into <div style="display:contents">, the content as direct children of the overlay.
 */
export function dialogFrame({ title, chips = [], body, footer = [], width = '1200px', onClose }) {
  const d = h('vaadin-dialog', { '.headerTitle': title, '.noCloseOnOutsideClick': true, '.width': `min(${width}, 96vw)` });
  const contents = (nodes) => h('div', { style: 'display: contents' }, nodes);
  // closing goes through opened-changed, where app.js routes back to the record
  const close = onClose || (() => { d.opened = false; });
  d.headerRenderer = (root) => { if (!root.firstChild) root.append(contents(iconButton('lumo:cross', 'Schließen', close))); };
  d.footerRenderer = (root) => { if (!root.firstChild) root.append(contents(footer)); };
  // the content root is the overlay itself (Flow puts the components there directly); render once
  const top = chips.length ? h('div', { class: 'chips-row dialog-chips' }, h('div', { class: 'chips' }, chips), helpLink()) : null;
  d.renderer = (root) => {
    if (body.parentNode === root) return;
    root.prepend(...[top, body].filter(Boolean));
  };
  return d;
}

// filter terms per list, so a rebuilt list keeps what the user typed
const filterTerms = new Map();
/** The "Tabelle filtern" / "Suchbegriff" field with the funnel icon; calls onTerm(term) while typing. */
export function filterField(label, key, onTerm) {
  const f = textField(label, filterTerms.get(key) || '', { prefix: 'vaadin:filter' });
  f.classList.add('filter');
  f.valueChangeMode = 'eager';
  f.addEventListener('input', () => { filterTerms.set(key, f.value); onTerm(f.value); });
  return f;
}
export const filterTerm = (key) => filterTerms.get(key) || '';
