// The admin's own edits in the practice Kommunikation view, as a person makes them (both UI generations):
// a new entry, an entry moved up, an entry removed. None of them saves. Each button is clicked as a person
// clicks it: a step card lying over it would take the click, and Playwright refuses it (the test fails after 5 s).
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ACT, choose } from './follow-guide';
import { rowsWith } from './grid';

type Ui = 'klassisch' | 'aktuell';
/** Clicks a button by its label (Vaadin 8 puts an icon glyph before it), once it can be used (a selection
 *  enables „Zuweisung entfernen“ only after Vaadin 8's round trip). */
async function click(page: Page, name: string) {
  const button = page.getByRole('button', { name: new RegExp(`^\\W*${name}$`) }).filter({ visible: true }).first();
  await expect.poll(() => button.isEnabled()).toBe(true);
  await button.click(ACT);
}

/** Where the row of `kennung` is on screen (a Flow grid's cells are slotted: not inside its row element). */
const rowTop = async (page: Page, kennung: string) => (await rowsWith(page, kennung).first().boundingBox())?.y ?? -1;

/** The one of `controls` shown in the row of `kennung`. */
async function inRow(page: Page, kennung: string, controls: Locator): Promise<Locator> {
  const row = (await rowsWith(page, kennung).first().boundingBox())!;
  for (const control of await controls.filter({ visible: true }).all()) {
    const box = await control.boundingBox();
    if (box && box.y + box.height / 2 > row.y && box.y + box.height / 2 < row.y + row.height) return control;
  }
  throw new Error(`nichts in der Zeile von ${kennung}`);
}

export async function addEntry(page: Page, ui: Ui, kanal: string, kennung: string) {
  await click(page, ui === 'klassisch' ? 'Neue Kommunikation anlegen' : 'Kommunikationskanal anlegen');
  // klassisch: the combobox's own text input carries the name; aktuell: the combo box input.
  const kanalField = page.getByRole('combobox', { name: 'Kanal' }).or(page.getByRole('textbox', { name: 'Kanal', exact: true }));
  await choose(page, kanalField.filter({ visible: true }).first(), kanal);
  await page.getByRole('textbox', { name: 'Kennung', exact: true }).fill(kennung);
  await click(page, ui === 'klassisch' ? 'Kommunikation übernehmen' : 'Übernehmen');
  await rowsWith(page, kennung).first().waitFor();
}

/** ↑ in the row of `kennung` (klassisch: its first icon-only button; aktuell: „Nach oben verschieben“); waits until it moved. */
export async function moveUp(page: Page, ui: Ui, kennung: string) {
  const before = await rowTop(page, kennung);
  const up = ui === 'klassisch' ? rowsWith(page, kennung).first().getByRole('button').first() : await inRow(page, kennung, page.getByRole('button', { name: 'Nach oben verschieben' }));
  await up.click(ACT);
  await expect.poll(() => rowTop(page, kennung)).toBeLessThan(before);
}

/** Selects the row of `kennung` and removes it (klassisch: a click on the row; aktuell: its selection box). */
export async function removeEntry(page: Page, ui: Ui, kennung: string) {
  if (ui === 'klassisch') await rowsWith(page, kennung).first().getByText(kennung, { exact: true }).click();
  else await (await inRow(page, kennung, page.getByRole('checkbox'))).check();
  await click(page, ui === 'klassisch' ? 'Zuweisung entfernen' : 'Kommunikationskanäle entfernen');
  await rowsWith(page, kennung).first().waitFor({ state: 'detached' });
}
