// Merging two sets of checklists (the stored ones and a backup's): pure functions, no storage.
import type { ChecklistItem, TenantProgress } from './checklist';

/** What the options page tells the admin about "Zusammenführen", in one line. */
export const MERGE_RULE =
  'Was nur in der Datei oder nur in diesem Browser steht, bleibt erhalten. Steht ein Punkt in beiden, gilt Ihre eigene Entscheidung vor dem, was der Wegweiser gesehen hat; von zwei Entscheidungen die neuere, sonst der zuletzt gesehene Stand.';

type Side = { item: ChecklistItem; updatedAt: number };

const seenAt = (s: Side) => s.item.seenAt ?? -Infinity;

/** The side whose status counts: an admin's decision over the page's, else the later sighting. */
function decidingSide(ours: Side, theirs: Side): Side {
  const byAdmin = (s: Side) => s.item.decidedBy === 'admin';
  if (byAdmin(ours) !== byAdmin(theirs)) return byAdmin(ours) ? ours : theirs;
  if (byAdmin(ours)) {
    const [a, b] = [ours.item.decidedAt, theirs.item.decidedAt];
    if (a !== undefined && b !== undefined && a !== b) return b > a ? theirs : ours;
    // An undated decision was made before decisions were dated (schema 1), so a dated one is newer.
    if ((a === undefined) !== (b === undefined)) return a === undefined ? theirs : ours;
    // Both undated: the tenant's last change stands in for the decision's time.
    return theirs.updatedAt > ours.updatedAt ? theirs : ours;
  }
  if (seenAt(ours) !== seenAt(theirs)) return seenAt(theirs) > seenAt(ours) ? theirs : ours;
  return theirs.updatedAt > ours.updatedAt ? theirs : ours;
}

/** One item on both sides: the deciding side's status and note, the latest sighting's evidence. */
export function mergeItem(ours: Side, theirs: Side): ChecklistItem {
  const decider = decidingSide(ours, theirs);
  const other = decider === ours ? theirs : ours;
  const latest = seenAt(theirs) > seenAt(ours) ? theirs : ours;
  // A note cleared on purpose ("") stays cleared; a note only the other side has is kept.
  const note = decider.item.note ?? other.item.note;
  const merged: ChecklistItem = { ...decider.item, seen: latest.item.seen };
  if (latest.item.seenAt !== undefined) merged.seenAt = latest.item.seenAt;
  else delete merged.seenAt;
  if (note !== undefined) merged.note = note;
  return merged;
}

/** One tenant on both sides: every item of either, merged item by item where both have it. */
export function mergeTenant(ours: TenantProgress, theirs: TenantProgress): TenantProgress {
  const items: Record<string, ChecklistItem> = { ...ours.items };
  for (const [id, item] of Object.entries(theirs.items)) {
    const mine = items[id];
    items[id] = mine ? mergeItem({ item: mine, updatedAt: ours.updatedAt }, { item, updatedAt: theirs.updatedAt }) : item;
  }
  const newer = theirs.updatedAt > ours.updatedAt ? theirs : ours;
  return { ...newer, items, updatedAt: Math.max(ours.updatedAt, theirs.updatedAt) };
}

/** The stored checklists with a backup's merged in: no tenant and no item of either side is dropped. */
export function mergeProgress(ours: Record<string, TenantProgress>, theirs: Record<string, TenantProgress>): Record<string, TenantProgress> {
  const all: Record<string, TenantProgress> = { ...ours };
  for (const [key, progress] of Object.entries(theirs)) {
    all[key] = all[key] ? mergeTenant(all[key], progress) : progress;
  }
  return all;
}
