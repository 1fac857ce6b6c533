// Chromium may deliver a storage change before the answer to a read asked for earlier, and that answer carries the
// older value: the side panel must still end up showing what is stored now (it showed no tenant until the next change).
import { afterEach, describe, it, expect, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/sidepanel/App';
import { lastAdminCenterTabItem, progressItem } from '../../shared/storage';
import { emptyProgress } from '../../rules/checklist';

const DEV = 'https://admincenter.amt24dev.sachsen.de';

afterEach(() => vi.restoreAllMocks());

describe('side panel: stored values in the order Chromium delivers them', () => {
  it('shows the tenant stored while its first read was still unanswered', async () => {
    const p = emptyProgress(DEV, 'Freiberg', 'dev', 1);
    await progressItem.setValue({ [p.key]: p });
    // The first read of the followed tab is answered only after the change event: with the value of before.
    const read = lastAdminCenterTabItem.getValue.bind(lastAdminCenterTabItem);
    let answerFirst = () => {};
    const first = new Promise<void>((done) => { answerFirst = done; });
    vi.spyOn(lastAdminCenterTabItem, 'getValue').mockImplementationOnce(async () => {
      const before = await read();
      await first;
      return before;
    });
    render(<App />);
    await waitFor(() => expect(lastAdminCenterTabItem.getValue).toHaveBeenCalled());

    const tabId = (await fakeBrowser.tabs.create({ url: `${DEV}/admincenter/` })).id!;
    await lastAdminCenterTabItem.setValue({ tabId, origin: DEV, url: `${DEV}/admincenter/`, generation: 'aktuell', seenAt: 2, tenantKey: p.key });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Freiberg' })).toBeTruthy());
    answerFirst();
    // The late answer (no tab yet) must not take the tenant away again.
    await new Promise((done) => setTimeout(done, 20));
    expect(screen.getByRole('heading', { name: 'Freiberg' })).toBeTruthy();
    expect(screen.queryByText(/solange kein AdminCenter-Tab geöffnet ist/)).toBeNull();
  });
});
