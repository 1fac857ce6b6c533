// Firefox (Debian's firefox-esr) with the built Firefox extension installed as a temporary add-on,
// driven over Marionette, with the practice AdminCenter served under the real host names.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connectMarionette } from './marionette.mjs';
import { startPracticeProxy } from './practice-proxy.mjs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');

export function findFirefox() {
  return [process.env.FIREFOX_PATH, ...CANDIDATES].find((p) => p && existsSync(p)) ?? null;
}

export const FIREFOX_INSTALL_HINT =
  'Kein Firefox gefunden. Installieren Sie ihn, z. B. unter Debian/Ubuntu mit: sudo apt-get install firefox-esr\n' +
  '(oder geben Sie den Pfad in der Umgebungsvariablen FIREFOX_PATH an). / No Firefox found: apt-get install firefox-esr';

/** A fresh profile: Marionette on a free port (Firefox writes it to MarionetteActivePort), all traffic to the proxy. */
function createProfile(proxyPort, extraPrefs = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'wegweiser-firefox-'));
  const prefs = {
    'marionette.port': 0,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': proxyPort,
    'browser.shell.checkDefaultBrowser': false,
    'intl.locale.requested': 'de-DE',
    // Headless firefox-esr has no desktop theme: its sidebar header's text comes out white on white (an "empty strip");
    // a desktop's own colours, as admins see them.
    'ui.-moz-sidebartext': '#15141a',
    ...extraPrefs,
  };
  writeFileSync(join(dir, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
  return dir;
}

async function waitForPort(profile, firefox, log) {
  const file = join(profile, 'MarionetteActivePort');
  for (const started = Date.now(); Date.now() - started < 30_000;) {
    if (firefox.exitCode !== null) break;
    if (existsSync(file)) {
      const port = Number(readFileSync(file, 'utf8'));
      if (port) return port;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Firefox startete Marionette nicht (Exit ${firefox.exitCode}):\n${log.join('').slice(-2000)}`);
}

/** Sidebar state, read in the browser window (chrome context): open, whose panel, and the panel's visible text. */
const READ_SIDEBAR = `
  const resolve = arguments[arguments.length - 1];
  const sidebar = window.SidebarController ?? window.SidebarUI;
  const box = document.getElementById('sidebar-box');
  const panel = document.getElementById('sidebar')?.contentDocument?.getElementById('webext-panels-browser');
  const state = { open: sidebar.isOpen, id: sidebar.currentID, width: box?.getBoundingClientRect().width ?? 0, url: panel?.currentURI?.spec ?? null };
  if (!panel?.messageManager) return resolve({ ...state, text: '' });
  // The panel runs in the extension's content process: a frame script sends back its rendered text.
  panel.messageManager.addMessageListener('wegweiser:sidebar-text', (m) => resolve({ ...state, text: m.data }));
  panel.messageManager.loadFrameScript('data:,sendAsyncMessage("wegweiser:sidebar-text", content.document.body?.innerText ?? "")', false);
`;

/**
 * Runs a function in the sidebar's page and resolves with what it returns (JSON-like data, or a promise of it).
 * The function gets the page's window as its argument; it runs in a frame script, so it sees the page through
 * Firefox's X-ray wrappers (DOM and layout as rendered; the page's own script objects via `wrappedJSObject`).
 */
const IN_SIDEBAR = `
  const [source, resolve] = [arguments[0], arguments[arguments.length - 1]];
  const panel = document.getElementById('sidebar')?.contentDocument?.getElementById('webext-panels-browser');
  if (!panel?.messageManager) return resolve(null);
  const name = 'wegweiser:sidebar-' + Math.random().toString(36).slice(2);
  const listener = (m) => { panel.messageManager.removeMessageListener(name, listener); resolve(m.data); };
  panel.messageManager.addMessageListener(name, listener);
  const script = 'Promise.resolve((' + source + ')(content)).then((d) => sendAsyncMessage(' + JSON.stringify(name) + ', d), (e) => sendAsyncMessage(' + JSON.stringify(name) + ', { error: String(e) }))';
  panel.messageManager.loadFrameScript('data:text/javascript;charset=utf-8,' + encodeURIComponent(script), false);
`;

/** Sets the sidebar's width as the admin does by dragging its edge; resolves with the width the panel page gets. */
const SIDEBAR_WIDTH = `
  const [width, resolve] = [arguments[0], arguments[arguments.length - 1]];
  const box = document.getElementById('sidebar-box');
  box.style.width = width + 'px';
  // two frames: Firefox lays the window out again before the panel's page learns its new size
  requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.getElementById('sidebar')?.getBoundingClientRect().width ?? 0)));
`;

/**
 * Firefox with the built add-on installed for this session, or (`byPolicy`) with whatever its policies.json
 * installs: then the add-on id is `byPolicy`, and unsigned packages are allowed (firefox-esr honours that pref; the
 * package an IT department hands out is the one Mozilla signed).
 * @param {{ extensionDir?: string, byPolicy?: string }} [options]
 */
export async function launchFirefoxWithExtension({ extensionDir = FIREFOX_EXTENSION_DIR, byPolicy } = {}) {
  const executable = findFirefox();
  if (!executable) throw new Error(FIREFOX_INSTALL_HINT);
  const proxy = await startPracticeProxy();
  const profile = createProfile(proxy.port, byPolicy ? { 'xpinstall.signatures.required': false } : {});
  const log = [];
  // -remote-allow-system-access: Marionette may then run scripts in the browser window itself (Firefox ≥ 138).
  const firefox = spawn(executable, ['--headless', '--marionette', '-remote-allow-system-access', '--no-remote', '--profile', profile, 'about:blank'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  for (const stream of [firefox.stdout, firefox.stderr]) stream.on('data', (d) => log.push(String(d)));
  const killOnExit = () => firefox.kill('SIGKILL');
  process.once('exit', killOnExit);
  const close = async () => {
    process.off('exit', killOnExit);
    if (firefox.exitCode === null) {
      const exited = new Promise((r) => firefox.once('exit', r));
      firefox.kill();
      await exited;
    }
    await proxy.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const marionette = await connectMarionette(await waitForPort(profile, firefox, log));
    // The practice site's certificate is self-signed.
    await marionette.send('WebDriver:NewSession', { acceptInsecureCerts: true });
    const addonId = byPolicy ?? (await marionette.send('Addon:Install', { path: resolve(extensionDir), temporary: true })).value;
    const inChrome = async (name, params) => {
      await marionette.send('Marionette:SetContext', { value: 'chrome' });
      try { return (await marionette.send(name, params)).value; } finally { await marionette.send('Marionette:SetContext', { value: 'content' }); }
    };
    return {
      addonId,
      /** The id Firefox gives this add-on's sidebar (widget id + "-sidebar-action"). */
      sidebarId: `${addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-sidebar-action`,
      navigate: (url) => marionette.send('WebDriver:Navigate', { url }),
      /** A script run in the browser window itself (chrome context), e.g. to measure the sidebar's boxes. */
      inBrowserWindow: (script, args = []) => inChrome('WebDriver:ExecuteScript', { script, args }),
      /** The admin's own click (Marionette's, a trusted one) on the element of the page in the tab that `css` finds. */
      click: async (css) => {
        const { value } = await marionette.send('WebDriver:FindElement', { using: 'css selector', value: css });
        await marionette.send('WebDriver:ElementClick', { id: Object.values(value)[0] });
      },
      /** What the page script `script` returns (content context). */
      inPage: async (script) => (await marionette.send('WebDriver:ExecuteScript', { script, args: [] })).value,
      /** The visible text of the page in the tab (content context). */
      readPage: async () => (await marionette.send('WebDriver:ExecuteScript', { script: 'return document.body?.innerText ?? ""', args: [] })).value,
      /** { open, id, width, url, text } of the sidebar of the browser window. */
      readSidebar: () => inChrome('WebDriver:ExecuteAsyncScript', { script: READ_SIDEBAR, args: [] }),
      /** Opens one of the add-on's own pages in the tab, at the address of the sidebar's page (moz-extension: ids differ per profile). */
      openExtensionPage: async (file) => {
        const { url } = await inChrome('WebDriver:ExecuteAsyncScript', { script: READ_SIDEBAR, args: [] });
        if (!url) throw new Error('Die Seitenleiste des Wegweisers ist nicht offen.');
        await marionette.send('WebDriver:Navigate', { url: url.replace(/[^/]*$/, file) });
      },
      /** What `fn(window)` returns, run in the sidebar's page (see IN_SIDEBAR). */
      inSidebar: (fn) => inChrome('WebDriver:ExecuteAsyncScript', { script: IN_SIDEBAR, args: [String(fn)] }),
      /** Drags the sidebar to `width` CSS pixels; resolves with the width it got. */
      setSidebarWidth: (width) => inChrome('WebDriver:ExecuteAsyncScript', { script: SIDEBAR_WIDTH, args: [width] }),
      /** PNG of the whole browser window, sidebar included. */
      screenshot: async () => Buffer.from(await inChrome('WebDriver:TakeScreenshot', { full: true }), 'base64'),
      close: async () => { marionette.close(); await close(); },
    };
  } catch (failed) {
    await close();
    throw failed;
  }
}
