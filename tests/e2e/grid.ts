// Reading the practice AdminCenter's lists as a person does, whichever grid renders them: Flow's
// vaadin-grid (rows in its shadow root, cell text slotted in), Vaadin 8's grid and table, plain tables.
import type { Locator, Page } from 'playwright-core';

/** Cells named `name`: a grid's (gridcell) or a plain table's (cell). */
export const cellNamed = (scope: Page | Locator, name: string | RegExp) =>
  scope.getByRole('gridcell', { name, exact: true }).or(scope.getByRole('cell', { name, exact: true }));

/** The rows that hold a cell named `name`. */
export const rowsWith = (page: Page, name: string | RegExp) => page.getByRole('row').filter({ has: cellNamed(page, name) });

/** Each cell's text as shown: a Flow grid's cell shows the content slotted into it. */
export const cellTexts = (row: Locator) => row.evaluate((tr) => Array.from(tr.children).map((td) => {
  const slot = td.querySelector('slot');
  const shown = slot ? slot.assignedNodes({ flatten: true }) : [td];
  return shown.map((n) => (n instanceof HTMLElement ? n.innerText : n.textContent ?? '')).join(' ').replace(/\s+/g, ' ').trim();
}));
