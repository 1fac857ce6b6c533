// ComboBox (cu/VComboBox.java): div[role=combobox] > input + aria-hidden button; the selected caption is only
// in the input's value property; the suggestion list (#VAADIN_COMBOBOX_OPTIONLIST) is built in the overlay
// container after a round trip ("lazy data") and removed when it closes.
import { h, uid } from './vaadin.js';
import { roundTrip, overlayContainer, registerPopup, unregisterPopup, closePopups } from './server.js';

const PAGE = 10;

/**
 * items: [{ value, caption }]; value: selected value; onPick(value) runs inside a round trip.
 * emptySelection: whether the first list entry is the empty (&nbsp;) item.
 */
export function comboBox({ items, value = null, onPick, enabled = true, readOnly = false, textInput = true, emptySelection = false, placeholder, styles = [] }) {
  const input = h('input', { type: 'text', class: 'v-filterselect-input', autocomplete: 'off', placeholder: enabled && !readOnly ? placeholder : null });
  const btn = h('div', { role: 'button', 'aria-hidden': 'true', class: 'v-filterselect-button' });
  const root = h('div', { role: 'combobox', class: ['v-filterselect', 'v-widget', 'v-has-width', ...styles.flatMap((s) => [s, `v-filterselect-${s}`])].join(' ') }, input, btn);
  let selected = value;
  const captionOf = (v) => items.find((i) => i.value === v)?.caption ?? '';
  input.value = captionOf(selected); // GWT setText: property only
  if (!enabled) { root.classList.add('v-disabled'); input.disabled = true; }
  if (readOnly) { root.classList.add('v-readonly', 'v-filterselect-readonly'); input.readOnly = true; }
  if (!textInput && !readOnly) { root.classList.add('v-filterselect-no-input'); input.readOnly = true; input.setAttribute('aria-readonly', 'true'); }
  const active = () => enabled && !readOnly;

  let popup = null; let menu = null; let rows = []; let hi = -1; let page = 0; let filter = '';

  function close() {
    if (!popup) return;
    popup.remove(); unregisterPopup(popup); popup = null;
  }
  function matches() {
    const q = filter.trim().toLowerCase();
    const list = items.filter((i) => !q || i.caption.toLowerCase().includes(q));
    return emptySelection && !q ? [{ value: null, caption: '' }, ...list] : list;
  }
  function show() {
    const all = matches();
    const pages = Math.max(1, Math.ceil(all.length / PAGE));
    page = Math.min(page, pages - 1);
    const slice = all.slice(page * PAGE, page * PAGE + PAGE);
    if (!popup) {
      closePopups();
      popup = h('div', { id: 'VAADIN_COMBOBOX_OPTIONLIST', role: 'list', class: ['v-filterselect-suggestpopup', ...styles.map((s) => `v-filterselect-suggestpopup-${s}`)].join(' '), style: 'position: absolute; z-index: 30000;' });
      overlayContainer().append(popup);
      registerPopup(popup, root, close);
    }
    const paging = all.length > PAGE;
    const prev = h('div', { class: `v-filterselect-prevpage${page > 0 ? '' : '-off'}`, style: paging ? null : 'display: none;' }, h('span', {}, 'Prev'));
    const next = h('div', { class: `v-filterselect-nextpage${page < pages - 1 ? '' : '-off'}`, style: paging ? null : 'display: none;' }, h('span', {}, 'Next'));
    prev.addEventListener('click', () => { if (page > 0) { page--; roundTrip(show); } });
    next.addEventListener('click', () => { if (page < pages - 1) { page++; roundTrip(show); } });
    const tbody = h('tbody');
    rows = slice.map((it) => {
      const td = h('td', { id: uid(), role: 'listitem', class: 'gwt-MenuItem' }, h('span', {}, it.caption || '\u00a0'));
      td.addEventListener('mousedown', (e) => e.preventDefault()); // keeps focus in the input
      td.addEventListener('click', () => pick(it));
      td.addEventListener('mouseenter', () => highlight(rows.indexOf(td)));
      tbody.append(h('tr', {}, td));
      td.item = it;
      return td;
    });
    menu = h('div', { tabindex: '0', role: 'menubar', class: 'v-filterselect-suggestmenu' }, h('table', {}, tbody));
    const status = h('div', { class: 'v-filterselect-status', style: paging ? null : 'display: none;' }, all.length ? `${page * PAGE + 1}-${page * PAGE + slice.length}/${all.length}` : '0/0');
    popup.replaceChildren(h('div', { class: 'popupContent' }, prev, menu, next, status));
    const r = root.getBoundingClientRect();
    popup.style.left = `${Math.round(r.left)}px`; popup.style.top = `${Math.round(r.bottom)}px`; popup.style.minWidth = `${Math.round(r.width)}px`;
    highlight(Math.max(0, rows.findIndex((td) => td.item.value === selected && !filter)));
  }
  function highlight(i) {
    hi = i;
    rows.forEach((td, j) => td.classList.toggle('gwt-MenuItem-selected', j === i));
    if (rows[i]) menu.setAttribute('aria-activedescendant', rows[i].id); else menu.removeAttribute('aria-activedescendant');
  }
  function pick(it) {
    close();
    filter = '';
    roundTrip(() => {
      selected = it.value;
      input.value = captionOf(selected);
      onPick?.(it.value);
    });
  }
  const openList = () => { if (!active()) return; if (popup) { close(); return; } filter = ''; page = 0; roundTrip(show); };

  btn.addEventListener('mousedown', (e) => e.preventDefault());
  root.addEventListener('click', (e) => { if (e.target !== input || !textInput) openList(); });
  input.addEventListener('focus', () => root.classList.add('v-filterselect-focus'));
  input.addEventListener('blur', () => {
    root.classList.remove('v-filterselect-focus');
    // a typed text that was not picked falls back to the selected caption
    setTimeout(() => { if (!popup && document.activeElement !== input) { filter = ''; input.value = captionOf(selected); } }, 150);
  });
  // ComboBox filters on keyup (server-side filtering: a round trip per change)
  input.addEventListener('keyup', (e) => {
    if (!active() || !textInput || ['ArrowDown', 'ArrowUp', 'Enter', 'Escape', 'Tab', 'Shift'].includes(e.key)) return;
    if (input.value === filter) return;
    filter = input.value; page = 0;
    roundTrip(show);
  });
  input.addEventListener('keydown', (e) => {
    if (!active()) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!popup) { openList(); return; }
      highlight(Math.min(rows.length - 1, Math.max(0, hi + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter') {
      if (popup && rows[hi]) { e.preventDefault(); pick(rows[hi].item); }
    } else if (e.key === 'Escape') {
      if (popup) { e.preventDefault(); e.stopPropagation(); close(); filter = ''; input.value = captionOf(selected); }
    }
  });
  root.getValue = () => selected;
  return root;
}
