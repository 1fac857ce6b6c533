// In a real Firefox (Debian's firefox-esr) with the Firefox build as a temporary add-on: the sidebar opens
// at install with the side panel page, and shows the checklist of the tenant in the AdminCenter tab.
// Its own browser, not the shared Chromium of harness.ts.
import { describe, it, expect, afterAll } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchFirefoxWithExtension } from '../../scripts/lib/firefox.mjs';
import { practiceUrl } from '../../scripts/lib/browser.mjs';
import { expectFits, fitOf, realisticProgress, unfoldAll, type Fit } from './narrow-panel';

// Started by the first test that needs it, so a missing Firefox fails each test with the install hint.
let launched: ReturnType<typeof launchFirefoxWithExtension> | undefined;
const start = () => (launched ??= launchFirefoxWithExtension());
afterAll(async () => {
  await (await launched?.catch(() => undefined))?.close();
});

describe('Firefox sidebar', () => {
  it('opens at install with the side panel page and lists the tasks of the guide', async () => {
    const firefox = await start();
    // No AdminCenter tab yet: the panel says so once it has read the (empty) storage.
    await expect.poll(() => firefox.readSidebar(), { timeout: 10_000 }).toMatchObject({
      open: true,
      id: firefox.sidebarId,
      text: expect.stringContaining('solange kein AdminCenter-Tab geöffnet ist'),
    });
    const sidebar = await firefox.readSidebar();
    expect(sidebar.url).toMatch(/^moz-extension:\/\/[0-9a-f-]+\/sidepanel\.html$/);
    expect(sidebar.width).toBeGreaterThan(100);
    expect(sidebar.text).toContain('Alle Anleitungen');
    for (const task of ['Impressum', 'Datenschutzbeauftragte(r)', 'Rechte für KISA', 'Wartungsmodus ausschalten']) expect(sidebar.text).toContain(task);
  });

  it('has one header: Firefox\'s own names the extension, our page begins right under it, its title kept for screen readers', async () => {
    const firefox = await start();
    const header = await firefox.inBrowserWindow(`
      const title = document.getElementById('sidebar-title');
      const box = document.getElementById('sidebar-header').getBoundingClientRect();
      const panel = document.getElementById('sidebar').getBoundingClientRect();
      return { title: title.value, color: getComputedStyle(title).color, background: getComputedStyle(document.getElementById('sidebar-box')).backgroundColor,
        height: box.height, gap: panel.top - box.bottom };
    `);
    expect(header).toMatchObject({ title: 'AdminCenter-Wegweiser – Seitenleiste', gap: 0 });
    expect(header.color, 'the title is legible on its background').not.toBe(header.background);
    const page = await firefox.inSidebar(`(w) => {
      const rect = (el) => el.getBoundingClientRect();
      const h1 = w.document.querySelector('h1');
      const first = w.document.querySelector('main').firstElementChild;
      return { h1: h1.textContent, headerHeight: rect(h1.closest('header')).height, mainTop: rect(first).top };
    }`);
    // No second title bar: the first thing on our page is the AdminCenter status, at the top of the panel.
    expect(page.h1).toBe('AdminCenter-Wegweiser');
    expect(page.headerHeight).toBeLessThanOrEqual(1);
    expect(page.mainTop).toBeLessThan(24);
  });

  it('shows the checklist of the tenant the AdminCenter tab shows', async () => {
    const firefox = await start();
    await firefox.navigate(practiceUrl('aktuell', 'mandanten/6000101/impressum'));
    await expect.poll(() => firefox.readSidebar().then((s) => s.text), { timeout: 10_000 }).toContain('0 von 4 erledigt');
    const { text } = await firefox.readSidebar();
    expect(text).toContain('aktuelle Oberfläche erkannt');
    expect(text).toMatch(/\nFreiberg\nEntwicklungsumgebung\n/);
    for (const item of ['Impressum', 'Datenschutzbeauftragte(r)', 'Logo / Bild', 'Rechte für KISA']) expect(text).toContain(item);
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/firefox-sidebar.png', await firefox.screenshot());
  });

  it('fits 360 px and 300 px without horizontal scrolling, with a full checklist folded and unfolded', async () => {
    const firefox = await start();
    await firefox.navigate(practiceUrl('aktuell', 'mandanten/6000101/impressum'));
    await expect.poll(() => firefox.readSidebar().then((s) => s.text), { timeout: 10_000 }).toContain('Freiberg');
    // Freiberg's checklist as full as an admin's gets, written where the background keeps it.
    const progress = JSON.stringify({ progress: realisticProgress() });
    await firefox.inSidebar(`(w) => w.wrappedJSObject.browser.storage.local.set(w.wrappedJSObject.JSON.parse(${JSON.stringify(progress)})).then(() => true)`);
    await expect.poll(() => firefox.readSidebar().then((s) => s.text), { timeout: 5000 }).toContain('Amt für Bürgerangelegenheiten');
    mkdirSync('test-results', { recursive: true });
    const fits = async (state: string) => {
      // 360 px as in Chrome's side panel; 300 px; 240 px, about where firefox-esr opens its sidebar.
      for (const width of [360, 300, 240]) {
        await firefox.setSidebarWidth(width);
        await expect.poll(() => firefox.inSidebar((w: Window) => w.innerWidth)).toBe(width);
        const fit: Fit = await firefox.inSidebar(String(fitOf));
        expectFits(fit, `[Firefox-Seitenleiste ${width} px] ${state}`);
      }
    };
    await fits('wie geöffnet');
    writeFileSync('test-results/firefox-sidebar-300.png', await firefox.screenshot());
    await firefox.inSidebar(String(unfoldAll));
    await expect.poll(() => firefox.inSidebar((w: Window) => w.document.querySelectorAll('textarea').length)).toBe(9);
    await fits('alles aufgeklappt');
  });
});
