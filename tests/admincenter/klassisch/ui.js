// AdminCenter building blocks made of Vaadin widgets: page title, drawer header, version box, Mandant chip,
// filter field, button grids. Styles are Valo-like style names (`h1`, `primary`, own `ac-…` names).
import { tenant, route, go } from '../store.js';
import { h, FA, label, inlineIcon, button, hlayout, vlayout, cssLayout, textField } from './vaadin.js';
import { roundTrip, notify } from './server.js';
import { v7Table } from './table.js';

export const SAVED = 'Die Änderungen wurden gespeichert.';
/** Notice for buttons whose target the practice environment does not reproduce. */
export const NA_TEXT = 'Dieser Bereich ist in der Übungsumgebung nicht nachgebildet.';
export const notAvailable = () => notify(NA_TEXT);

/** Page title: round `?` icon, then the title as a Valo h1 label (a div, not an <h1>). */
export const pageTitle = (title, extra = []) =>
  hlayout([{ w: label(inlineIcon(FA.QUESTION_CIRCLE), ['ac-help'], { undefW: true }), align: 'middle-left' }, label(title, ['h1'], { undefW: true }), ...extra.map((w) => ({ w, align: 'middle-left' }))], { styles: ['ac-pagetitle'] });

/** Version box: `Nicht veröffentlicht`, grey working version (< 1), green published (>= 1). */
export function versionBox(version, prefix = '') {
  if (!version) return label('Nicht veröffentlicht', ['ac-version', 'ac-version-none'], { undefW: true });
  const published = Number.parseFloat(version) >= 1;
  return label(prefix + version, ['ac-version', published ? 'ac-version-published' : 'ac-version-working'], { undefW: true });
}
export const mandantChip = () => label(tenant().name, ['ac-chip'], { undefW: true });

/** Closes the drawer: back to the list of the current view (Navigator state without the record). */
export const closeDrawer = () => go(route().view);

/** Dark drawer header: icon-only `→` button, title (h2 label), version box, Mandant chip and `?`. */
export function drawerHead(title, { badge = null, arrow = true, chip = mandantChip() } = {}) {
  const right = headRight(badge, chip);
  return hlayout([
    arrow ? button('', closeDrawer, { icon: FA.ARROW_RIGHT, styles: ['icon-only', 'ac-arrow'] }) : null,
    { w: label(title, ['h2', 'ac-drawer-title']), expand: true },
    right,
  ], { styles: ['ac-drawer-head'] });
}

/** Right part of the dark header: version box + list icon, Mandant chip + `?`. */
const headRight = (badge, chip) => vlayout([
  hlayout([badge, badge ? label(inlineIcon(FA.BARS), ['ac-list'], { undefW: true }) : null], { styles: ['ac-head-row'] }),
  hlayout([chip, label(inlineIcon(FA.QUESTION_CIRCLE), ['ac-help-round'], { undefW: true })], { styles: ['ac-head-row'] }),
], { styles: ['ac-head-right'] });
/**
 * Side-sheet windows show the record name as the Window caption; version box and chip are the first content
 * row, which the theme draws up into the dark window header.
 */
export const sheetMeta = (badge, chip = mandantChip()) => hlayout([headRight(badge, chip)], { styles: ['ac-sheet-meta'] });

/** The Verwalten / Bearbeiten button grids. */
export const buttonGrid = (buttons) => cssLayout(buttons, ['ac-buttons']);
/** Abbrechen / Speichern row, right-aligned. */
export const footer = (buttons, styles = []) => hlayout(buttons, { styles: ['ac-footer', ...styles] });

/**
 * Filter field (TextField with the FILTER icon in its caption, Valo `inline-icon`) above a list. Its text goes to
 * the server lazily (400 ms after typing stops, TextChangeEventMode.LAZY), the answer refilters the list.
 */
export function filterField(value, onFilter, { placeholder = 'Tabelle filtern', styles = [] } = {}) {
  const tf = textField({ value, placeholder, styles: ['inline-icon', 'small', ...styles] });
  let t = 0;
  tf.addEventListener('input', () => { clearTimeout(t); t = setTimeout(() => { const v = tf.value; roundTrip(() => onFilter(v)); }, 250); });
  tf.addEventListener('change', () => { clearTimeout(t); const v = tf.value; roundTrip(() => onFilter(v)); });
  return vlayout([{ w: tf, icon: FA.FILTER }], { spacing: false, styles: ['ac-filter', ...styles] });
}

/** Version table of a record (v7 Table, as in the editors' sidebar). */
export const versionTable = (versions, pageLength = 4) => v7Table([
  { caption: 'gespeichert am', value: (v) => v.datum },
  { caption: 'Version', value: (v) => v.version },
  { caption: 'Art d. S.', value: (v) => v.art },
], { rows: versions, pageLength });

/** Drawer body wrapper. */
export const drawerBody = (children) => vlayout(children, { margin: true, styles: ['ac-drawer-body'] });

/** Marks Abbrechen/Speichern enabled once a field changed (a value change listener on the server). */
export function dirtyTracking(container, buttons) {
  let dirty = false;
  const on = () => { if (dirty) return; dirty = true; roundTrip(() => buttons.forEach((b) => { b.classList.remove('v-disabled'); b.removeAttribute('aria-disabled'); b.tabIndex = 0; })); };
  container.addEventListener('input', on);
  container.addEventListener('change', on);
}

/** Facet column of the list pages (filter, reset ×, facet buttons). */
export function facets(names) {
  return vlayout([
    hlayout([filterField('', () => {}, { placeholder: 'Facetten filtern', styles: ['ac-facet-filter'] }), button('', () => {}, { icon: FA.TIMES, styles: ['small', 'icon-only', 'ac-times'] })], { styles: ['ac-facet-head'] }),
    ...names.map((n) => button(n, notAvailable, { icon: FA.PLUS_SQUARE_O, styles: ['small', 'ac-facet'] })),
  ], { styles: ['ac-facets'] });
}

export { h };
