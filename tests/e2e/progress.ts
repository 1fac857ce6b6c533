// Reading the extension's stored checklist from its service worker (what the side panel shows).
import { extension } from './harness';
import { DEV_HOST } from '../../scripts/lib/browser.mjs';

export async function storedProgress(): Promise<Record<string, any>> {
  const ext = await extension();
  return ext.worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('progress')).progress ?? {});
}

/** A checklist item of Freiberg on the dev AdminCenter (the practice AdminCenter's default tenant). */
export async function checklistItem(id: string, tenant = 'Freiberg', host = DEV_HOST) {
  return (await storedProgress())[`${host}|${tenant}`]?.items?.[id];
}
