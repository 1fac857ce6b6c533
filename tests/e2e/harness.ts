// One shared Chromium with the built extension for every e2e file (files run in turn, modules shared).
import { launchWithExtension } from '../../scripts/lib/browser.mjs';

export type Extension = Awaited<ReturnType<typeof launchWithExtension>>;
let shared: Promise<Extension> | undefined;

export function extension(): Promise<Extension> {
  shared ??= launchWithExtension();
  return shared;
}

/**
 * A fresh install for each test: every page an earlier test left open is closed (an open AdminCenter
 * page would go on steering the one shared guide), then everything the extension stored is cleared.
 */
export async function resetStorage(ext: Extension) {
  const pages = ext.context.pages();
  // One blank page stays, so the browser window never closes.
  const keep = pages.find((p) => p.url() === 'about:blank') ?? (await ext.context.newPage());
  await Promise.all(pages.filter((p) => p !== keep).map((p) => p.close()));
  await ext.worker.evaluate(async () => {
    const api = (globalThis as any).chrome;
    await api.storage.local.clear();
    await api.storage.session.clear();
  });
}

// Files share this module, so the browser closes when the test process ends.
process.once('beforeExit', () => {
  void shared?.then((ext) => ext.close());
});
