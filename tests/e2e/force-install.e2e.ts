// The README's way for an IT department, in real browsers. Chromium: `npm run crx` signs the package with the IT's key,
// a web server hands it out, and a real policy file (ExtensionSettings force_installed + 3rdparty) installs and
// presets it. firefox-esr: policies.json installs the Firefox package from its install_url and presets it.
import { describe, it, expect, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import JSZip from 'jszip';
import { DEV_HOST, launchForPolicyInstall, practiceUrl } from '../../scripts/lib/browser.mjs';
import { FIREFOX_EXTENSION_DIR, launchFirefoxWithExtension } from '../../scripts/lib/firefox.mjs';
import { extensionIdOf } from '../../scripts/pack-crx.mjs';
import { FIREFOX_EXTENSION_ID } from '../../shared/extension-ids';
import { FIREFOX_POLICY, PRESET_HOST, chromiumPolicy, writePolicy } from './policy-files';

const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

/** The IT's web server: hands out what `npm run crx` wrote, and counts what the browser fetched. */
async function serve(dir: string) {
  const fetched: string[] = [];
  const server = createServer((req, res) => {
    const file = basename(new URL(req.url ?? '/', 'http://x').pathname);
    fetched.push(file);
    try {
      res.writeHead(200, { 'content-type': file.endsWith('.crx') ? 'application/x-chrome-extension' : 'text/xml' }).end(readFileSync(join(dir, file)));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  cleanup.push(() => new Promise<void>((closed) => server.close(() => closed())));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, fetched };
}

describe('force-installed by policy from the IT\'s own server', () => {
  it('Chromium: installs the signed package under the id npm run crx printed, works on the AdminCenter at once, and takes the presets', async () => {
    const work = mkdtempSync(join(tmpdir(), 'wegweiser-it-'));
    cleanup.push(() => rmSync(work, { recursive: true, force: true }));
    const out = join(work, 'server');
    mkdirSync(out);
    const server = await serve(out);
    const key = join(work, 'it-schluessel.pem');
    const printed = execFileSync('node', ['scripts/pack-crx.mjs', '--key', key, '--url', server.base, '--out', out], { encoding: 'utf8' });
    expect(printed).toContain('Neuer Schlüssel');
    const id = /Kennung: ([a-p]{32})/.exec(printed)?.[1];
    expect(id).toBe(extensionIdOf(readFileSync(key, 'utf8')));
    // The policy exactly as the script printed it, plus the presets.
    const settings = JSON.parse(printed.trim().split('\n').at(-1)!);
    expect(settings).toEqual({ [id!]: { installation_mode: 'force_installed', update_url: `${server.base}updates.xml` } });
    // DeveloperToolsAvailability only for the test, which drives the browser through DevTools: by default Chromium (seen
    // in 156) keeps DevTools off a force-installed extension's pages and worker, and the test then sees each such tab close.
    cleanup.push(writePolicy(chromiumPolicy('install'), {
      ExtensionSettings: settings, '3rdparty': { extensions: { [id!]: { hosts: [PRESET_HOST] } } }, DeveloperToolsAvailability: 1,
    }));

    const browser = await launchForPolicyInstall();
    cleanup.push(() => browser.close());
    // Chromium fetches updates.xml, then the package, and installs it (it closes any tab of the extension meanwhile).
    let options: Page | undefined;
    await expect.poll(async () => {
      const page = await browser.context.newPage();
      const shown = await page.goto(`chrome-extension://${id}/options.html`).then(() => page.getByRole('heading', { name: 'AdminCenter-Adressen' }).count(), () => 0);
      if (shown) options = page;
      else await page.close().catch(() => undefined);
      return shown;
    }, { timeout: 30_000, interval: 1000 }).toBe(1);
    expect(server.fetched).toContain(`admincenter-wegweiser-${JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8')).version}.crx`);
    // Installed by the administrator (policy), under the key's id; nobody was asked for the two AdminCenter addresses.
    const self = await options!.evaluate(() => (globalThis as any).chrome.management.getSelf());
    expect(self).toMatchObject({ id, installType: 'admin' });
    expect(await options!.evaluate((dev) => (globalThis as any).chrome.permissions.contains({ origins: [`${dev}/*`] }), DEV_HOST)).toBe(true);
    // The 3rdparty presets reach the self-hosted package too.
    await expect.poll(() => options!.getByText('von Ihrer IT vorgegeben').count(), { timeout: 10_000 }).toBe(1);

    // The AdminCenter works at once, without a click in the options page: the page is recognised.
    const admin = await browser.context.newPage();
    await admin.goto(practiceUrl('aktuell', 'mandanten/6000101/impressum'));
    await expect.poll(() => admin.locator('admincenter-wegweiser').getAttribute('data-generation'), { timeout: 10_000 }).toBe('aktuell');
  });

  it('firefox-esr: policies.json installs the package from its install_url, it works on the AdminCenter at once, and takes the presets', async () => {
    // The Firefox package as `npm run zip` makes it (the build's files at the archive's root), as an .xpi file.
    const work = mkdtempSync(join(tmpdir(), 'wegweiser-it-firefox-'));
    cleanup.push(() => rmSync(work, { recursive: true, force: true }));
    const zip = new JSZip();
    const add = (dir: string, prefix = '') => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) add(path, `${prefix}${name}/`);
        else zip.file(`${prefix}${name}`, readFileSync(path));
      }
    };
    add(FIREFOX_EXTENSION_DIR);
    const xpi = join(work, 'admincenter-wegweiser.xpi');
    writeFileSync(xpi, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    cleanup.push(writePolicy(FIREFOX_POLICY, { policies: {
      ExtensionSettings: { [FIREFOX_EXTENSION_ID]: { installation_mode: 'force_installed', install_url: `file://${xpi}` } },
      '3rdparty': { Extensions: { [FIREFOX_EXTENSION_ID]: { hosts: [PRESET_HOST] } } },
    } }));

    const firefox = await launchFirefoxWithExtension({ byPolicy: FIREFOX_EXTENSION_ID });
    cleanup.push(() => firefox.close());
    // Installed by the enterprise policy, active, with the two AdminCenter addresses granted.
    const addon = () => firefox.inBrowserWindow(`
      const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      return AddonManager.getAddonByID(arguments[0]).then((a) => a && { active: a.isActive, source: a.installTelemetryInfo?.source ?? null, origins: a.userPermissions?.origins ?? [] });`, [FIREFOX_EXTENSION_ID]);
    await expect.poll(addon, { timeout: 20_000 }).toMatchObject({ active: true, source: 'enterprise-policy' });
    expect((await addon()).origins).toEqual(expect.arrayContaining([`${DEV_HOST}/*`]));
    // Its options page shows the preset address.
    await expect.poll(() => firefox.readSidebar().then((s: { url: string | null }) => s.url ?? ''), { timeout: 10_000 }).toMatch(/sidepanel\.html$/);
    await firefox.openExtensionPage('options.html');
    await expect.poll(() => firefox.readPage(), { timeout: 10_000 }).toContain('von Ihrer IT vorgegeben');
    // The AdminCenter works at once: the page is recognised, nobody clicked anything.
    await firefox.navigate(practiceUrl('aktuell', 'mandanten/6000101/impressum'));
    await expect.poll(() => firefox.inPage(`return document.querySelector('admincenter-wegweiser')?.getAttribute('data-generation') ?? null`), { timeout: 10_000 }).toBe('aktuell');
  });
});
