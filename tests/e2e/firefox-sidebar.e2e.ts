// In a real Firefox (Debian's firefox-esr) with the Firefox build as a temporary add-on: the sidebar opens
// at install with the side panel page, and shows the checklist of the tenant in the AdminCenter tab.
// Its own browser, not the shared Chromium of harness.ts.
import { describe, it, expect, afterAll } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchFirefoxWithExtension } from '../../scripts/lib/firefox.mjs';
import { practiceUrl } from '../../scripts/lib/browser.mjs';

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
});
