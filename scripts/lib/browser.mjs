// Chromium with the built extension loaded, and the practice AdminCenter served under the real
// AdminCenter host names (request routing), so the shipped manifest is what runs.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS, INSTALL_HINT } from './chromium.mjs';
import { practiceResponse, warmPractice } from './practice-files.mjs';

export const DEV_HOST = 'https://admincenter.amt24dev.sachsen.de';
export const LIVE_HOST = 'https://admincenter.amt24.sachsen.de';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** URL of a practice page, e.g. practiceUrl('klassisch', 'mandanten'). */
export function practiceUrl(ui, hashRoute = 'neuigkeiten', { host = DEV_HOST, query = '' } = {}) {
  return `${host}/admincenter/?ui=${ui}${query ? `&${query}` : ''}#!${hashRoute}`;
}

/** Routes both default AdminCenter hosts (and `extraHosts`) to the practice files. */
export async function routePractice(context, extraHosts = []) {
  await routeHosts(context, [DEV_HOST, LIVE_HOST, ...extraHosts]);
}

/** Routes `origins` to the practice files, e.g. an address an IT department presets. */
export async function routeHosts(context, origins) {
  warmPractice();
  for (const origin of origins) {
    await context.route(`${origin}/**`, async (route) => {
      const { status, headers, body } = await practiceResponse(new URL(route.request().url()).pathname);
      await route.fulfill({ status, headers, body });
    });
  }
}

const VIEWPORT = { width: 1400, height: 900 };

const POLICY_INSTALL_BLOCKERS = ['--disable-extensions', '--disable-background-networking', '--disable-component-update'];

/** A browser with a fresh profile of its own, started with `args` besides the usual ones. */
async function launchWithProfile({ headless, viewport, args, env, installsByPolicy = false }) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const userDataDir = await mkdtemp(join(tmpdir(), 'wegweiser-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    viewport,
    locale: 'de-DE',
    // Installing by policy needs the extension updater, which these switches stop (only loopback is reachable anyway).
    args: [...CHROMIUM_ARGS.filter((a) => !installsByPolicy || !POLICY_INSTALL_BLOCKERS.includes(a)), ...args],
    ...(installsByPolicy ? { ignoreDefaultArgs: POLICY_INSTALL_BLOCKERS } : {}),
    ...(env ? { env: { ...process.env, ...env } } : {}),
  });
  await routePractice(context);
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * `env`: e.g. { DISPLAY } of a virtual screen, for a browser with windows (`headless: false`).
 * @param {{ headless?: boolean, extensionDir?: string, viewport?: { width: number, height: number }, env?: Record<string, string> }} [options]
 */
export async function launchWithExtension({ headless = true, extensionDir = EXTENSION_DIR, viewport = VIEWPORT, env } = {}) {
  const { context, close } = await launchWithProfile({ headless, viewport, env, args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    close,
  };
}

/** A browser with no extension loaded from a folder: what it has, it installed by policy (ExtensionSettings). */
export const launchForPolicyInstall = () => launchWithProfile({ headless: true, viewport: VIEWPORT, args: [], installsByPolicy: true });

/** The benchmark's baseline: the same kind of browser as with the extension, only without it. */
export const launchWithoutExtension = () => launchWithProfile({ headless: true, viewport: VIEWPORT, args: [] });
