import { useEffect, useId, useState } from 'preact/hooks';
import { TASK_OF, decidedOn, evidence, type ChecklistItem as Item } from '../rules/checklist';
import { send } from '../utils/messages';

/** Who decided the status, in the admin's words: their own tick is never passed off as proof. */
function decisionText(item: Item): string {
  if (item.status === 'offen') return 'offen';
  if (item.decidedBy === 'seite') return 'von der Seite bestätigt';
  return decidedOn(item.status === 'nicht zutreffend' ? 'von Ihnen als nicht zutreffend markiert' : 'von Ihnen abgehakt', item);
}

/** One checklist item: tick, start its guide, see the evidence, mark it not applicable, keep a note. */
export function ChecklistItem({ tenantKey, item, onStartGuide }: { tenantKey: string; item: Item; onStartGuide(taskId: string): void }) {
  const id = useId();
  const done = item.status !== 'offen';
  const notApplicable = item.status === 'nicht zutreffend';
  // The note is edited locally so a storage update while typing does not overwrite the draft.
  const [draft, setDraft] = useState(item.note ?? '');
  useEffect(() => setDraft(item.note ?? ''), [item.note]);
  const decide = (change: { status?: Item['status']; note?: string }) =>
    send({ type: 'item/decide', key: tenantKey, id: item.id, ...change });
  const seen = evidence(item);

  return (
    <li class={`item item-${item.status === 'offen' ? 'offen' : notApplicable ? 'na' : 'erledigt'}`}>
      <div class="item-head">
        <input id={`${id}-cb`} type="checkbox" checked={done}
          onChange={() => decide({ status: done ? 'offen' : 'erledigt' })} />
        <label for={`${id}-cb`} class="item-title">{item.title}</label>
        <span class={`decision decision-${item.decidedBy ?? 'none'}`}>{decisionText(item)}</span>
      </div>
      <p class="evidence">{seen || 'Auf der Seite noch nicht gesehen.'}</p>
      <div class="item-actions">
        <button type="button" aria-label={`Anleitung starten: ${item.title}`}
          onClick={() => onStartGuide(TASK_OF[item.kind])}>
          Anleitung starten
        </button>
        <button type="button" class="secondary" aria-pressed={notApplicable}
          aria-label={`Nicht zutreffend: ${item.title}`}
          onClick={() => decide({ status: notApplicable ? 'offen' : 'nicht zutreffend' })}>
          Nicht zutreffend
        </button>
      </div>
      <label class="note" for={`${id}-note`}>Notiz</label>
      <textarea id={`${id}-note`} rows={2} aria-label={`Notiz zu ${item.title}`} value={draft}
        onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
        onChange={() => draft !== (item.note ?? '') && decide({ note: draft })} />
    </li>
  );
}
