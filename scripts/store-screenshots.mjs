// `npm run store:screenshots` (after the build): the store screenshots, each exactly 1280 × 800 as the Chrome Web
// Store asks, made headless with the built extension on the practice AdminCenter. Written to store/screenshots/
// (or STORE_SHOTS_DIR). The side panel and the popup are browser UI no page screenshot shows: each is photographed
// on its own and set beside (side panel) or over (popup) an AdminCenter page, where the browser shows them.
import { startGuideIn } from './lib/guide.mjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { findChromium, INSTALL_HINT } from './lib/chromium.mjs';
import { DEV_HOST, launchWithExtension, practiceUrl } from './lib/browser.mjs';

const SIZE = { width: 1280, height: 800 };
const PANEL_WIDTH = 360;
const FREIBERG = 6000101;
const STANDESAMT = 6005095;
const HUNDESTEUER = 3901;

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const dir = resolve(process.env.STORE_SHOTS_DIR || 'store/screenshots');
await mkdir(dir, { recursive: true });
const ext = await launchWithExtension({ viewport: SIZE });
const shots = [];

async function save(name, png) {
  const file = `${dir}/${name}.png`;
  await writeFile(file, png);
  shots.push(file);
}

/** Waits until the step card has found its target and stopped gliding towards it. */
async function cardAtRest(page) {
  await page.waitForSelector('[data-wegweiser-target]', { timeout: 15_000 });
  const card = page.locator('admincenter-wegweiser').getByRole('dialog');
  let last = '';
  for (let i = 0; i < 50; i++) {
    const now = JSON.stringify(await card.boundingBox());
    if (now === last) return;
    last = now;
    await page.waitForTimeout(150);
  }
}

/** A guide running on an AdminCenter page, the whole viewport. */
async function guideShot(name, ui, task, route) {
  // A guide runs in the tab it was started for; closing the tab ends it.
  const page = await ext.context.newPage();
  await page.goto(practiceUrl(ui, route));
  await startGuideIn(ext, page, task);
  await cardAtRest(page);
  await save(name, await page.screenshot());
  await page.close();
}

/** Waits until the content script has stored Freiberg's checklist item `id` (on the dev AdminCenter) as `done` says. */
async function storedItem(id, done = () => true) {
  const read = () => ext.worker.evaluate(async ([key, itemId]) =>
    (await chrome.storage.local.get('progress')).progress?.[key]?.items?.[itemId] ?? null, [`${DEV_HOST}|Freiberg`, id]);
  for (const end = Date.now() + 10_000; ;) {
    const item = await read();
    if (item && done(item)) return;
    if (Date.now() > end) throw new Error(`Der Wegweiser hat den Punkt „${id}“ nicht in der Checkliste gespeichert.`);
    await sleep(100);
  }
}

/** What an admin's first hour leaves in the checklist: the Impressum saved, an OE and a process opened. */
async function workInTheAdminCenter() {
  const page = await ext.context.newPage();
  await page.goto(practiceUrl('aktuell', `mandanten/${FREIBERG}/impressum`));
  await page.getByRole('textbox', { name: 'Impressum' }).fill('Große Kreisstadt Freiberg, Obermarkt 24, 09599 Freiberg');
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  // The page proves the save by its notice (tests/admincenter/aktuell/pages/mandanten.js); the item counts it.
  await page.getByText('Die Änderungen wurden gespeichert.').waitFor({ timeout: 10_000 });
  await storedItem('impressum', (item) => item.status === 'erledigt');
  // The pictures count these items (the process item may exist already from the second guide shot).
  for (const [route, id] of [
    [`organisationseinheiten/${STANDESAMT}/kommunikation`, 'oe:Standesamt (Sachgebiet Personenstandswesen)'],
    [`prozesse/${HUNDESTEUER}/prozessparameter`, 'prozess:KOMM24Hundesteueranmeldung'],
  ]) {
    await page.goto(practiceUrl('aktuell', route));
    await storedItem(id);
  }
  await page.close();
}

/**
 * An extension page as the browser shows it, `width` wide; the popup as tall as its content. `shown(page)` names
 * the elements that appear once the page has read the stored state it shows.
 */
async function extensionPage(path, width, height, shown) {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width, height: height ?? 100 });
  await page.goto(ext.extensionUrl(path));
  for (const element of shown(page)) await element.waitFor({ timeout: 10_000 });
  const png = await page.screenshot({ fullPage: !height });
  await page.close();
  return png;
}

async function adminCenterPage(route, width) {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width, height: SIZE.height });
  await page.goto(practiceUrl('aktuell', route));
  await page.waitForFunction(() => document.querySelector('admincenter-wegweiser')?.getAttribute('data-generation'));
  await page.waitForTimeout(500);
  const png = await page.screenshot();
  await page.close();
  return png;
}

/** Lays out screenshots on one 1280 × 800 picture (plain HTML, photographed once more). */
async function compose(html) {
  const page = await ext.context.newPage();
  await page.setViewportSize(SIZE);
  await page.setContent(`<!doctype html><body style="margin:0;width:${SIZE.width}px;height:${SIZE.height}px;overflow:hidden;position:relative;background:#fff">${html}</body>`);
  await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  const png = await page.screenshot();
  await page.close();
  return png;
}
const img = (png, style) => `<img src="data:image/png;base64,${png.toString('base64')}" style="position:absolute;display:block;${style}">`;

await guideShot('1-anleitung-aktuell', 'aktuell', 'impressum', `mandanten/${FREIBERG}`);
await guideShot('2-anleitung-klassisch', 'klassisch', 'wartungsmodus', `prozesse/${HUNDESTEUER}`);
await workInTheAdminCenter();

const left = await adminCenterPage(`organisationseinheiten/${STANDESAMT}`, SIZE.width - PANEL_WIDTH);
// The side panel: Freiberg's checklist with its progress bar (it needs the followed tab and the stored progress).
const panel = await extensionPage('sidepanel.html', PANEL_WIDTH - 1, SIZE.height, (p) => [p.getByRole('progressbar')]);
await save('3-checkliste-seitenleiste', await compose(
  img(left, 'left:0;top:0') + img(panel, `right:0;top:0;border-left:1px solid #9ca3af`),
));

const page = await adminCenterPage(`mandanten/${FREIBERG}`, SIZE.width);
// The popup: the status of the followed tab and Freiberg's progress line (the next step needs both).
const popup = await extensionPage('popup.html', 340, undefined, (p) => [p.locator('.status-line'), p.getByText(/^Freiberg: \d+ von \d+ erledigt$/)]);
await save('4-fenster-des-symbols', await compose(
  img(page, 'left:0;top:0') + img(popup, 'right:16px;top:8px;border:1px solid #9ca3af;border-radius:6px;box-shadow:0 6px 24px rgba(0,0,0,.35)'),
));

console.log(`Store-Bildschirmfotos (${SIZE.width} × ${SIZE.height}) gespeichert:`);
for (const file of shots) console.log(`  ${file}`);
await ext.close();
