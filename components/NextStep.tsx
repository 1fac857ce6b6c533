import { useId } from 'preact/hooks';
import { TASK_OF, evidence, type TenantProgress } from '../rules/checklist';
import { entryOf } from '../rules/index';
import { nextOpenItem } from './tenant';

/** The recommended next open item on top of the checklist: the one start button the admin sees without opening anything. */
export function NextStep({ progress, onStartGuide }: { progress: TenantProgress; onStartGuide(taskId: string): void }) {
  const id = useId();
  const next = nextOpenItem(progress);
  const meaning = next && entryOf(TASK_OF[next.kind])?.summary;
  const seen = next && evidence(next);
  return (
    <section class="next-step" aria-labelledby={`${id}-next`}>
      <h3 id={`${id}-next`}>Nächster Schritt</h3>
      {next ? (
        <>
          <p class="next-title">{next.title}</p>
          {meaning && <p>{meaning}</p>}
          {seen && <p class="evidence">{seen}</p>}
          <button type="button" aria-label={`Anleitung starten: ${next.title}`}
            onClick={() => onStartGuide(TASK_OF[next.kind])}>
            Anleitung starten
          </button>
        </>
      ) : (
        <p>Alle Punkte sind erledigt.</p>
      )}
    </section>
  );
}
