// Reads what a person sees on the AdminCenter page into plain data for the rules, from roles and
// accessible names (content/page.ts). Besides locating targets, this is the only code that reads the page.
import { MENU_LABELS, detectGeneration, type MenuEntry } from '../rules/generation';
import type { Snapshot, SnapshotTable } from '../rules/types';
import { closestComposed, composedContains, isDialogRole, isDisabled, isRendered, roleOf } from './dom';
import { captionBefore, cellElements, cellsOf, fieldRole, inMainMenu, isHeaderRow, isSelectButton, ownLabel } from './locate';
import { accessibleName, byIds, controlValue, visibleText } from './name';
import { fileItems, inScope, readPage, type PageIndex, type PageItem } from './page';
import { normalizeLabel, normalizeText } from '../shared/text';

export { DEV_BANNER_TEXT } from './page';
/** Version badge: `13.1`, `Version 1.0`, `Ergänzung 0.1`, `Nicht veröffentlicht`. */
export const VERSION_PATTERN = /^(?:(?:Version|Ergänzung) )?\d+\.\d+$|^Nicht veröffentlicht$/;
const MAX_ROWS = 40;
const TABLES = new Set(['table', 'grid', 'treegrid']);

const shown = (items: PageItem[]) => items.filter((item) => isRendered(item.el));

/** A column as a person reads its header: its text (Flow names sortable headers "Sort by <Name>"). */
export const headerLabel = (cell: Element) => normalizeLabel(visibleText(cell) || accessibleName(cell).replace(/^Sort by /, ''));

/** Tables and grids with their header and first rows in visual order (grids render and recycle rows lazily). */
function readTables(usable: PageItem[]): SnapshotTable[] {
  const rowsOf = new Map<Element, Element[]>();
  const tables = usable.filter((item) => TABLES.has(item.role));
  for (const item of usable) {
    // Vaadin 8's grid gives its header rows the role `rowheader`.
    if (item.role !== 'row' && !(item.role === 'rowheader' && isHeaderRow(item.el))) continue;
    const table = closestComposed(item.el, (e) => TABLES.has(roleOf(e)));
    if (table) rowsOf.set(table, [...(rowsOf.get(table) ?? []), item.el]);
  }
  const out: SnapshotTable[] = [];
  let previous: { el: Element; rows: Element[] } | null = null;
  for (const { el } of tables) {
    const rows = rowsOf.get(el) ?? [];
    const head = rows.find(isHeaderRow);
    let headers = head ? cellElements(head).map(headerLabel) : [];
    // Vaadin 7's table draws its header as a table of its own, right before the body's table.
    if (!head && previous && previous.rows.length === 1 && sharesWidget(previous.el, el)) {
      headers = cellsOf(previous.rows[0]).map(normalizeLabel);
      out.pop();
    }
    const body = rows.filter((row) => row !== head && isRendered(row))
      .map((row, i) => ({ row, at: Number(row.getAttribute('aria-rowindex')) || row.getBoundingClientRect().top || i }))
      .sort((a, b) => a.at - b.at);
    // Read in visual order up to MAX_ROWS; a row without any text (a grid row still loading) is nothing a person can read yet.
    const ordered: string[][] = [];
    for (const { row } of body) {
      if (ordered.length === MAX_ROWS) break;
      const cells = cellsOf(row);
      if (cells.some(Boolean)) ordered.push(cells);
    }
    if (isRendered(el)) out.push({ headers, rows: ordered });
    previous = { el, rows };
  }
  return out;
}

/** Two tables of one widget: a common ancestor at most four levels up. */
function sharesWidget(a: Element, b: Element): boolean {
  for (let n: Element | null = a.parentElement, d = 0; n && d < 4; n = n.parentElement, d++) if (n.contains(b)) return true;
  return false;
}

/** A field's label and value as a person reads them. */
function readField(item: PageItem): { label: string; value: string } {
  const el = item.el;
  if (isSelectButton(item)) {
    // Flow's select is labelled by its label and its value: "Mandant Freiberg".
    const [label] = byIds(el, 'aria-labelledby');
    const value = visibleText(el);
    const name = label ? visibleText(label) : accessibleName(el).replace(value, '');
    return { label: normalizeLabel(name), value };
  }
  if (el instanceof HTMLInputElement && el.type === 'file') return { label: normalizeLabel(accessibleName(el)), value: [...(el.files ?? [])].map((f) => f.name).join(', ') };
  return { label: normalizeLabel(accessibleName(el)) || captionBefore(el), value: normalizeText(controlValue(el)) };
}

const isField = (item: PageItem) => {
  const role = fieldRole(item);
  // A combobox widget holding a text input is read through that input.
  return (role === 'textbox' || role === 'combobox') && !(item.role === 'combobox' && item.el.querySelector('input'));
};

/** Read-only values shown under a caption, as a person reads a form: "Name: wartungsmodus" in Vaadin 8's parameter
 *  dialog is a Label its FormLayout caption names (read as a field: its name and text). Only text: a widget holding
 *  controls is read through those. */
const shownValues = (index: PageIndex) => index.captioned.filter((item) => inScope(index, item) && !item.el.querySelector('[role], input, textarea, select, button'));

/** The current Mandant: the value of the field labelled `Mandant` (an input's value, a drop-down's text). */
function readTenant(index: PageIndex): string | null {
  for (const item of index.items) {
    if (!isField(item) || !isRendered(item.el)) continue;
    const { label, value } = readField(item);
    if (/^Mandant$/i.test(label)) return value || null;
  }
  return null;
}

function readVersion(index: PageIndex): string | null {
  const badges = index.badges.filter((el) => !index.modal || composedContains(index.modal, el));
  for (const el of badges.length ? badges : index.badges) {
    for (const holder of [el, el.parentElement]) {
      const text = holder && visibleText(holder);
      if (text && VERSION_PATTERN.test(text) && isRendered(holder)) return text;
    }
  }
  return null;
}

/** The magenta banner of the development system belongs to the page, not to a view: once the AdminCenter has
 *  drawn its menu, the answer holds until the page reloads. */
let banner: boolean | null = null;

const MENU_ROLES = new Set(['menuitem', 'link', 'treeitem', 'listitem', 'button']);
const MENU_KEYS = new Set(MENU_LABELS.map((l) => l.toLowerCase()));

/** The UI generation from the main menu's entries as a person sees them. Every entry's label costs a walk over
 *  its subtree, so entries are read in reading order only until `Neuigkeiten` and `Zuständigkeitsfinder` (the
 *  first entries in both generations) tell it by their places; the rest only when they do not. */
function readGeneration(index: PageIndex) {
  const inMenu = inMainMenu(index);
  const entries: MenuEntry[] = [];
  for (const { el, role } of index.items) {
    if (!MENU_ROLES.has(role) || !inMenu(el) || !isRendered(el)) continue;
    const label = ownLabel(el);
    if (!MENU_KEYS.has(label.toLowerCase())) continue;
    const rect = el.getBoundingClientRect();
    entries.push({ label, left: rect.left, top: rect.top });
    const placed = entries.some((e) => e.label.toLowerCase() === 'neuigkeiten') && entries.some((e) => e.label.toLowerCase() === 'zuständigkeitsfinder');
    const told = placed && detectGeneration(entries);
    if (told) return told;
  }
  return detectGeneration(entries);
}

export function readSnapshot(index: PageIndex = readPage()): Snapshot {
  const usable = index.items.filter((item) => inScope(index, item));
  const generation = readGeneration(index);
  const buttons = shown(usable.filter((item) => item.role === 'button' && !isSelectButton(item)))
    .map(({ el }) => ({ label: normalizeLabel(accessibleName(el)), disabled: isDisabled(el) }))
    .filter((b) => b.label);
  const dialogs = shown(index.items.filter((item) => isDialogRole(item.role)))
    .map(({ el }) => accessibleName(el));
  const headings = index.titles.filter(isRendered).map((el) => (roleOf(el) === 'heading' && accessibleName(el)) || visibleText(el)).filter(Boolean);
  let tables: SnapshotTable[] | undefined;
  const seenBanner = index.devText;
  if (banner === null && (seenBanner || generation)) banner = seenBanner;
  return {
    generation,
    devBanner: banner ?? seenBanner,
    loginForm: index.inputs.some((i) => i.type === 'password' && isRendered(i)) && buttons.some((b) => b.label === 'Anmelden'),
    tenant: readTenant(index),
    headings: [...new Set([...headings, ...dialogs])],
    dialogs,
    tabs: shown(usable.filter((item) => item.role === 'tab'))
      .map(({ el }) => ({ label: normalizeText(accessibleName(el)), selected: el.getAttribute('aria-selected') === 'true' })),
    buttons,
    // Read when a rule first asks: most views are told apart without their lists.
    get tables() {
      return (tables ??= readTables(usable));
    },
    fields: shown([...usable.filter(isField), ...fileItems(index), ...shownValues(index)]).slice(0, 60).map(readField),
    notices: shown(index.items.filter((item) => item.role === 'alert' || item.role === 'status'))
      .map(({ el }) => visibleText(el)).filter(Boolean),
    version: readVersion(index),
    files: [
      ...index.inputs.filter((i) => i.type === 'file').flatMap((i) => [...(i.files ?? [])].map((f) => f.name)),
      // Flow's upload shows a chosen file's name in its file entry's shadow root.
      ...index.uploads.filter(isRendered).map((el) => visibleText(el.shadowRoot?.querySelector('[part=name]') ?? el)),
    ].filter(Boolean),
    hash: location.hash,
  };
}
