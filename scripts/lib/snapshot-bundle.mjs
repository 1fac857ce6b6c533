// The content script's page reader bundled for page.evaluate: readSnapshot (what the rules see) and
// readNamed (every element the reader names, with role and name, for comparison with Chromium's own tree).
import { build } from 'esbuild';

const ENTRY = `
import { readSnapshot } from './content/snapshot';
import { readPage } from './content/page';
import { duringPass } from './content/pass-memo';
export { readSnapshot };
/** One pass of the content script's reader, its lists included (the benchmark's floor of a full read). */
export const readPass = () => duringPass(() => JSON.stringify(readSnapshot()).length);
import { accessibleName } from './content/name';
import { isRendered } from './content/dom';
const NAMED = new Set(${JSON.stringify(['button', 'link', 'tab', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'heading', 'dialog', 'alertdialog', 'menuitem', 'columnheader', 'cell', 'gridcell'])});
/** Every element the reader gives a role and name, left in window.__wegweiserNamed for the test to resolve. */
export function readNamed() {
  const items = readPage().items.filter((i) => !i.hidden && NAMED.has(i.role) && isRendered(i.el));
  window.__wegweiserNamed = items.map((i) => i.el);
  return items.map((i) => ({ role: i.role, name: accessibleName(i.el), html: i.el.outerHTML.slice(0, 160) }));
}`;

export async function snapshotReaderSource() {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true, format: 'iife', globalName: 'WegweiserSnapshot', write: false, target: 'chrome120', logLevel: 'error',
  });
  return result.outputFiles[0].text;
}
