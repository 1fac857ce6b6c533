import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChecklistItem as Item } from '../rules/checklist';
import { ChecklistItem } from './ChecklistItem';

/** One group of the checklist, collapsible, with "2 von 3" done in its summary; open while something in it is open. */
export function ChecklistGroup({ id, title, empty, tenantKey, items, onStartGuide }:
  { id: string; title: string; empty: string; tenantKey: string; items: Item[]; onStartGuide(taskId: string): void }) {
  const done = items.filter((item) => item.status !== 'offen').length;
  const wanted = done < items.length || !items.length;
  const [open, setOpen] = useState(wanted);
  // Something open again (a new record seen, a tick taken back) unfolds the group; finishing it leaves it as the admin has it.
  const before = useRef(wanted);
  useEffect(() => {
    if (wanted && !before.current) setOpen(true);
    before.current = wanted;
  }, [wanted]);

  return (
    <section class="group" aria-labelledby={id}>
      <details open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <h3 id={id}>{title}</h3>
          {items.length > 0 && (
            <span class="group-count">
              {' '}{done} von {items.length}<span class="visually-hidden"> erledigt</span>
            </span>
          )}
        </summary>
        {items.length ? (
          <ul class="items">
            {items.map((item) => <ChecklistItem key={item.id} tenantKey={tenantKey} item={item} onStartGuide={onStartGuide} />)}
          </ul>
        ) : (
          <p class="empty">{empty}</p>
        )}
      </details>
    </section>
  );
}
