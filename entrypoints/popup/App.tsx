import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AppHeader } from '../../components/AppHeader';
import { AdminCenterStatus } from '../../components/AdminCenterStatus';
import { LegalLinks } from '../../components/LegalLinks';
import { useStoredValue } from '../../components/useStoredValue';
import { ENV_LABEL, nextOpenItem, sortedTenants } from '../../components/tenant';
import { guidesItem, lastAdminCenterTabItem, progressItem } from '../../shared/storage';
import { guideOfTab } from '../../shared/guide-shape';
import { openSidePanel } from '../../shared/panels';
import { send } from '../../shared/messages';
import { counts, TASK_OF, withoutHidden } from '../../rules/checklist';
import { useManaged } from '../../components/useManaged';
import { taskById } from '../../rules/index';
import { stepText } from '../../rules/engine';

export function App() {
  const lastTab = useStoredValue(lastAdminCenterTabItem);
  const all = useStoredValue(progressItem) ?? {};
  // The guide of the tab the popup follows; other tabs may run guides of their own.
  const guide = guideOfTab(useStoredValue(guidesItem), lastTab?.tabId);
  const [error, setError] = useState('');
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    browser.windows.getCurrent().then((w) => setWindowId(w.id)).catch(() => {});
  }, []);
  // Tasks the IT hides by policy are neither offered nor counted.
  const hidden = useManaged().hideTasks;
  const tenants = sortedTenants(all).map((p) => withoutHidden(p, hidden));
  const current = lastTab?.tenantKey ? tenants.find((p) => p.key === lastTab.tenantKey) : undefined;
  const running = guide ? taskById(guide.taskId) : undefined;
  const next = current && nextOpenItem(current);

  // The guide shows in the AdminCenter tab, so continuing brings that tab to the front.
  async function continueGuide() {
    if (!running && next) {
      const reply = await send({ type: 'guide/start', taskId: TASK_OF[next.kind], tabId: lastTab?.tabId });
      if (!reply.ok) return setError(reply.error);
    }
    if (lastTab) await browser.tabs.update(lastTab.tabId, { active: true }).catch(() => {});
    window.close();
  }

  return (
    <>
      <AppHeader />
      <main>
        <AdminCenterStatus tab={lastTab} />
        {(running || next) && (
          <section class="next-step" aria-labelledby="next-heading">
            <h2 id="next-heading">{running ? 'Laufende Anleitung' : 'Nächster Schritt'}</h2>
            <p>
              {running
                ? `${running.title} – ${stepText(running, guide!.step, lastTab?.generation)}`
                : `${next!.title} (${current!.tenant})`}
            </p>
            <button type="button" onClick={continueGuide}>Anleitung fortsetzen</button>
            {error && <p class="error" role="alert">{error}</p>}
          </section>
        )}
        {current && !next && !running && <p class="notice">Alle Punkte für {current.tenant} sind erledigt.</p>}
        {tenants.length > 0 && (
          <>
            <h2>Fortschritt</h2>
            <ul class="plain tenants">
              {tenants.map((p) => {
                const { done, total } = counts(p);
                return (
                  <li key={p.key} aria-current={p.key === current?.key ? 'true' : undefined}>
                    <span>{`${p.tenant}: ${done} von ${total} erledigt`}</span>
                    <span class={`badge badge-${p.env}`}>{ENV_LABEL[p.env]}</span>
                  </li>
                );
              })}
            </ul>
          </>
        )}
        <p>
          <button type="button" onClick={() => windowId !== undefined && openSidePanel(windowId).then(() => window.close())}>
            Seitenleiste öffnen
          </button>{' '}
          <button type="button" class="secondary" onClick={() => browser.runtime.openOptionsPage()}>
            Einstellungen
          </button>
        </p>
      </main>
      <LegalLinks />
    </>
  );
}
