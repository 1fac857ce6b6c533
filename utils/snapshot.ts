// Reads what a person sees on the AdminCenter page into plain data for the rules.
// Besides locating targets, this is the only code that reads the page.
import { MENU_LABELS, detectGeneration } from '../rules/generation';
import type { Snapshot, SnapshotTable } from '../rules/types';
import { accessibleName, dialogTitle, isDisabled, isVisible, queryAllDeep, shadowRoots } from './locate';
import { normalizeLabel, normalizeText } from './text';

export const DEV_BANNER_TEXT = 'Sie befinden sich im AdminCenter der Entwicklungsumgebung.';
/** Version badge: `13.1`, `Version 1.0`, `Ergänzung 0.1`, `Nicht veröffentlicht`. */
export const VERSION_PATTERN = /^(?:(?:Version|Ergänzung) )?\d+\.\d+$|^Nicht veröffentlicht$/;
const MAX_ROWS = 40;

const visibleText = (els: Element[]) => els.map((el) => normalizeText(el.textContent ?? '')).filter(Boolean);

function readTables(roots: (Document | ShadowRoot)[]): SnapshotTable[] {
  return queryAllDeep('table, [role=table], [role=grid]', roots).filter(isVisible).map((table) => {
    const headers = [...table.querySelectorAll('th, [role=columnheader]')].map((th) => normalizeLabel(th.textContent ?? ''));
    // Only the first rows: a list of thousands must not slow the page down.
    const rows: string[][] = [];
    for (const tr of table.querySelectorAll('tbody tr, [role=row]')) {
      if (rows.length >= MAX_ROWS) break;
      if (tr.querySelector('th') || !isVisible(tr)) continue;
      rows.push([...tr.children].map((td) => normalizeText(td.textContent ?? '')));
    }
    return { headers, rows };
  });
}

/** Tabs: ARIA tabs (aktuell) and Bootstrap nav-tabs, whose selected <li> is `active` (klassisch). */
function readTabs(roots: (Document | ShadowRoot)[]) {
  const aria = queryAllDeep('[role=tab]', roots).filter(isVisible).map((tab) => ({
    label: normalizeText(tab.textContent ?? ''), selected: tab.getAttribute('aria-selected') === 'true',
  }));
  const bootstrap = queryAllDeep('.nav-tabs > li > a', roots).filter(isVisible).map((a) => ({
    label: normalizeText(a.textContent ?? ''), selected: a.parentElement!.classList.contains('active'),
  }));
  return [...aria, ...bootstrap];
}

/** The current Mandant: the value of the `Mandant` combobox (klassisch input, aktuell custom element). */
function readTenant(roots: (Document | ShadowRoot)[]): string | null {
  const box = queryAllDeep('[role=combobox], select', roots).find((el) => /^Mandant$/.test(accessibleName(el)) && isVisible(el));
  if (!box) return null;
  const value = box instanceof HTMLInputElement || box instanceof HTMLSelectElement
    ? box instanceof HTMLSelectElement ? box.selectedOptions[0]?.textContent ?? '' : box.value
    : [...box.childNodes].filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true')).map((n) => n.textContent).join(' ');
  return normalizeText(value) || null;
}

function readFields(roots: (Document | ShadowRoot)[]) {
  return queryAllDeep('input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=radio]):not([type=checkbox]), textarea, select', roots)
    .filter(isVisible)
    .slice(0, 60)
    .map((el) => ({ label: normalizeLabel(accessibleName(el)), value: normalizeText((el as HTMLInputElement).value ?? '') }));
}

function readVersion(headings: Element[]): string | null {
  // The badge sits in the header of the open record, next to its title: look only there.
  for (const heading of headings) {
    const header = heading.parentElement?.parentElement ?? heading.parentElement;
    if (!header) continue;
    for (const el of header.querySelectorAll('span, div, ac-chip, strong, small')) {
      if (el.childElementCount > 1 || el.closest('table')) continue;
      const text = normalizeText(el.textContent ?? '');
      if (VERSION_PATTERN.test(text) && isVisible(el)) return text;
    }
  }
  return null;
}

/** The magenta banner of the development system: its own text, not a whole subtree's. */
function readDevBanner(roots: (Document | ShadowRoot)[]): boolean {
  return queryAllDeep('div, p, [role=note]', roots).some((el) => el.childElementCount < 3 &&
    [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && normalizeText(n.nodeValue ?? '') === DEV_BANNER_TEXT));
}

export function readSnapshot(): Snapshot {
  const roots = [document, ...shadowRoots()];
  const menu = queryAllDeep('nav a, nav button, [role=navigation] a, [role=navigation] button, [role=menubar] a', roots)
    .map((el) => ({ el, label: normalizeLabel(el.textContent ?? '') }))
    .filter(({ el, label }) => MENU_LABELS.includes(label) && isVisible(el))
    .map(({ el, label }) => {
      const rect = el.getBoundingClientRect();
      return { label, left: rect.left, top: rect.top };
    });
  const buttons = queryAllDeep('button, [role=button], input[type=button], input[type=submit]', roots)
    .filter(isVisible)
    .map((el) => ({ label: normalizeLabel(accessibleName(el)), disabled: isDisabled(el) }))
    .filter((b) => b.label);
  const headings = queryAllDeep('h1, h2, h3, h4, h5, h6, [role=heading]', roots).filter(isVisible);
  const passwords = queryAllDeep('input[type=password]', roots).filter(isVisible);
  return {
    generation: detectGeneration(menu),
    devBanner: readDevBanner(roots),
    loginForm: passwords.length > 0 && buttons.some((b) => b.label === 'Anmelden'),
    tenant: readTenant(roots),
    headings: visibleText(headings),
    dialogs: queryAllDeep('[role=dialog], [role=alertdialog], dialog[open]', roots).filter(isVisible).map(dialogTitle),
    tabs: readTabs(roots),
    buttons,
    tables: readTables(roots),
    fields: readFields(roots),
    version: readVersion(headings.filter((h) => /^h[12]$/i.test(h.localName))),
    hash: location.hash,
  };
}
