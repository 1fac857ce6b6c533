import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChecklistItem as Item } from '../rules/checklist';
import { ChecklistItem } from './ChecklistItem';

/** What an empty group means and where in the AdminCenter its records show up. */
const EMPTY_HINT: Record<string, string> = {
  Mandant: 'Noch nichts gesehen – öffnen Sie Benutzerverwaltung → Mandanten im AdminCenter.',
  Organisationseinheiten: 'Noch keine Organisationseinheit gesehen – öffnen Sie Organisationseinheiten im AdminCenter.',
  'Kommunale Ergänzungen': 'Noch keine Kommunale Ergänzung gesehen – öffnen Sie Zuständigkeitsfinder → Leistungen im AdminCenter.',
  Rechte: 'Noch nichts gesehen – öffnen Sie Benutzerverwaltung → Benutzergruppen im AdminCenter.',
  Prozesse: 'Noch kein Prozess gesehen – öffnen Sie Zuständigkeitsfinder → Prozesse im AdminCenter.',
};

/** One group of the checklist, collapsible, with "2 von 3" done in its summary; open while something in it is open. */
export function ChecklistGroup({ id, title, tenantKey, items }: { id: string; title: string; tenantKey: string; items: Item[] }) {
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
            {items.map((item) => <ChecklistItem key={item.id} tenantKey={tenantKey} item={item} />)}
          </ul>
        ) : (
          <p class="empty">{EMPTY_HINT[title] ?? 'Noch nichts gesehen.'}</p>
        )}
      </details>
    </section>
  );
}
