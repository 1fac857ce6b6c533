import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { messageSchema } from '../utils/message-schema';
import type { Reply } from '../utils/messages';
import { extraHostsItem } from '../utils/storage';
import { createQueue } from '../utils/serial';
import { readHosts } from '../utils/stored-readers';
import { syncContentScripts, grantedHosts } from '../utils/content-registration';
import { handleMessage, toggleGuide } from '../utils/background-handlers';

export default defineBackground(() => {
  const serial = createQueue();
  const sync = () => serial(async () => { await syncContentScripts(await readHosts()); });

  browser.runtime.onInstalled.addListener(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());
  // A host whose permission was withdrawn in the browser's settings is dropped from the list too.
  browser.permissions.onRemoved.addListener(() => void serial(async () => {
    const hosts = await readHosts();
    await extraHostsItem.setValue(await grantedHosts(hosts));
    await syncContentScripts(await readHosts());
  }));

  // The keyboard command hides the running guide, or brings back the last one.
  browser.commands?.onCommand.addListener((command) => {
    if (command === 'toggle-guide') void serial(toggleGuide);
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) return Promise.resolve<Reply>({ ok: false, error: 'Unbekannte Nachricht.' });
    return serial(() => handleMessage(parsed.data, sender.tab?.id));
  });
});
