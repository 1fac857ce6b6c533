// "Alle gespeicherten Daten löschen": everything the extension stored in this browser, at once.
import { browser } from 'wxt/browser';
import { hostPattern } from '../shared/hosts';
import { managedOnce } from '../shared/managed';
import { readHosts } from './stored-readers';
import { activeHosts, syncContentScripts } from './content-registration';
import { endAllGuides, tabsWithGuides } from './guides';
import { clearBadges } from './badge';

export async function clearAllData(): Promise<void> {
  // Read before clearing: the admin's own addresses give their browser access back, the IT's stay.
  const managed = (await managedOnce()).hosts;
  const ownHosts = (await readHosts()).filter((h) => !managed.includes(h));
  // The guides go with the session storage; their tabs learn it only by message.
  const guideTabs = await tabsWithGuides();
  await browser.storage.local.clear();
  await browser.storage.session?.clear();
  endAllGuides(guideTabs);
  await syncContentScripts(await activeHosts());
  if (ownHosts.length) await browser.permissions.remove({ origins: ownHosts.map(hostPattern) }).catch(() => false);
  // The open-items count on AdminCenter tabs counted the deleted checklists.
  await clearBadges();
}
