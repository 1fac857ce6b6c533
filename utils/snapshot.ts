// Reads what a person sees on the AdminCenter page into plain data for the rules.
// Besides locating targets, this is the only code that reads the page.
import { MENU_LABELS, detectGeneration } from '../rules/generation';
import type { Snapshot, SnapshotTable } from '../rules/types';
import { accessibleName, dialogTitle, isDisabled, isVisible, pageElements, pick, shadowRoots, skipTableBodies } from './locate';
import { normalizeLabel, normalizeText } from './text';

export const DEV_BANNER_TEXT = 'Sie befinden sich im AdminCenter der Entwicklungsumgebung.';
/** Version badge: `13.1`, `Version 1.0`, `Ergänzung 0.1`, `Nicht veröffentlicht`. */
export const VERSION_PATTERN = /^(?:(?:Version|Ergänzung) )?\d+\.\d+$|^Nicht veröffentlicht$/;
const MAX_ROWS = 40;

const visibleText = (els: Element[]) => els.map((el) => normalizeText(el.textContent ?? '')).filter(Boolean);

/** Up to 2 × MAX_ROWS body rows, without touching the rest of a long list. */
function firstRows(table: Element): Element[] {
  if (!(table instanceof HTMLTableElement)) return [...table.querySelectorAll('[role=row]')].slice(0, MAX_ROWS * 2);
  const rows: Element[] = [];
  for (const body of table.tBodies) {
    for (let i = 0; i < body.rows.length && rows.length < MAX_ROWS * 2; i++) rows.push(body.rows[i]);
  }
  return rows;
}

function readTables(els: Element[]): SnapshotTable[] {
  return pick(els, 'table, [role=table], [role=grid]').filter(isVisible).map((table) => {
    // The header row only, not a walk through the whole table.
    const head = table instanceof HTMLTableElement && table.tHead ? table.tHead.querySelectorAll('th, td') : table.querySelectorAll('th, [role=columnheader]');
    const headers = [...head].map((th) => normalizeLabel(th.textContent ?? ''));
    // Only the first rows: a list of thousands must not slow the page down.
    const rows: string[][] = [];
    for (const tr of firstRows(table)) {
      if (rows.length >= MAX_ROWS) break;
      if (tr.querySelector('th') || !isVisible(tr)) continue;
      rows.push([...tr.children].map((td) => normalizeText(td.textContent ?? '')));
    }
    return { headers, rows };
  });
}

/** Tabs: ARIA tabs (aktuell) and Bootstrap nav-tabs, whose selected <li> is `active` (klassisch). */
function readTabs(els: Element[]) {
  const aria = pick(els, '[role=tab]').filter(isVisible).map((tab) => ({
    label: normalizeText(tab.textContent ?? ''), selected: tab.getAttribute('aria-selected') === 'true',
  }));
  const bootstrap = pick(els, '.nav-tabs > li > a').filter(isVisible).map((a) => ({
    label: normalizeText(a.textContent ?? ''), selected: a.parentElement!.classList.contains('active'),
  }));
  return [...aria, ...bootstrap];
}

/** The current Mandant: the value of the `Mandant` combobox (klassisch input, aktuell custom element). */
function readTenant(els: Element[]): string | null {
  const box = pick(els, '[role=combobox], select').find((el) => /^Mandant$/.test(accessibleName(el)) && isVisible(el));
  if (!box) return null;
  const value = box instanceof HTMLInputElement || box instanceof HTMLSelectElement
    ? box instanceof HTMLSelectElement ? box.selectedOptions[0]?.textContent ?? '' : box.value
    : [...box.childNodes].filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true')).map((n) => n.textContent).join(' ');
  return normalizeText(value) || null;
}

function readFields(els: Element[]) {
  return pick(els, 'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=radio]):not([type=checkbox]), textarea, select')
    .filter(isVisible)
    .slice(0, 60)
    .map((el) => ({ label: normalizeLabel(accessibleName(el)), value: normalizeText((el as HTMLInputElement).value ?? '') }));
}

const BADGES = 'span, div, ac-chip, strong, small';

function badgeIn(scope: Element): string | null {
  for (const el of scope.querySelectorAll(BADGES)) {
    if (el.childElementCount > 1) continue;
    const text = normalizeText(el.textContent ?? '');
    if (VERSION_PATTERN.test(text) && isVisible(el)) return text;
  }
  return null;
}

function readVersion(headings: Element[]): string | null {
  // The badge sits in the header of the open record, next to its title: look only there,
  // never inside tables (a list of thousands, or the editor's table of old versions).
  for (const heading of headings) {
    const header = heading.parentElement;
    if (!header) continue;
    const found = badgeIn(header);
    if (found) return found;
    for (const sibling of header.parentElement?.children ?? []) {
      if (sibling === header || sibling.localName === 'table' || sibling.querySelector('table')) continue;
      const near = badgeIn(sibling);
      if (near) return near;
    }
  }
  return null;
}

/** The magenta banner of the development system: its own text, not a whole subtree's. It belongs to the
 *  page, not to a view: once the AdminCenter has drawn its menu, the answer holds until the page reloads. */
let banner: boolean | null = null;
function readDevBanner(settled: boolean): boolean {
  if (banner !== null) return banner;
  const seen = [document, ...shadowRoots()].some(holdsDevBanner);
  if (seen || settled) banner = seen;
  return seen;
}

function holdsDevBanner(root: Document | ShadowRoot): boolean {
  // Only the page's frame is searched: never the rows of a list (there may be thousands).
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, skipTableBodies);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE || !node.nodeValue?.includes('Entwicklungsumgebung')) continue;
    const holder = node.parentElement;
    if (holder?.matches('div, p, [role=note]') && holder.childElementCount < 3 && normalizeText(node.nodeValue) === DEV_BANNER_TEXT) return true;
  }
  return false;
}

export function readSnapshot(): Snapshot {
  const els = pageElements();
  const menu = pick(els, 'nav a, nav button, [role=navigation] a, [role=navigation] button, [role=menubar] a')
    .map((el) => ({ el, label: normalizeLabel(el.textContent ?? '') }))
    .filter(({ el, label }) => MENU_LABELS.includes(label) && isVisible(el))
    .map(({ el, label }) => {
      const rect = el.getBoundingClientRect();
      return { label, left: rect.left, top: rect.top };
    });
  const buttons = pick(els, 'button, [role=button], input[type=button], input[type=submit]')
    .filter(isVisible)
    .map((el) => ({ label: normalizeLabel(accessibleName(el)), disabled: isDisabled(el) }))
    .filter((b) => b.label);
  const headings = pick(els, 'h1, h2, h3, h4, h5, h6, [role=heading]').filter(isVisible);
  const passwords = pick(els, 'input[type=password]').filter(isVisible);
  const generation = detectGeneration(menu);
  return {
    generation,
    devBanner: readDevBanner(generation !== null),
    loginForm: passwords.length > 0 && buttons.some((b) => b.label === 'Anmelden'),
    tenant: readTenant(els),
    headings: visibleText(headings),
    dialogs: pick(els, '[role=dialog], [role=alertdialog], dialog[open]').filter(isVisible).map(dialogTitle),
    tabs: readTabs(els),
    buttons,
    tables: readTables(els),
    fields: readFields(els),
    notices: pick(els, '[role=status], [role=alert]').filter(isVisible).map((n) => normalizeText(n.textContent ?? '')).filter(Boolean),
    version: readVersion(headings.filter((h) => /^h[12]$/i.test(h.localName))),
    hash: location.hash,
  };
}
