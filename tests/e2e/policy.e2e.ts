// An IT department presets the extension by browser policy: real policy files, read by real browsers (Chromium:
// /etc/chromium/policies/managed, 3rdparty → extensions; firefox-esr: distribution/policies.json, 3rdparty →
// Extensions). Each browser is started for this file alone; the policy files are removed afterwards.
import { describe, it, expect, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { EXTENSION_DIR, launchWithExtension, practiceUrl, routeHosts } from '../../scripts/lib/browser.mjs';
import { launchFirefoxWithExtension } from '../../scripts/lib/firefox.mjs';
import { startXvfb } from '../../scripts/lib/xvfb.mjs';
import { extensionIdOf, publicKeyPem } from '../../scripts/pack-crx.mjs';
import { startTask } from './start-task';
import { axe, describeViolations } from './axe';
import { FIREFOX_POLICY, PRESET_HOST, chromiumPolicy, writePolicy } from './policy-files';
import { CHROME_EXTENSION_ID, FIREFOX_EXTENSION_ID } from '../../shared/extension-ids';

const PRESET = { hosts: [PRESET_HOST, 'http://unsicher.example'], hideTasks: ['wartungsmodus'] };
const CHROMIUM_POLICY = chromiumPolicy('presets');
const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

/** What the options page must show for PRESET, in the browser's own words (visible text). */
function expectPresetShown(text: string) {
  expect(text).toMatch(/https:\/\/acdev\.service-bw\.de\s+von Ihrer IT vorgegeben\s+Zugriff erlauben/);
  expect(text).toContain('Die vorgegebene Adresse „http://unsicher.example“ wird nicht beachtet: Nur verschlüsselte Adressen (https://) sind erlaubt.');
}

describe('managed configuration by policy', () => {
  it('Chromium: the id derives from the manifest key; the options page lists the preset address, cannot remove it, names the bad one', async () => {
    const key = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8')).key as string;
    expect(extensionIdOf(publicKeyPem(key))).toBe(CHROME_EXTENSION_ID);
    cleanup.push(writePolicy(CHROMIUM_POLICY, { '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: PRESET } } }));
    const ext = await launchWithExtension();
    cleanup.push(() => ext.close());
    expect(ext.extensionId).toBe(CHROME_EXTENSION_ID);
    await expect.poll(() => ext.worker.evaluate(() => (globalThis as any).chrome.storage.managed.get(null)), { timeout: 10_000 }).toEqual(PRESET);
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    await expect.poll(() => options.getByText('von Ihrer IT vorgegeben').count(), { timeout: 5000 }).toBe(1);
    expectPresetShown(await options.locator('body').innerText());
    expect(await options.getByRole('button', { name: 'https://acdev.service-bw.de entfernen' }).count()).toBe(0);
    expect(await options.getByRole('button', { name: 'Zugriff erlauben: https://acdev.service-bw.de' }).count()).toBe(1);
    // The preset address, its button and the notice pass axe-core's WCAG 2.1 A/AA rules (the button's name holds its text).
    expect(describeViolations(await axe(options))).toBe('');
    // Added by hand, a preset address is refused as already listed; nothing is stored.
    await options.getByLabel('Weitere Adresse hinzufügen').fill('https://acdev.service-bw.de');
    await options.getByRole('button', { name: 'Hinzufügen' }).click();
    await expect.poll(() => options.getByRole('alert').textContent()).toBe('https://acdev.service-bw.de ist bereits in der Liste.');
    expect(await ext.worker.evaluate(() => (globalThis as any).chrome.storage.local.get('extraHosts'))).toEqual({});
    // hideTasks: the side panel lists every task but the hidden one.
    const panel = await ext.context.newPage();
    await panel.goto(ext.extensionUrl('sidepanel.html'));
    await expect.poll(() => panel.getByRole('button', { name: 'Anleitung starten: Impressum' }).count(), { timeout: 5000 }).toBe(1);
    await expect.poll(() => panel.getByRole('button', { name: /Wartungsmodus ausschalten/ }).count(), { timeout: 10_000 }).toBe(0);
    expect(await panel.getByRole('button', { name: /^Anleitung starten: / }).count()).toBe(6);
  });

  it('Chromium on a screen: the preset address, allowed once in the browser\'s own prompt, gets the guide', async () => {
    cleanup.push(writePolicy(CHROMIUM_POLICY, { '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: PRESET } } }));
    // Headless Chromium cannot show its permission prompt; on a virtual screen it does, and takes keys.
    const screen = await startXvfb();
    cleanup.push(() => screen.close());
    const ext = await launchWithExtension({ headless: false, env: { DISPLAY: screen.display } });
    cleanup.push(() => ext.close());
    await routeHosts(ext.context, [PRESET_HOST]);
    const granted = () => ext.worker.evaluate(() => (globalThis as any).chrome.permissions.contains({ origins: ['https://acdev.service-bw.de/*'] }));
    expect(await granted()).toBe(false);
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    const allow = options.getByRole('button', { name: 'Zugriff erlauben: https://acdev.service-bw.de' });
    await expect.poll(() => allow.count(), { timeout: 10_000 }).toBe(1);

    // The admin clicks once; Chromium asks ("Deny" has the focus), and she answers "Allow": Tab, Space. The prompt
    // is browser UI, with nothing a test can wait for: it is given a second to appear.
    await allow.click();
    await options.waitForTimeout(1000);
    screen.pressKeys('Tab', 'space');
    await expect.poll(granted, { timeout: 5000 }).toBe(true);
    await expect.poll(() => options.locator('body').innerText()).toContain('Der Wegweiser arbeitet jetzt auf https://acdev.service-bw.de.');
    // The button goes once the page has read the new permission (it may come a moment after the notice).
    await expect.poll(() => allow.count()).toBe(0);

    // The Wegweiser now works there: it recognises the page, the side panel names it, and a started guide marks its target.
    const admin = await ext.context.newPage();
    await admin.goto(practiceUrl('aktuell', 'neuigkeiten', { host: PRESET_HOST }));
    await expect.poll(() => admin.locator('admincenter-wegweiser').getAttribute('data-generation'), { timeout: 10_000 }).toBe('aktuell');
    const panel = await ext.context.newPage();
    await panel.goto(ext.extensionUrl('sidepanel.html'));
    await expect.poll(() => panel.getByTestId('adminCenterStatus').textContent(), { timeout: 10_000 }).toContain('AdminCenter acdev.service-bw.de: aktuelle Oberfläche erkannt');
    await panel.close();
    await startTask('Impressum', admin, ext);
    await admin.bringToFront();
    await expect.poll(() => admin.locator('[data-wegweiser-target]').first().textContent(), { timeout: 10_000 }).toMatch(/Benutzer|Mandanten/);
  });

  it('firefox-esr: the same policy reaches its options page; the preset address, allowed once, gets the guide', async () => {
    cleanup.push(writePolicy(FIREFOX_POLICY, { policies: { '3rdparty': { Extensions: { [FIREFOX_EXTENSION_ID]: PRESET } } } }));
    const firefox = await launchFirefoxWithExtension();
    cleanup.push(() => firefox.close());
    expect(firefox.addonId).toBe(FIREFOX_EXTENSION_ID);
    await expect.poll(() => firefox.readSidebar().then((s) => s.url), { timeout: 10_000 }).toMatch(/sidepanel\.html$/);
    // hideTasks: the sidebar lists the tasks without the hidden one.
    await expect.poll(() => firefox.readSidebar().then((s) => s.text), { timeout: 10_000 }).toContain('Rechte für KISA');
    // (the policy is read after the panel first draws: the hidden task goes once it is in)
    await expect.poll(() => firefox.readSidebar().then((s) => s.text), { timeout: 10_000 }).not.toContain('Wartungsmodus ausschalten');
    await firefox.openExtensionPage('options.html');
    await expect.poll(() => firefox.readPage(), { timeout: 10_000 }).toContain('von Ihrer IT vorgegeben');
    expectPresetShown(await firefox.readPage());

    // The admin allows the preset address once (the browser asks each person; no policy answers for them) …
    await firefox.click('button[aria-label="Zugriff erlauben: https://acdev.service-bw.de"]');
    await expect.poll(() => firefox.inBrowserWindow(`
      const prompt = document.getElementById('addon-webext-permissions-notification');
      if (!prompt || prompt.hidden) return false;
      prompt.button.click();
      return true;`), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => firefox.readPage(), { timeout: 10_000 }).toContain('Der Wegweiser arbeitet jetzt auf https://acdev.service-bw.de.');
    await expect.poll(() => firefox.inPage(`return !!document.querySelector('button[aria-label="Zugriff erlauben: https://acdev.service-bw.de"]')`)).toBe(false);
    // … and the Wegweiser works there: it recognises the page and guides a task started from the sidebar.
    await firefox.navigate(practiceUrl('aktuell', 'neuigkeiten', { host: PRESET_HOST }));
    await expect.poll(() => firefox.inPage(`return document.querySelector('admincenter-wegweiser')?.getAttribute('data-generation') ?? null`), { timeout: 10_000 }).toBe('aktuell');
    await expect.poll(() => firefox.readSidebar().then((s) => s.text), { timeout: 10_000 }).toContain('AdminCenter acdev.service-bw.de: aktuelle Oberfläche erkannt');
    await firefox.inSidebar(`(w) => { w.document.querySelector('details.all-tasks').open = true; w.document.querySelector('button[aria-label="Anleitung starten: Impressum"]').click(); return true; }`);
    await expect.poll(() => firefox.inPage(`return document.querySelector('[data-wegweiser-target]')?.textContent?.trim() ?? null`), { timeout: 10_000 }).toMatch(/Benutzer|Mandanten/);
  });
});
