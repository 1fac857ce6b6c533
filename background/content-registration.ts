// Keeps the content script registered on the hosts the admin added (and granted).
import { browser } from 'wxt/browser';
import { hostPattern } from '../shared/hosts';
import { managedOnce } from '../shared/managed';
import { readHosts } from './stored-readers';

export const EXTRA_SCRIPT_ID = 'admincenter-extra-hosts';
export const CONTENT_SCRIPT_FILE = 'content-scripts/admincenter.js';

/** Origins among `hosts` for which the admin granted the host permission. */
export async function grantedHosts(hosts: string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const origin of hosts) {
    if (await browser.permissions.contains({ origins: [hostPattern(origin)] })) granted.push(origin);
  }
  return granted;
}

/** The admin's own addresses and those the IT presets, each once. */
export async function activeHosts(): Promise<string[]> {
  return [...new Set([...(await readHosts()), ...(await managedOnce()).hosts])];
}

export async function syncContentScripts(hosts: string[]): Promise<string[]> {
  const granted = await grantedHosts(hosts);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [EXTRA_SCRIPT_ID] });
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [EXTRA_SCRIPT_ID] });
  if (granted.length) {
    await browser.scripting.registerContentScripts([
      { id: EXTRA_SCRIPT_ID, matches: granted.map(hostPattern), js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' },
    ]);
  }
  return granted;
}
