// "Schritt n von m" is the same on the step card, in the popup and in the side panel: each counts the steps of the
// UI generation on screen (Wartungsmodus has one save step per generation: 8 steps on each, never 9).
import { afterEach, beforeEach, describe, it, expect, vi } from 'vitest';
import { render, screen, waitFor, cleanup } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as Popup } from '../../entrypoints/popup/App';
import { App as SidePanel } from '../../entrypoints/sidepanel/App';
import { handleMessage } from '../../background/background-handlers';
import { lastAdminCenterTabItem } from '../../shared/storage';
import { guideView } from '../../entrypoints/admincenter.content/guide-view';
import { wartungsmodus } from '../../rules/tasks/wartungsmodus';
import { stepProgress } from '../../rules/engine';
import type { Generation } from '../../rules/types';
import { connectBackground } from './fakes';

const DEV = 'https://admincenter.amt24dev.sachsen.de';

beforeEach(() => {
  connectBackground(handleMessage);
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1 } as never);
  vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
});
afterEach(() => { cleanup(); vi.restoreAllMocks(); });

/** What the step card says on step `index` of Wartungsmodus. */
const onCard = (index: number, generation: Generation) =>
  guideView(wartungsmodus, { kind: 'step', step: wartungsmodus.steps[index], index, locator: [], text: '', place: '' }, null, generation).progress;

async function running(index: number, generation: Generation) {
  const tabId = (await fakeBrowser.tabs.create({ url: `${DEV}/admincenter/` })).id!;
  await lastAdminCenterTabItem.setValue({ tabId, origin: DEV, url: `${DEV}/admincenter/`, generation, seenAt: 1 });
  // Started from the panel for the tab it follows; the page of that tab moves it on.
  expect(await handleMessage({ type: 'guide/start', taskId: 'wartungsmodus' }, undefined)).toEqual({ ok: true });
  if (index) await handleMessage({ type: 'guide/set', taskId: 'wartungsmodus', step: index }, tabId);
}

describe('Schritt n von m', () => {
  it('counts 8 steps of Wartungsmodus on each UI generation', () => {
    expect(wartungsmodus.steps).toHaveLength(9);
    expect(stepProgress(wartungsmodus, 0, 'klassisch')).toEqual({ n: 1, of: 8 });
    // The last step is the klassisch save on klassisch, the aktuell save on aktuell: both the 8th.
    expect(stepProgress(wartungsmodus, 7, 'klassisch')).toEqual({ n: 8, of: 8 });
    expect(stepProgress(wartungsmodus, 8, 'aktuell')).toEqual({ n: 8, of: 8 });
  });

  it.each([[7, 'klassisch'], [8, 'aktuell'], [2, 'aktuell']] as const)('step %i on %s reads the same on card, popup and side panel', async (index, generation) => {
    await running(index, generation);
    const card = onCard(index, generation);
    expect(card).toMatch(/^Schritt \d von 8$/);
    render(<Popup />);
    await waitFor(() => expect(screen.getByRole('region', { name: 'Laufende Anleitung' }).textContent).toContain(`Wartungsmodus ausschalten – ${card}`));
    cleanup();
    render(<SidePanel />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain(`Wartungsmodus ausschalten – ${card}.`));
  });
});
