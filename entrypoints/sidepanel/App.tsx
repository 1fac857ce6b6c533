import { useEffect, useState } from 'preact/hooks';
import { AppHeader } from '../../components/AppHeader';
import { AdminCenterStatus } from '../../components/AdminCenterStatus';
import { Checklist } from '../../components/Checklist';
import { HelpSection } from '../../components/HelpSection';
import { DiagnoseSection } from '../../components/DiagnoseSection';
import { NameTenant } from '../../components/NameTenant';
import { SetAsideNotice } from '../../components/SetAsideNotice';
import { TaskList } from '../../components/TaskList';
import { TenantSwitcher } from '../../components/TenantSwitcher';
import { useStoredValue } from '../../components/useStoredValue';
import { guidesItem, lastAdminCenterTabItem, progressItem } from '../../shared/storage';
import { guideOfTab } from '../../shared/guide-shape';
import { taskById } from '../../rules/index';
import { withoutHidden } from '../../rules/checklist';
import { useManaged } from '../../components/useManaged';
import { stepText } from '../../rules/engine';
import { send } from '../../shared/messages';

export function App() {
  const tab = useStoredValue(lastAdminCenterTabItem);
  const all = useStoredValue(progressItem);
  // The guide of the tab the panel follows; other tabs may run guides of their own.
  const guide = guideOfTab(useStoredValue(guidesItem), tab?.tabId);
  const running = guide ? taskById(guide.taskId) : undefined;
  const [startError, setStartError] = useState('');
  async function startGuide(taskId: string) {
    const reply = await send({ type: 'guide/start', taskId, tabId: tab?.tabId });
    setStartError(reply.ok ? '' : reply.error);
  }
  // A start error was about the tab followed then: once the panel follows another AdminCenter tab, it no longer holds.
  useEffect(() => setStartError(''), [tab?.tabId]);
  // A pick holds only while the same AdminCenter tenant is in front; switching tabs shows that tab's tenant again.
  const [picked, setPicked] = useState<{ key: string; forTab?: string }>();
  const pickedNow = picked && picked.forTab === tab?.tenantKey ? all?.[picked.key] : undefined;
  // Tasks the IT hides by policy are neither listed nor counted.
  const hidden = useManaged().hideTasks;
  const stored = pickedNow ?? (tab?.tenantKey ? all?.[tab.tenantKey] : undefined);
  const shown = stored && withoutHidden(stored, hidden);
  const loaded = tab !== undefined && all !== undefined;

  return (
    <>
      <AppHeader subtitle="Ihr Mandant Schritt für Schritt bereit für die Online-Antragsassistenten" />
      <main>
        <AdminCenterStatus tab={tab} />
        <SetAsideNotice />
        {running && (
          <p class="status-line" role="status">
            Laufende Anleitung: <strong>{running.title}</strong> – {stepText(running, guide!.step, tab?.generation)}.{' '}
            <button type="button" class="secondary" onClick={() => send({ type: 'guide/stop', tabId: tab?.tabId })}>Anleitung beenden</button>
          </p>
        )}
        {startError && <p class="error" role="alert">{startError}</p>}
        {loaded && !shown && (
          <p class="no-tenant">
            {tab
              ? 'Der Mandant ist auf dieser Seite nicht zu erkennen. Sobald das AdminCenter Ihren Mandanten anzeigt, erscheint hier seine Checkliste.'
              : 'Der Mandant ist nicht zu erkennen, solange kein AdminCenter-Tab geöffnet ist.'}
            {Object.keys(all).length > 0 && ' Sie können auch einen bekannten Mandanten auswählen.'}
            {tab && ' Oder nennen Sie ihn hier:'}
          </p>
        )}
        {loaded && !shown && tab && <NameTenant origin={tab.origin} />}
        {all && <TenantSwitcher all={all} current={shown?.key} onPick={(key) => setPicked({ key, forTab: tab?.tenantKey })} />}
        {/* keyed: which groups are folded belongs to one tenant */}
        {shown && <Checklist key={shown.key} progress={shown} onStartGuide={startGuide} hidden={hidden} />}
        {/* Collapsed while a checklist is shown, so each task has one visible start button. */}
        <details class="all-tasks" open={!shown}>
          <summary><h2>Alle Anleitungen</h2></summary>
          <TaskList running={running?.id} onStart={startGuide} hidden={hidden} />
        </details>
        <DiagnoseSection tab={tab} />
        <HelpSection />
      </main>
    </>
  );
}
