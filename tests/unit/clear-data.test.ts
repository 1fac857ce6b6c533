// "Alle gespeicherten Daten löschen" in the background: everything the extension stored is gone, the admin's own
// addresses give their browser access back, and what the IT preset keeps working.
import { describe, it, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { receiveMessage, handleMessage } from '../../background/background-handlers';
import { extraHostsItem, guidesItem, lastAdminCenterTabItem, namedTenantsItem, progressItem } from '../../shared/storage';
import { emptyProgress } from '../../rules/checklist';
import { granted, registered } from './fakes';

const DEV = 'https://admincenter.amt24dev.sachsen.de';

async function storeEverything() {
  const freiberg = emptyProgress(DEV, 'Freiberg', 'dev', 1);
  await progressItem.setValue({ [freiberg.key]: freiberg });
  await guidesItem.setValue({ 3: { taskId: 'impressum', step: 1, ctx: {} } });
  await namedTenantsItem.setValue({ 'https://acdev.service-bw.de': 'Freiberg' });
  await lastAdminCenterTabItem.setValue({ tabId: 3, origin: DEV, url: `${DEV}/admincenter/`, generation: 'aktuell', seenAt: 1 });
  granted.add('https://acdev.service-bw.de/*');
  expect(await handleMessage({ type: 'hosts/add', origin: 'https://acdev.service-bw.de' }, undefined)).toEqual({ ok: true });
}

describe('data/clear', () => {
  it('empties the local and the session storage and says so in German', async () => {
    await storeEverything();
    const reply = await receiveMessage({ type: 'data/clear' }, undefined);
    expect(reply).toEqual({ ok: true, notice: 'Alle gespeicherten Daten des Wegweisers in diesem Browser sind gelöscht.' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await extraHostsItem.getValue()).toEqual([]);
  });

  it('gives back the access to the addresses the admin added and stops the guide there', async () => {
    await storeEverything();
    expect(granted.has('https://acdev.service-bw.de/*')).toBe(true);
    await receiveMessage({ type: 'data/clear' }, undefined);
    expect(granted.has('https://acdev.service-bw.de/*')).toBe(false);
    expect([...registered.values()]).toEqual([]);
  });

  it('keeps an address the IT preset working: its access stays, its content script stays registered', async () => {
    await fakeBrowser.storage.managed.set({ hosts: ['https://a.example.de'] });
    granted.add('https://a.example.de/*');
    await storeEverything();
    await receiveMessage({ type: 'data/clear' }, undefined);
    expect(granted.has('https://a.example.de/*')).toBe(true);
    expect([...registered.values()].flatMap((s) => s.matches)).toEqual(['https://a.example.de/*']);
  });

  it('takes the open-items count off the tabs, which counted the deleted checklists', async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${DEV}/admincenter/` });
    await fakeBrowser.action.setBadgeText({ tabId: tab.id, text: '4' });
    await receiveMessage({ type: 'data/clear' }, undefined);
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('');
  });
});
