// `node scripts/capture-diagnose-fixtures.mjs [ansicht…]`: page fixtures made the way an admin's Diagnose is
// made: the built extension in Chromium, the practice page opened, "Diagnose speichern" and "Datei speichern"
// clicked in the side panel, the downloaded file turned into a fixture (scripts/lib/fixture.mjs).
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchWithExtension, practiceUrl } from './lib/browser.mjs';
import { FIXTURE_DIR, fixtureFromDiagnose } from './lib/fixture.mjs';
import { WALK, openView } from '../tests/snapshots/walk.mjs';

const DEFAULT_VIEWS = ['mandant-drawer', 'leistungen-list', 'oe-kommunikation'];
const views = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT_VIEWS;
const ext = await launchWithExtension();
await mkdir(FIXTURE_DIR, { recursive: true });
try {
  for (const view of views) {
    if (!WALK[view]) throw new Error(`Unbekannte Ansicht: ${view}`);
    for (const ui of ['klassisch', 'aktuell'].filter((g) => !WALK[view].ui || WALK[view].ui === g)) {
      const page = await ext.context.newPage();
      await openView(page, view, ui, practiceUrl);
      // The side panel describes the AdminCenter tab it follows: the one just seen.
      await page.waitForTimeout(500);
      const panel = await ext.context.newPage();
      await panel.goto(ext.extensionUrl('sidepanel.html'));
      await panel.getByRole('button', { name: 'Diagnose speichern' }).click();
      await panel.getByText(/^Die Datei beschreibt /).waitFor({ timeout: 10_000 });
      const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Datei speichern' }).click()]);
      // The expected view is the one the walk opened, not what the extension concluded.
      const made = fixtureFromDiagnose(await readFile(await download.path(), "utf8"), view);
      // One fixture per view and generation: a newer capture replaces the older one.
      const target = join(FIXTURE_DIR, `${made.fixture.view}.${made.fixture.generation}.json`);
      await writeFile(target, `${JSON.stringify(made.fixture, null, 2)}\n`);
      console.log(`${view} (${ui}) → ${target}`);
      await panel.close();
      await page.close();
    }
  }
} finally {
  await ext.close();
}
