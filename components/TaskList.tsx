import { ENTRIES } from '../rules/index';

/** The guide's tasks, each with its start button (onStart starts it for the AdminCenter tab the panel follows). */
export function TaskList({ running, onStart, hidden = [] }: { running?: string; onStart(taskId: string): void; hidden?: readonly string[] }) {
  return (
    <ol class="tasks">
      {ENTRIES.filter(({ of: task }) => !hidden.includes(task.id)).map(({ of: task, summary }) => (
        <li key={task.id}>
          <div>
            <strong>{task.title}</strong> <span class="tag">Abschnitt {task.section}</span>
            <p class="summary">{summary}</p>
          </div>
          {/* The accessible name contains the visible text (WCAG 2.5.3 Label in Name), so voice control finds it. */}
          <button type="button" class={running === task.id ? 'secondary' : ''}
            aria-label={`${running === task.id ? 'Anleitung neu starten' : 'Anleitung starten'}: ${task.title}`}
            onClick={() => onStart(task.id)}>
            {running === task.id ? 'Neu starten' : 'Anleitung starten'}
          </button>
        </li>
      ))}
    </ol>
  );
}
