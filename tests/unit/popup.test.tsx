import { afterEach, beforeEach, describe, it, expect, vi } from 'vitest';
import { render, screen, fireEvent, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/popup/App';
import { handleMessage } from '../../background/background-handlers';
import { connectBackground } from './fakes';
import { guidesItem, lastAdminCenterTabItem, progressItem } from '../../shared/storage';
import { emptyProgress, mergeFacts, decide } from '../../rules/checklist';

const DEV = 'https://admincenter.amt24dev.sachsen.de';
const LIVE = 'https://admincenter.amt24.sachsen.de';

// The fake browser has no focused window; the popup only needs its id.
beforeEach(() => {
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1 } as never);
  vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
  vi.spyOn(window, 'close').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

/** The AdminCenter tab the popup follows. */
let tabId = 0;

async function seed() {
  tabId = (await fakeBrowser.tabs.create({ url: `${DEV}/admincenter/` })).id!;
  const freiberg = decide(mergeFacts(emptyProgress(DEV, 'Freiberg', 'dev', 1), [{ kind: 'impressum', name: '', seen: { saved: true } }], 2), 'datenschutz', { status: 'nicht zutreffend' }, 3);
  const chemnitz = emptyProgress(LIVE, 'Chemnitz', 'live', 1);
  await progressItem.setValue({ [freiberg.key]: freiberg, [chemnitz.key]: chemnitz });
  await lastAdminCenterTabItem.setValue({ tabId, origin: DEV, url: `${DEV}/admincenter/`, generation: 'aktuell', seenAt: 1, tenantKey: freiberg.key });
}

describe('popup: progress and the next step', () => {
  it('shows each stored tenant\'s progress and the next open item of the current tenant', async () => {
    await seed();
    render(<App />);
    await waitFor(() => expect(screen.getByText('Freiberg: 2 von 4 erledigt')).toBeTruthy());
    expect(screen.getByText('Chemnitz: 0 von 4 erledigt')).toBeTruthy();
    const next = screen.getByRole('region', { name: 'Nächster Schritt' });
    expect(within(next).getByText('Logo / Bild (Freiberg)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Seitenleiste öffnen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Einstellungen' })).toBeTruthy();
  });

  it('starts the task of the next open item with "Anleitung fortsetzen"', async () => {
    connectBackground(handleMessage);
    await seed();
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Anleitung fortsetzen' }));
    await waitFor(async () => expect((await guidesItem.getValue())[tabId]?.taskId).toBe('bild'));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Laufende Anleitung' }).textContent).toContain('Logo / Bild – Schritt 1 von'));
  });

  it('offers to continue a running guide without restarting it', async () => {
    connectBackground(handleMessage);
    await seed();
    await guidesItem.setValue({ [tabId]: { taskId: 'impressum', step: 2, ctx: {} } });
    render(<App />);
    await waitFor(() => expect(screen.getByRole('region', { name: 'Laufende Anleitung' }).textContent).toContain('Impressum – Schritt 3 von'));
    fireEvent.click(screen.getByRole('button', { name: 'Anleitung fortsetzen' }));
    await waitFor(() => expect(window.close).toHaveBeenCalled());
    expect(fakeBrowser.tabs.update).toHaveBeenCalledWith(tabId, { active: true });
    expect(await guidesItem.getValue()).toEqual({ [tabId]: { taskId: 'impressum', step: 2, ctx: {} } });
  });

  it('shows only the guide of the tab it follows, not one running in another tab', async () => {
    await seed();
    await guidesItem.setValue({ [tabId + 1]: { taskId: 'impressum', step: 2, ctx: {} } });
    render(<App />);
    await waitFor(() => expect(screen.getByRole('region', { name: 'Nächster Schritt' })).toBeTruthy());
    expect(screen.queryByRole('region', { name: 'Laufende Anleitung' })).toBeNull();
  });

  it('says so when the AdminCenter tab it followed is closed, and stays open', async () => {
    connectBackground(handleMessage);
    await seed();
    // The browser no longer knows the tab.
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error(`No tab with id: ${tabId}.`));
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Anleitung fortsetzen' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Öffnen Sie zuerst das AdminCenter in einem Tab.'));
    expect(window.close).not.toHaveBeenCalled();
    expect(await guidesItem.getValue()).toEqual({});
  });
});
