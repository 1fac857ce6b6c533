import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { extraHostsItem } from '../utils/storage';
import { createQueue } from '../utils/serial';
import { readHosts } from '../utils/stored-readers';
import { activeHosts, syncContentScripts, grantedHosts } from '../utils/content-registration';
import { receiveMessage, toggleGuide } from '../utils/background-handlers';

export default defineBackground(() => {
  const serial = createQueue();
  const sync = () => serial(async () => { await syncContentScripts(await activeHosts()); });

  browser.runtime.onInstalled.addListener(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());
  // A host whose permission was withdrawn in the browser's settings is dropped from the list too.
  browser.permissions.onRemoved.addListener(() => void serial(async () => {
    const hosts = await readHosts();
    await extraHostsItem.setValue(await grantedHosts(hosts));
    await syncContentScripts(await activeHosts());
  }));
  // The admin allowed an address the IT preset (options page), or the IT changed its policy.
  browser.permissions.onAdded.addListener(() => void sync());
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void sync();
  });

  // The keyboard command hides the running guide, or brings back the last one.
  browser.commands?.onCommand.addListener((command) => {
    if (command === 'toggle-guide') void serial(toggleGuide);
  });

  // The sender's tab only for a content script: the side panel opened as a tab is an extension page, not a page of the AdminCenter.
  const own = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw: unknown, sender) =>
    serial(() => receiveMessage(raw, sender.url?.startsWith(own) ? undefined : sender.tab?.id)));
});
