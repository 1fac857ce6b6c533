import { AppHeader } from '../../components/AppHeader';
import { useStoredValue } from '../../components/useStoredValue';
import { progressItem } from '../../shared/storage';
import { ENV_LABEL, counts, withoutHidden } from '../../rules/checklist';
import { useManaged } from '../../components/useManaged';
import { CONTACTS, reportItems, reportLine, reportMarkdown, reportTime } from '../../rules/report';
import { saveFile } from '../../components/save-file';

export function App() {
  const key = new URLSearchParams(location.search).get('key') ?? '';
  const all = useStoredValue(progressItem);
  const hidden = useManaged().hideTasks;
  if (!all) return null;
  const stored = all[key];
  // Tasks the IT hides by policy are not part of the report either.
  const progress = stored && withoutHidden(stored, hidden);
  if (!progress) {
    return (
      <>
        <AppHeader subtitle="Bereitschaftsbericht" />
        <main><p role="alert">Für diesen Mandanten ist noch nichts gespeichert. Öffnen Sie den Bericht aus der Seitenleiste.</p></main>
      </>
    );
  }
  const { done, total } = counts(progress);
  const fileName = `bereitschaftsbericht-${progress.tenant.replace(/[^\wäöüÄÖÜß-]+/g, '_')}.md`;
  return (
    <>
      <AppHeader subtitle="Bereitschaftsbericht" />
      <main>
        <h2>Amt24-Mandant {progress.tenant}</h2>
        <p>
          AdminCenter {progress.host} ({ENV_LABEL[progress.env]}) · Stand{' '}
          {reportTime(new Date())} · Erledigt: {done} von {total}
        </p>
        <p class="no-print">
          <button type="button" onClick={() => print()}>Drucken oder als PDF speichern</button>{' '}
          <button type="button" class="secondary" onClick={() => saveFile(fileName, reportMarkdown(progress, new Date()), 'text/markdown;charset=utf-8')}>
            Als Markdown herunterladen
          </button>
        </p>
        <table class="report">
          <thead><tr><th scope="col">Punkt</th><th scope="col">Status, Nachweis, Notiz</th></tr></thead>
          <tbody>
            {reportItems(progress).map((item) => (
              <tr key={item.id} class={item.status === 'offen' ? 'offen' : ''}>
                <td>{item.title}</td>
                <td>{reportLine(item)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>Kontakte</h2>
        <ul>{CONTACTS.map((c) => <li key={c}>{c}</li>)}</ul>
      </main>
    </>
  );
}
