import { useEffect, useId, useState } from 'preact/hooks';
import { TASK_OF, decidedOn, evidence, type ChecklistItem as Item } from '../rules/checklist';
import { send } from '../shared/messages';

/** Who decided the status, in the admin's words: their own tick is never passed off as proof. */
function decisionText(item: Item): string {
  if (item.status === 'offen') return 'offen';
  if (item.decidedBy === 'seite') return 'von der Seite bestätigt';
  return decidedOn(item.status === 'nicht zutreffend' ? 'von Ihnen als nicht zutreffend markiert' : 'von Ihnen abgehakt', item);
}

/**
 * One checklist item, compact: tick and title, then status and evidence in one line. Starting its guide,
 * "nicht zutreffend" and the note sit behind "Mehr", so a long list stays readable at 360 px.
 */
export function ChecklistItem({ tenantKey, item, onStartGuide }: { tenantKey: string; item: Item; onStartGuide(taskId: string): void }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const done = item.status !== 'offen';
  const notApplicable = item.status === 'nicht zutreffend';
  // The note is edited locally so a storage update while typing does not overwrite the draft.
  const [draft, setDraft] = useState(item.note ?? '');
  useEffect(() => setDraft(item.note ?? ''), [item.note]);
  const decide = (change: { status?: Item['status']; note?: string }) =>
    send({ type: 'item/decide', key: tenantKey, id: item.id, ...change });
  const seen = evidence(item) || 'Auf der Seite noch nicht gesehen.';
  const decision = decisionText(item);

  return (
    <li class={`item item-${item.status === 'offen' ? 'offen' : notApplicable ? 'na' : 'erledigt'}`}>
      <div class="item-head">
        <input id={`${id}-cb`} type="checkbox" checked={done}
          onChange={() => decide({ status: done ? 'offen' : 'erledigt' })} />
        <label for={`${id}-cb`} class="item-title">{item.title}</label>
      </div>
      <div class="item-line">
        {/* One line, cut with an ellipsis; the full text is in the tooltip and behind "Mehr". */}
        <p class="item-meta" title={`${decision} · ${seen}`}>
          <span class={`decision decision-${item.decidedBy ?? 'none'}`}>{decision}</span>
          {' · '}
          <span class="evidence">{seen}</span>
        </p>
        <button type="button" class="disclosure" aria-expanded={open} aria-controls={open ? `${id}-more` : undefined}
          aria-label={`Mehr zu ${item.title}`} onClick={() => setOpen(!open)}>
          Mehr
        </button>
      </div>
      {!open && item.note && <p class="note-preview" title={item.note}>Notiz: {item.note}</p>}
      {open && (
        <div id={`${id}-more`} class="item-more">
          <p class="item-detail">Status: {decision}</p>
          <p class="item-detail">Nachweis: {seen}</p>
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
        </div>
      )}
    </li>
  );
}
