// What the page proves about the checklist, read from a snapshot: sent to the background, which merges it.
// Each task's item says what each view shows about it (rules/tasks/<id>.ts); this asks every task for the open view.
import type { Fact } from './checklist';
import { forView, type FactReaders, type Seen } from './model';
import type { Snapshot } from './types';
import { TASKS } from './index';
import { recordTitle } from './proof';

function collect(s: Snapshot, view: string | undefined, read: (readers: FactReaders) => Seen | null | undefined): Fact[] {
  if (!view) return [];
  const facts: Fact[] = [];
  for (const { item } of TASKS) {
    const readers = forView<FactReaders>(item.facts, view);
    const seen = readers && read(readers);
    if (!seen) continue;
    // An item per record needs the record's name; the fixed items have none.
    const name = item.perRecord ? recordTitle(s) : '';
    if (item.perRecord && !name) continue;
    facts.push({ kind: item.kind, name, seen });
  }
  return facts;
}

/** Facts the page shows as long as it shows them (the view `view` is the detected page view). */
export const factsOf = (s: Snapshot, view: string | undefined) => collect(s, view, (r) => r.shows?.(s));

/** Facts of views that edit a working copy: what they show on opening is what is stored. */
export const factsOnEnter = (s: Snapshot, view: string | undefined) => collect(s, view, (r) => r.onEnter?.(s));

/** Facts read at the admin's own click on a saving button: the working copy becomes what is stored. */
export const factsOnSave = (s: Snapshot, view: string | undefined, label: string) => collect(s, view, (r) => r.onSave?.(s, label));
