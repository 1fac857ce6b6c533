// Tasks the IT hides by policy (hideTasks): the side panel neither lists nor counts them, the popup does not offer
// them, the toolbar badge does not count them, and the background refuses to start one.
import { afterEach, beforeEach, describe, it, expect, vi } from 'vitest';
import { render, screen, waitFor, cleanup } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as SidePanel } from '../../entrypoints/sidepanel/App';
import { App as Popup } from '../../entrypoints/popup/App';
import { handleMessage } from '../../background/background-handlers';
import { lastAdminCenterTabItem, progressItem } from '../../shared/storage';
import { emptyProgress, mergeFacts } from '../../rules/checklist';
import { managedChanged } from '../../shared/managed';

const DEV = 'https://admincenter.amt24dev.sachsen.de';

async function seed() {
  // Impressum, Datenschutz, Bild and Rechte done; one Prozess still in Wartungsmodus.
  const base = emptyProgress(DEV, 'Freiberg', 'dev', 1);
  const p = mergeFacts(base, [
    ...(['impressum', 'datenschutz', 'bild'] as const).map((kind) => ({ kind, name: '', seen: { saved: true } })),
    { kind: 'rechte' as const, name: '', seen: { kisa: true } },
    { kind: 'prozess' as const, name: 'KOMM24Hundesteueranmeldung', seen: { wartungsmodus: 'true' } },
  ], 2);
  await progressItem.setValue({ [p.key]: p });
  const tabId = (await fakeBrowser.tabs.create({ url: `${DEV}/admincenter/` })).id!;
  await lastAdminCenterTabItem.setValue({ tabId, origin: DEV, url: `${DEV}/admincenter/`, generation: 'aktuell', seenAt: 1, tenantKey: p.key });
}

// The fake browser has no focused window; the popup only needs its id.
beforeEach(() => { vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1 } as never); });
afterEach(() => vi.restoreAllMocks());

describe('hideTasks by policy', () => {
  it('without a policy, Wartungsmodus is listed and its Prozess counted', async () => {
    await seed();
    render(<SidePanel />);
    await waitFor(() => expect(screen.getByText('4 von 5 erledigt')).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Anleitung starten: Wartungsmodus ausschalten' })).toBeTruthy();
  });

  it('with wartungsmodus hidden: not listed, its items neither shown nor counted, everything else done', async () => {
    await fakeBrowser.storage.managed.set({ hideTasks: ['wartungsmodus'] });
    await seed();
    render(<SidePanel />);
    await waitFor(() => expect(screen.getByText('4 von 4 erledigt')).toBeTruthy());
    expect(screen.queryByRole('button', { name: /Wartungsmodus ausschalten/ })).toBeNull();
    expect(screen.queryByText(/KOMM24Hundesteueranmeldung/)).toBeNull();
    expect(screen.queryByRole('region', { name: 'Prozesse' })).toBeNull();
    expect(screen.getByText('Alle Punkte sind erledigt.')).toBeTruthy();
    cleanup();
    render(<Popup />);
    await waitFor(() => expect(screen.getByText('Freiberg: 4 von 4 erledigt')).toBeTruthy());
    expect(screen.queryByText(/Wartungsmodus/)).toBeNull();
    expect(await handleMessage({ type: 'guide/start', taskId: 'wartungsmodus' }, undefined)).toEqual({ ok: false, error: 'Diese Anleitung hat Ihre IT ausgeblendet.' });
  });

  it('the toolbar badge on the AdminCenter tab counts the open items without the hidden ones', async () => {
    const tab = (await fakeBrowser.tabs.create({ url: `${DEV}/admincenter/` })).id!;
    // Impressum done; Datenschutz, Bild, Rechte and the Prozess in Wartungsmodus open.
    const facts = [
      { kind: 'impressum' as const, name: '', seen: { saved: true } },
      { kind: 'prozess' as const, name: 'KOMM24Hundesteueranmeldung', seen: { wartungsmodus: 'true' } },
    ];
    const report = () => handleMessage({ type: 'facts/seen', url: `${DEV}/admincenter/`, tenant: 'Freiberg', dev: true, facts }, tab);
    await report();
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab })).toBe('4');
    await fakeBrowser.storage.managed.set({ hideTasks: ['wartungsmodus'] });
    await managedChanged();
    await report();
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab })).toBe('3');
  });
});
