import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AppHeader } from '../../components/AppHeader';
import { AdminCenterStatus } from '../../components/AdminCenterStatus';
import { useStoredValue } from '../../components/useStoredValue';
import { lastAdminCenterTabItem } from '../../utils/storage';
import { openSidePanel } from '../../utils/panels';

export function App() {
  const lastTab = useStoredValue(lastAdminCenterTabItem);
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    browser.windows.getCurrent().then((w) => setWindowId(w.id)).catch(() => {});
  }, []);
  return (
    <>
      <AppHeader />
      <main>
        <AdminCenterStatus tab={lastTab} />
        <p>
          <button type="button" onClick={() => windowId !== undefined && openSidePanel(windowId).then(() => window.close())}>
            Seitenleiste öffnen
          </button>{' '}
          <button type="button" class="secondary" onClick={() => browser.runtime.openOptionsPage()}>
            Einstellungen
          </button>
        </p>
      </main>
    </>
  );
}
