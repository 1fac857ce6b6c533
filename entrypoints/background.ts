import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { extraHostsItem } from '../shared/storage';
import { createQueue } from '../background/serial';
import { readHosts } from '../background/stored-readers';
import { activeHosts, syncContentScripts, grantedHosts } from '../background/content-registration';
import { managedChanged, managedOnce } from '../shared/managed';
import { receiveMessage } from '../background/background-handlers';
import { forgetTab, pageTab, removeRetiredGuide, toggleGuide } from '../background/guides';

export default defineBackground(() => {
  const serial = createQueue();
  // The IT's presets are read before the queue is entered: their first read can take seconds, messages go on meanwhile.
  const sync = async () => {
    await managedOnce();
    await serial(async () => { await syncContentScripts(await activeHosts()); });
  };
  void managedOnce();

  browser.runtime.onInstalled.addListener(() => {
    void sync();
    void serial(removeRetiredGuide);
  });
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
    if (area === 'managed') void managedChanged().then(sync);
  });

  // The keyboard command hides the guide of the tab in front, or brings back its last one.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'toggle-guide') void serial(async () => toggleGuide(tab?.id ?? (await activeTab())));
  });
  // Closing a tab ends its guide.
  browser.tabs.onRemoved.addListener((tabId) => void serial(() => forgetTab(tabId)));

  browser.runtime.onMessage.addListener((raw: unknown, sender) => serial(() => receiveMessage(raw, pageTab(sender))));
});

async function activeTab(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []);
  return tab?.id;
}
