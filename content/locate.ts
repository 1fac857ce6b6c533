// Finding things the way a person does, like Testing Library's and Playwright's role queries: role +
// accessible name, inside a named region, a dialog, a table row or the main menu.
import type { Generation, Locator, Role, Target } from '../rules/types';
import { closestComposed, composedChildren, composedContains, composedParent, isDialogRole, isDisabled, isRendered, roleOf } from './dom';
import { accessibleName, visibleText, visibleTextWithout } from './name';
import { perPass } from './pass-memo';
import { fileItems, inScope, readPage, type PageIndex, type PageItem } from './page';
import { labelMatch, normalizeLabel } from '../shared/text';

export { OWN_ELEMENT } from './dom';

const FIELD_ROLES = new Set(['textbox', 'searchbox', 'spinbutton']);
const MENU_CONTAINERS = new Set(['navigation', 'menubar', 'menu', 'tree']);
const MENU_ENTRIES = new Set(['menuitem', 'menuitemcheckbox', 'menuitemradio', 'link', 'treeitem', 'button', 'listitem']);
/** Lists inside a menu entry: its sub-entries, not part of its own label. */
const NESTED = new Set(['list', 'menu', 'group', 'tree']);

/** A drop-down shown as a button (Vaadin Flow's select: `button "Kanal Servicekonto"`, aria-haspopup=listbox). */
export const isSelectButton = (item: PageItem) => item.role === 'button' && item.el.getAttribute('aria-haspopup') === 'listbox';

/** The role a field plays for a person: a text input inside a combobox widget (Vaadin 8) is the combobox. */
export function fieldRole(item: PageItem): string {
  if (isSelectButton(item)) return 'combobox';
  if (FIELD_ROLES.has(item.role)) {
    const parent = item.el.parentElement;
    return parent && roleOf(parent) === 'combobox' ? 'combobox' : 'textbox';
  }
  return item.role;
}

/** A menu entry's own label: its text without the entries nested in it. */
const textOutsideNested = visibleTextWithout((e) => NESTED.has(roleOf(e)));
export const ownLabel = perPass((el: Element) => normalizeLabel(textOutsideNested(el)));

/** Inside a menu container: asked for every item, so each ancestor's answer is shared. */
export const inMenu: (el: Element) => boolean = perPass((el: Element) => {
  if (MENU_CONTAINERS.has(roleOf(el))) return true;
  const parent = composedParent(el);
  return !!parent && inMenu(parent);
});

/** Inside the main menu. A page that marks no menu as such (no navigation, menubar, menu or tree) sets no such
 *  limit: its entries are found by their names alone. */
export const inMainMenu = (index: PageIndex) => (index.items.some((i) => MENU_CONTAINERS.has(i.role)) ? inMenu : () => true);

/** The name a target is matched by, for its role. */
function nameFor(item: PageItem, role: Role): string {
  if (role === 'menuitem') return ownLabel(item.el);
  if (role === 'row') return '';
  return accessibleName(item.el);
}

/** The cells of a table row (header cells included). */
export const cellElements = (row: Element) =>
  Array.from(composedChildren(row)).filter((c): c is Element => c instanceof Element && /cell|header/.test(roleOf(c)));

/** Cells of a table row, each as a person reads it. */
export const cellsOf = (row: Element) => cellElements(row).map((c) => visibleText(c));

/** A row of column headers (a table's or grid's header), not a record. */
export const isHeaderRow = (row: Element) => Array.from(composedChildren(row)).some((c) => c instanceof Element && roleOf(c) === 'columnheader');

function rowMatch(row: Element, wanted: string | RegExp): number {
  return Math.max(0, ...cellsOf(row).map((cell) => labelMatch(cell, wanted)));
}

/** Open (expanded) already: a click on it would only close it again. Vaadin 8 says so nowhere but on screen:
 *  its open submenu (`role=menu`) hangs right below the entry. */
function isExpanded(el: Element, menus: DOMRect[]): boolean {
  if (el.getAttribute('aria-expanded') === 'true' || el.hasAttribute('expanded')) return true;
  if (opensGroup(el) && menus.length) {
    const box = el.getBoundingClientRect();
    if (menus.some((m) => Math.abs(m.top - box.bottom) < 12 && m.left < box.right && m.right > box.left)) return true;
  }
  let open = false;
  visitOwn(el, (e) => { if (e.getAttribute('aria-expanded') === 'true') open = true; });
  return open;
}

function visitOwn(el: Element, fn: (e: Element) => void): void {
  for (const kid of Array.from(composedChildren(el))) {
    if (!(kid instanceof Element) || NESTED.has(roleOf(kid))) continue;
    fn(kid);
    visitOwn(kid, fn);
  }
}

/** The texts of `parent`'s flat tree before `node`, in reading order; other controls' texts left out, except a
 *  disclosure's summary (`vaadin-details`, <details>), which titles what follows it. */
function textsBefore(parent: Element, node: Element): string[] {
  const texts: string[] = [];
  let reached = false;
  const scan = (n: Node) => {
    for (const kid of Array.from(composedChildren(n))) {
      if (reached) return;
      if (kid === node) { reached = true; return; }
      if (kid.nodeType === Node.TEXT_NODE) { if (kid.textContent?.trim()) texts.push(kid.textContent); continue; }
      if (!(kid instanceof Element)) continue;
      const role = roleOf(kid);
      if ((role === 'button' || role === 'link') && !kid.hasAttribute('aria-expanded')) continue;
      scan(kid);
    }
  };
  scan(parent);
  return texts;
}

/** Inside the region titled `region` (e.g. `Verwalten`): a named container, or the title text before it. */
function inRegion(el: Element, region: string): boolean {
  const titled = (text: string) => labelMatch(text, region) === 2;
  for (let node: Element | null = el, depth = 0; node && depth < 7; depth++) {
    const parent = closestComposed(node, (e) => e !== node);
    if (!parent) return false;
    if (['region', 'group', 'dialog', 'form', 'tabpanel'].includes(roleOf(parent)) && titled(accessibleName(parent))) return true;
    if (textsBefore(parent, node).some(titled)) return true;
    node = parent;
  }
  return false;
}

/** The caption of a field that has no accessible name: the nearest text before it (a label not tied to it). */
export function captionBefore(el: Element): string {
  for (let node: Element | null = el, depth = 0; node && depth < 3; depth++) {
    const parent = closestComposed(node, (e) => e !== node);
    if (!parent) break;
    const texts = textsBefore(parent, node);
    if (texts.length) return normalizeLabel(texts[texts.length - 1]);
    node = parent;
  }
  return '';
}

/** The icon a button shows when it has no text: a Vaadin icon name (`lumo:cross`) or an icon-font code point. */
function iconOf(el: Element): string | null {
  let icon: string | null = null;
  visitOwn(el, (e) => { icon ??= e.getAttribute('icon'); });
  if (icon) return icon;
  const glyph = /[\uE000-\uF8FF]/.exec(el.textContent ?? '');
  return glyph ? glyph[0] : null;
}

function matchesScope(item: PageItem, target: Target, menu: (el: Element) => boolean): boolean {
  const el = item.el;
  if (target.menu && !menu(el)) return false;
  if (target.dialog) {
    const dialog = closestComposed(el, (e) => isDialogRole(roleOf(e)));
    if (!dialog || !target.dialog.test(accessibleName(dialog))) return false;
  }
  if (target.row) {
    const row = closestComposed(el, (e) => roleOf(e) === 'row', 12);
    if (!row || !rowMatch(row, target.row)) return false;
  }
  return !target.region || inRegion(el, target.region);
}

/** Page items that may be the target's role. */
function candidates(index: PageIndex, role: Role, menu: (el: Element) => boolean): PageItem[] {
  const usable = index.items.filter((item) => inScope(index, item));
  switch (role) {
    case 'menuitem': return usable.filter((item) => MENU_ENTRIES.has(item.role) && menu(item.el));
    case 'row': return usable.filter((item) => item.role === 'row' && !isHeaderRow(item.el));
    case 'textbox': case 'combobox': return usable.filter((item) => fieldRole(item) === role);
    case 'button': return usable.filter((item) => item.role === 'button' && !isSelectButton(item));
    case 'file': return fileItems(index);
    default: return usable.filter((item) => item.role === role);
  }
}

/** A hidden file input is shown to people as its label. */
function visibleStandIn(el: Element): Element | null {
  if (isRendered(el)) return el;
  const label = el instanceof HTMLInputElement && el.labels?.[0];
  return label && isRendered(label) ? label : null;
}

export interface Found {
  element: Element;
  target: Target;
  disabled: boolean;
}

/** A menu group rather than an entry (Vaadin 8 writes `aria-haspopup="false"` on entries). */
const opensGroup = (el: Element) => !!el.getAttribute('aria-haspopup') && el.getAttribute('aria-haspopup') !== 'false';

/** Scored matches of one target alternative: 2 exact, 1 by the visible part of a cut-off label. */
function matches(index: PageIndex, target: Target): { item: PageItem; score: number }[] {
  const found: { item: PageItem; score: number }[] = [];
  const menu = inMainMenu(index);
  const menus = target.menu ? index.items.filter((i) => i.role === 'menu' && isRendered(i.el)).map((i) => i.el.getBoundingClientRect()) : [];
  for (const item of candidates(index, target.role, menu)) {
    let score: number;
    if (target.role === 'row') score = rowMatch(item.el, target.name);
    else if (target.icon && !nameFor(item, target.role)) score = target.icon.includes(iconOf(item.el) ?? '') ? 2 : 0;
    else score = labelMatch(nameFor(item, target.role), target.name);
    if (!score || !matchesScope(item, target, menu)) continue;
    // A menu group that is open already is no target: its entry is missing, a click would only close it.
    if (target.menu && isExpanded(item.el, menus)) continue;
    found.push({ item, score });
  }
  return found;
}

/** The first visible element that one of the alternatives (for this generation) describes. */
export function findTarget(locator: Locator, generation: Generation | null, index: PageIndex = readPage()): Found | null {
  for (const target of locator) {
    if (target.ui && generation && target.ui !== generation) continue;
    const all = matches(index, target);
    const best = Math.max(0, ...all.map((m) => m.score));
    const els = all.filter((m) => m.score === best).map((m) => m.item.el);
    // Prefer the innermost match (a menu entry's host also holds its link), and an entry over a group.
    const innermost = els
      .filter((el) => !els.some((other) => other !== el && composedContains(el, other)))
      .sort((a, b) => Number(opensGroup(a)) - Number(opensGroup(b)));
    for (const el of innermost) {
      // A row is shown to people by its cells: the one that names it is the place to click (the row's
      // middle may lie under a drawer).
      const cell = target.role === 'row' ? cellElements(el).find((c) => labelMatch(visibleText(c), target.name) === best) : null;
      const shown = visibleStandIn(cell ?? el);
      if (shown) return { element: shown, target, disabled: isDisabled(el) };
    }
  }
  return null;
}

/** Some element on the page fits this alternative, shown or not (a Diagnose tells "hidden" from "missing"). */
export const anyMatch = (target: Target, index: PageIndex) => matches(index, target).length > 0;
