// One shared Chromium with the built extension for every e2e file (files run in turn, modules shared).
import { launchWithExtension } from '../../scripts/lib/browser.mjs';

type Extension = Awaited<ReturnType<typeof launchWithExtension>>;
let shared: Promise<Extension> | undefined;

export function extension(): Promise<Extension> {
  shared ??= launchWithExtension();
  return shared;
}

/** Clears everything the extension stored, so each test starts like a fresh install. */
export async function resetStorage(ext: Extension) {
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
