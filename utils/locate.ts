// Finding things the way a person does: role + accessible name, a named region, a dialog title,
// the main menu. Open shadow roots are pierced; invisible elements are ignored.
import type { Generation, Locator, Role, Target } from '../rules/types';
import { labelMatches, normalizeLabel, normalizeText } from './text';

/** The extension's own UI element: never a target and never read as page content. */
export const OWN_ELEMENT = 'admincenter-wegweiser';

const TEXT_FIELDS = 'input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=url], input[type=search], input[type=number], input[type=password], textarea, [contenteditable=""], [contenteditable=true], [role=textbox]';

const ROLE_SELECTORS: Record<Role, string> = {
  button: 'button, [role=button], input[type=button], input[type=submit], input[type=reset]',
  link: 'a[href], [role=link]',
  // Menu entries are links, buttons or list items, depending on the UI generation.
  menuitem: 'a, button, [role=menuitem], [role=treeitem], [role=link], [role=button], li',
  tab: '[role=tab]',
  row: 'tr, [role=row]',
  textbox: TEXT_FIELDS,
  combobox: 'select, [role=combobox]',
  checkbox: 'input[type=checkbox], [role=checkbox]',
  radio: 'input[type=radio], [role=radio]',
  file: 'input[type=file]',
};

const MENU_CONTAINERS = 'nav, [role=navigation], [role=menubar], [role=menu], aside';
const DIALOGS = '[role=dialog], [role=alertdialog], dialog';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role=heading], legend, caption';

// Open shadow roots, found incrementally: a walk over a page with thousands of rows costs tens of
// milliseconds, so the whole page is walked once and afterwards only what was added (see utils/observe.ts).
const hosts = new Set<Element>();
/** Custom elements seen before they had a shadow root (upgraded later): checked again each time. */
const waiting = new Set<Element>();
let pending: Node[] | null = null;

// Table bodies are skipped: list rows hold text, not custom widgets, and there may be thousands.
export const skipTableBodies = { acceptNode: (node: Node) => ((node as Element).localName === 'tbody' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) };

function scan(root: Node): void {
  if (root instanceof Element && root.closest('tbody')) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, skipTableBodies);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if (el.localName === OWN_ELEMENT) continue;
    if (el.shadowRoot) {
      hosts.add(el);
      scan(el.shadowRoot);
    } else if (el.localName.includes('-')) waiting.add(el);
  }
}

/** Where the page added nodes since the last look (from the MutationObserver's records). */
export function noteAdded(record: MutationRecord): void {
  // Many nodes under one parent (a list rendered): look at the parent once, natively, not node by node.
  const nodes = record.addedNodes.length > 50 ? [record.target] : record.addedNodes;
  for (const node of nodes) {
    if (pending) pending.push(node);
    if (indexed) added.push(node);
  }
}

/** Every open shadow root in the page except our own (custom elements may hold visible text). */
export function shadowRoots(): ShadowRoot[] {
  if (!pending) {
    pending = [];
    scan(document);
  }
  for (const node of pending.splice(0)) {
    if (!(node instanceof Element) || !node.isConnected) continue;
    if (node.shadowRoot && node.localName !== OWN_ELEMENT) hosts.add(node);
    scan(node);
  }
  for (const el of waiting) {
    if (!el.isConnected) waiting.delete(el);
    else if (el.shadowRoot) { waiting.delete(el); hosts.add(el); }
  }
  const roots: ShadowRoot[] = [];
  for (const host of hosts) {
    if (!host.isConnected || !host.shadowRoot) { hosts.delete(host); continue; }
    roots.push(host.shadowRoot);
    // Inside shadow roots nothing is observed: look again, they are small.
    scan(host.shadowRoot);
  }
  return roots;
}

/** querySelectorAll over the document and every open shadow root (a full walk: not on every pass). */
export function queryAllDeep(selector: string, roots: (Document | ShadowRoot)[] = [document, ...shadowRoots()]): Element[] {
  return roots.flatMap((root) => [...root.querySelectorAll(selector)]);
}

// Everything a pass may ask about (controls, headings, dialogs, tables, tabs), indexed as it is added:
// each querySelectorAll over a page with a 5,000-row list costs milliseconds, a look into the index does not.
// A short list of plain tag and attribute selectors (a superset of every role selector above): matching
// a long selector list against 25,000 list cells costs tens of milliseconds, this costs a few.
const INDEXED = 'a, button, input, textarea, select, label, li, table, h1, h2, h3, h4, h5, h6, legend, caption, dialog, [role], [contenteditable]';
let indexed: Set<Element> | null = null;
const added: Node[] = [];

/** Rows of a list this long are not indexed: they hold data, and every look would cost milliseconds. */
const LONG_LIST = 500;
const isLongList = (el: Element) => el.localName === 'tbody' && (el as HTMLTableSectionElement).rows.length > LONG_LIST;

function holdsLongList(node: Element): boolean {
  for (const b of node.getElementsByTagName('tbody')) if (isLongList(b)) return true;
  return false;
}

const skipLongLists = { acceptNode: (node: Node) => (isLongList(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) };

function indexSubtree(node: Node): void {
  if (!(node instanceof Element) || !node.isConnected || !indexed) return;
  const body = node.closest('tbody');
  if (body && isLongList(body)) return;
  if (node.matches(INDEXED)) indexed.add(node);
  if (!holdsLongList(node)) {
    for (const el of node.querySelectorAll(INDEXED)) indexed.add(el);
    return;
  }
  // Around a long list: one walk past its rows (asking each child about long lists would walk them again).
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT, skipLongLists);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if (el.matches(INDEXED)) indexed.add(el);
  }
}

const inDocumentOrder = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);

/** The indexed elements of the light DOM in document order, brought up to date with what was added. */
let ordered: Element[] = [];
/** <label for> by id, from the index (`.labels` walks the whole document, every time the page changed). */
let labelsById: Map<string, Element[]> | null = null;
function lightElements(): Element[] {
  if (!indexed) {
    indexed = new Set(document.querySelectorAll(INDEXED));
    ordered = [...indexed];
    labelsById = null;
  }
  const grew = added.length > 0;
  for (const node of added.splice(0)) indexSubtree(node);
  const gone = ordered.some((el) => !el.isConnected);
  if (grew || gone) {
    for (const el of indexed) if (!el.isConnected) indexed.delete(el);
    ordered = [...indexed].sort(inDocumentOrder);
    labelsById = null;
  }
  return ordered;
}

/** The indexed elements of the page in document order, then those inside open shadow roots. */
export function pageElements(): Element[] {
  const light = lightElements();
  // Shadow roots are small and not observed: read them whole.
  return [...light, ...shadowRoots().flatMap((root) => [...root.querySelectorAll(INDEXED)])];
}

const LABELABLE = 'input:not([type=hidden]), select, textarea, button, meter, output, progress';

/** The labels of a form field, as `.labels` gives them: <label for=id> and a wrapping <label>. */
function labelsOf(el: Element): Element[] {
  const found: Element[] = [];
  if (!el.matches(LABELABLE)) return found;
  const root = el.getRootNode();
  if (el.id && root === document) {
    if (!labelsById) {
      labelsById = new Map();
      for (const label of lightElements()) {
        const id = label.localName === 'label' && (label as HTMLLabelElement).htmlFor;
        if (id) labelsById.set(id, [...(labelsById.get(id) ?? []), label]);
      }
    }
    found.push(...(labelsById.get(el.id)?.filter((label) => label.isConnected && (label as HTMLLabelElement).htmlFor === el.id) ?? []));
  } else if (el.id && root instanceof ShadowRoot) {
    found.push(...[...root.querySelectorAll('label[for]')].filter((label) => (label as HTMLLabelElement).htmlFor === el.id));
  }
  const wrapping = el.parentElement?.closest('label');
  if (wrapping && !found.includes(wrapping) && (!wrapping.htmlFor || wrapping.htmlFor === el.id)) found.push(wrapping);
  return found;
}

/** The page elements matching `selector` (from the index). */
export const pick = (elements: Element[], selector: string) => elements.filter((el) => el.matches(selector));

export function isVisible(el: Element): boolean {
  if (el.closest(OWN_ELEMENT)) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) !== 0;
}

export function isDisabled(el: Element): boolean {
  return el.matches(':disabled') || el.closest('[aria-disabled=true]') !== null;
}

const isField = (el: Element) => el.matches(`${TEXT_FIELDS}, select, input, [role=combobox], [role=checkbox], [role=radio]`);

function textOfIds(el: Element, ids: string): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  return ids.split(/\s+/).map((id) => root.getElementById?.(id)?.textContent ?? '').join(' ');
}

/** Visible caption of a form field: <label for>, a wrapping label, or the text just before it. */
function fieldLabel(el: Element): string {
  const labels = labelsOf(el);
  if (labels.length) return labels.map((l) => l.textContent).join(' ');
  let node: Element | null = el;
  for (let depth = 0; depth < 3 && node?.parentElement; depth++) {
    node = node.parentElement;
    const caption = [...node.querySelectorAll('label, legend, th, dt, span, div, p, strong, b')].find(
      (c) => !c.contains(el) && !c.querySelector('input, select, textarea, button') &&
        c.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && normalizeText(c.textContent ?? ''),
    );
    if (caption) return caption.textContent ?? '';
  }
  return el.getAttribute('placeholder') ?? el.getAttribute('title') ?? '';
}

export function accessibleName(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return normalizeText(aria);
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) return normalizeText(textOfIds(el, labelledBy));
  if (el.matches('input[type=button], input[type=submit], input[type=reset]')) return normalizeText((el as HTMLInputElement).value);
  if (isField(el)) return normalizeText(fieldLabel(el));
  return normalizeText(el.textContent || el.getAttribute('title') || '');
}

/** Title of a dialog: aria-labelledby, aria-label, or its first heading. */
export function dialogTitle(dialog: Element): string {
  const by = dialog.getAttribute('aria-labelledby');
  if (by) return normalizeText(textOfIds(dialog, by));
  const label = dialog.getAttribute('aria-label');
  if (label) return normalizeText(label);
  return normalizeText(dialog.querySelector(HEADINGS)?.textContent ?? '');
}

/** Inside the region whose title (a heading or a short caption) reads `region`, e.g. `Verwalten`. */
function inRegion(el: Element, region: string): boolean {
  let node: Element | null = el;
  for (let depth = 0; depth < 6 && node?.parentElement; depth++) {
    node = node.parentElement;
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const holder = text.parentElement;
      if (!holder || holder === el || el.contains(holder) || holder.closest('button, a, [role=button]')) continue;
      if (!(holder.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
      if (normalizeLabel(text.nodeValue ?? '') === normalizeLabel(region)) return true;
    }
  }
  return false;
}

function nameMatches(el: Element, target: Target): boolean {
  if (target.role === 'row') {
    return [...el.children].some((cell) => labelMatches(cell.textContent ?? '', target.name));
  }
  return labelMatches(accessibleName(el), target.name);
}

function matchesScope(el: Element, target: Target): boolean {
  if (target.menu && !el.closest(MENU_CONTAINERS)) return false;
  if (target.dialog) {
    const dialog = el.closest(DIALOGS);
    if (!dialog || !target.dialog.test(dialogTitle(dialog))) return false;
  }
  return !target.region || inRegion(el, target.region);
}

/** A hidden file input is shown to people as its label or the button next to it. */
function visibleStandIn(el: Element): Element | null {
  if (isVisible(el)) return el;
  const label = labelsOf(el)[0];
  if (label && isVisible(label)) return label;
  return null;
}

const opensGroup = (el: Element) => el.hasAttribute('aria-haspopup') || el.hasAttribute('aria-expanded');

export interface Found {
  element: Element;
  target: Target;
  disabled: boolean;
}

/** The first visible element that one of the alternatives (for this generation) describes. */
export function findTarget(locator: Locator, generation: Generation | null, elements = pageElements()): Found | null {
  for (const target of locator) {
    if (target.ui && generation && target.ui !== generation) continue;
    // Rows are not indexed (thousands of them): only a row target walks the tables.
    const all = target.role === 'row' ? queryAllDeep(ROLE_SELECTORS.row) : pick(elements, ROLE_SELECTORS[target.role]);
    const candidates = all.filter(
      (el) => !el.closest(OWN_ELEMENT) && nameMatches(el, target) && matchesScope(el, target) &&
        // A menu group that is open already is no target: its entry is missing, a click would only close it.
        !(target.menu && el.getAttribute('aria-expanded') === 'true'),
    );
    // Prefer the innermost match (a menu <li> also contains its <a>), and an entry over a group of the same name.
    const innermost = candidates
      .filter((el) => !candidates.some((other) => other !== el && el.contains(other)))
      .sort((a, b) => Number(opensGroup(a)) - Number(opensGroup(b)));
    for (const el of innermost) {
      const shown = visibleStandIn(el);
      if (shown) return { element: shown, target, disabled: isDisabled(el) };
    }
  }
  return null;
}
