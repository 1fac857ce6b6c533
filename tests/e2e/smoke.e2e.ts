// The built extension in real Chromium, on the practice AdminCenter served under the real host names.
import { describe, it, expect, beforeEach } from 'vitest';
import { extension, resetStorage } from './harness';
import { practiceUrl, LIVE_HOST } from '../../scripts/lib/browser.mjs';

const GENERATIONS = [
  ['klassisch', 'klassische Oberfläche erkannt'],
  ['aktuell', 'aktuelle Oberfläche erkannt'],
] as const;

describe('extension in Chromium', () => {
  beforeEach(async () => resetStorage(await extension()));

  it('loads with the shipped manifest', async () => {
    const ext = await extension();
    const manifest = await ext.worker.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
    expect(manifest.name).toBe('AdminCenter-Wegweiser');
    expect(manifest.host_permissions).toEqual([
      'https://admincenter.amt24dev.sachsen.de/*',
      'https://admincenter.amt24.sachsen.de/*',
    ]);
  });

  for (const [ui, announced] of GENERATIONS) {
    it(`mounts one overlay element and recognises the ${ui} UI`, async () => {
      const ext = await extension();
      const page = await ext.context.newPage();
      await page.goto(practiceUrl(ui, 'mandanten'));
      const host = page.locator('admincenter-wegweiser');
      await expect.poll(() => host.getAttribute('data-generation')).toBe(ui);
      expect(await page.locator('admincenter-wegweiser').count()).toBe(1);
      // Playwright's locators pierce open shadow roots: the status lives inside ours.
      await expect.poll(() => host.getByRole('status').textContent()).toContain(announced);
      await page.close();
    });
  }

  it('runs on the live host too and knows a login page', async () => {
    const ext = await extension();
    const page = await ext.context.newPage();
    await page.goto(practiceUrl('aktuell', 'neuigkeiten', { host: LIVE_HOST, query: 'login=1' }));
    const host = page.locator('admincenter-wegweiser');
    await expect.poll(() => host.getAttribute('data-generation')).toBe('unbekannt');
    await expect.poll(() => host.getByRole('status').textContent()).toContain('Bitte melden Sie sich im AdminCenter an');
    await page.close();
  });

  it('side panel opened as a tab follows the most recently used AdminCenter tab', async () => {
    const ext = await extension();
    const panel = await ext.context.newPage();
    await panel.goto(ext.extensionUrl('sidepanel.html'));
    await expect.poll(() => panel.getByText('Öffnen Sie das Amt24 AdminCenter').count()).toBe(1);
    const admin = await ext.context.newPage();
    await admin.goto(practiceUrl('klassisch', 'organisationseinheiten'));
    await expect.poll(() => panel.getByTestId('adminCenterStatus').textContent()).toContain('klassische Oberfläche erkannt');
    await admin.goto(practiceUrl('aktuell', 'organisationseinheiten'));
    await expect.poll(() => panel.getByTestId('adminCenterStatus').textContent()).toContain('aktuelle Oberfläche erkannt');
    expect(await panel.getByRole('button', { name: 'Anleitung starten: Impressum' }).count()).toBe(1);
    await admin.close();
    await panel.close();
  });

  it('popup renders its actions', async () => {
    const ext = await extension();
    const popup = await ext.context.newPage();
    await popup.goto(ext.extensionUrl('popup.html'));
    await expect.poll(() => popup.getByRole('button', { name: 'Seitenleiste öffnen' }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Einstellungen' }).count()).toBe(1);
    await popup.close();
  });

  it('options page rejects what is not an https origin and changes nothing', async () => {
    const ext = await extension();
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    const field = options.getByLabel('Weitere Adresse hinzufügen');
    const cases = [
      ['http://admincenter.beispiel.de', 'Nur verschlüsselte Adressen (https://) sind erlaubt.'],
      ['admincenter.beispiel.de', 'vollständige Adresse mit https://'],
      ['https://*.beispiel.de', 'ohne Platzhalter'],
      ['https://admincenter.amt24dev.sachsen.de', 'ist bereits in der Liste'],
    ];
    for (const [input, message] of cases) {
      await field.fill(input);
      await options.getByRole('button', { name: 'Hinzufügen' }).click();
      await expect.poll(() => options.getByRole('alert').textContent()).toContain(message);
    }
    const stored = await ext.worker.evaluate(() => (globalThis as any).chrome.storage.local.get(null));
    expect(stored).toEqual({});
    expect(await options.getByRole('listitem').count()).toBe(2);
    await options.close();
  });
});
