// Saves what content/snapshot.ts reads on every practice page view, for both UI generations
// (tests/snapshots/<view>.<ui>.json): the examples the page detectors are tested against.
// Run after changing the practice AdminCenter or the snapshot reader: node scripts/capture-snapshots.mjs [view…]
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from './lib/chromium.mjs';
import { routePractice, practiceUrl } from './lib/browser.mjs';
import { snapshotReaderSource } from './lib/snapshot-bundle.mjs';
import { WALKED, openView } from '../tests/snapshots/walk.mjs';

const only = process.argv.slice(2);
const reader = await snapshotReaderSource();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'de-DE' });
await routePractice(context);
for (const [view, ui] of WALKED) {
  if (only.length && !only.includes(view)) continue;
  const page = await context.newPage();
  await openView(page, view, ui, practiceUrl);
  await page.addScriptTag({ content: reader });
  const snapshot = await page.evaluate(() => window.WegweiserSnapshot.readSnapshot());
  const file = `tests/snapshots/${view}.${ui}.json`;
  await writeFile(file, `${JSON.stringify(snapshot, null, 1)}\n`);
  console.log(file);
  await page.close();
}
await browser.close();
