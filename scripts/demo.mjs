// `npm run demo` (after the build): Chromium with the extension on the practice AdminCenter, served under
// the dev AdminCenter's host name. With a display: a window to try it yourself. Without: a headless walk
// through both UI generations that saves screenshots and prints their paths.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { findChromium, INSTALL_HINT } from './lib/chromium.mjs';
import { launchWithExtension, practiceUrl } from './lib/browser.mjs';
import { DEMO_WALK, DEMO_GUIDES } from './lib/demo-walk.mjs';
import { startGuideIn } from './lib/guide.mjs';

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

/** The side panel is shown 360 px wide, the width it is made to fit; popup and options in the usual viewport (browser.mjs). */
const PANEL_VIEWPORT = { width: 360, height: 900 };
const VIEWPORT = { width: 1400, height: 900 };

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
const ext = await launchWithExtension({ headless: !hasDisplay });

if (hasDisplay) {
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  await page.goto(practiceUrl('aktuell'));
  await (await ext.context.newPage()).goto(practiceUrl('klassisch'));
  const panel = await ext.context.newPage();
  // As wide as the side panel an admin opens next to the AdminCenter.
  await panel.setViewportSize(PANEL_VIEWPORT);
  await panel.goto(ext.extensionUrl('sidepanel.html'));
  console.log('Chromium ist offen: aktuelle und klassische Oberfläche des Übungs-AdminCenters, dazu die Seitenleiste als Tab (360 px breit).');
  console.log('Schließen Sie das Fenster, um die Demo zu beenden.');
  await new Promise((done) => ext.context.on('close', done));
} else {
  const dir = resolve(process.env.DEMO_DIR || 'demo-screenshots');
  await mkdir(dir, { recursive: true });
  const shots = [];
  for (const ui of ['klassisch', 'aktuell']) {
    const page = await ext.context.newPage();
    for (const [index, step] of DEMO_WALK(ui).entries()) {
      if (step.url) await page.goto(practiceUrl(ui, step.url, { query: step.query ?? '' }));
      if (step.act) await step.act(page);
      await page.waitForFunction(() => document.querySelector('admincenter-wegweiser')?.getAttribute('data-generation'));
      await page.waitForTimeout(150);
      const file = `${dir}/${ui}-${String(index + 1).padStart(2, '0')}-${step.name}.png`;
      await page.screenshot({ path: file });
      shots.push(file);
    }
    await page.close();
  }
  // The guide at work: a task started as from the side panel for the tab, its highlight on the page.
  for (const ui of ['klassisch', 'aktuell']) {
    for (const { task, route } of DEMO_GUIDES) {
      const page = await ext.context.newPage();
      await page.goto(practiceUrl(ui, route));
      await startGuideIn(ext, page, task);
      await page.waitForSelector('[data-wegweiser-target]', { timeout: 10_000 }).catch(() => {});
      await page.waitForTimeout(300);
      const file = `${dir}/${ui}-wegweiser-${task}.png`;
      await page.screenshot({ path: file });
      shots.push(file);
      await page.close();
    }
  }
  // Each guide ended with its tab.
  const panel = await ext.context.newPage();
  // The side panel at 360 px with the checklist the walk filled in: as it opens, then one item's "Mehr" open.
  await panel.setViewportSize(PANEL_VIEWPORT);
  await panel.goto(ext.extensionUrl('sidepanel.html'));
  await panel.getByRole('region', { name: 'Nächster Schritt' }).waitFor({ timeout: 10_000 }).catch(() => {});
  await panel.waitForTimeout(200);
  for (const [name, act] of [['sidepanel', null], ['sidepanel-punkt', () => panel.locator('button.disclosure').first().click()]]) {
    await act?.();
    const file = `${dir}/erweiterung-${name}.png`;
    await panel.screenshot({ path: file, fullPage: true });
    shots.push(file);
  }
  await panel.setViewportSize(VIEWPORT);
  for (const name of ['popup', 'options']) {
    await panel.goto(ext.extensionUrl(`${name}.html`));
    await panel.waitForTimeout(200);
    const file = `${dir}/erweiterung-${name}.png`;
    await panel.screenshot({ path: file });
    shots.push(file);
  }
  console.log(`Demo ohne Bildschirm: ${shots.length} Bildschirmfotos gespeichert:`);
  for (const file of shots) console.log(`  ${file}`);
  await ext.close();
}
