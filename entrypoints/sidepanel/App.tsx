import { AppHeader } from '../../components/AppHeader';
import { AdminCenterStatus } from '../../components/AdminCenterStatus';
import { TaskList } from '../../components/TaskList';
import { useStoredValue } from '../../components/useStoredValue';
import { guideItem, lastAdminCenterTabItem } from '../../utils/storage';
import { taskById } from '../../rules/index';
import { send } from '../../utils/messages';

export function App() {
  const tab = useStoredValue(lastAdminCenterTabItem);
  const guide = useStoredValue(guideItem);
  const running = guide ? taskById(guide.taskId) : undefined;
  return (
    <>
      <AppHeader subtitle="Ihr Mandant Schritt für Schritt bereit für die Online-Antragsassistenten" />
      <main>
        <AdminCenterStatus tab={tab} />
        {running && (
          <p class="status-line" role="status">
            Laufende Anleitung: <strong>{running.title}</strong> – Schritt {Math.min(guide!.step + 1, running.steps.length)} von {running.steps.length}.{' '}
            <button type="button" class="secondary" onClick={() => send({ type: 'guide/stop' })}>Anleitung beenden</button>
          </p>
        )}
        <h2>Aufgaben der KISA-Anleitung</h2>
        <TaskList running={running?.id} />
      </main>
    </>
  );
}
