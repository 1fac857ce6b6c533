// The per-tenant checklist: which items exist, what the page showed about them, and what that proves.
// Pure functions: the background merges what the content script saw (rules/facts.ts) into stored progress.

import { ENTRIES, TASKS, entryOf as entryOfTask, type ItemKind } from './index';
import type { ItemGroup, Seen } from './model';


export type ItemStatus = 'offen' | 'erledigt' | 'nicht zutreffend';

/** One sighting, sent by the content script. */
export interface Fact {
  kind: ItemKind;
  /** the record's name for OE, Ergänzung and Prozess; empty for the fixed items */
  name: string;
  seen: Seen;
}

export interface ChecklistItem {
  id: string;
  kind: ItemKind;
  title: string;
  status: ItemStatus;
  /** who decided the status: the page (proof seen) or the admin (by hand) */
  decidedBy: 'seite' | 'admin' | null;
  /** what was seen, accumulated */
  seen: Seen;
  /** last sighting, ms since epoch */
  seenAt?: number;
  /** when the admin last decided the status by hand, ms since epoch (schema 2; unknown for older decisions) */
  decidedAt?: number;
  note?: string;
}

/** Version of a stored TenantProgress; each entry carries it (see background/progress-migration.ts). */
export const PROGRESS_SCHEMA = 2;

export interface TenantProgress {
  schema: typeof PROGRESS_SCHEMA;
  key: string;
  host: string;
  tenant: string;
  env: 'dev' | 'live';
  items: Record<string, ChecklistItem>;
  updatedAt: number;
}

/** The environment as the admin reads it. */
export const ENV_LABEL: Record<TenantProgress['env'], string> = { dev: 'Entwicklungsumgebung', live: 'Live' };

/** The item kinds, one per task, in the order of the guide (the stored schema's enum). */
export const ITEM_KINDS = TASKS.map((t) => t.item.kind) as [ItemKind, ...ItemKind[]];

/** The checklist entry of the task whose item is of this kind. */
const entryOf = (kind: ItemKind) => entryOfTask(TASK_OF[kind]);

/** The items every tenant has from the start: one per task that is not done per record. */
export const FIXED_ITEMS = ENTRIES.filter((e) => !e.of.item.perRecord).map((e) => ({ kind: e.of.item.kind, title: e.title, task: e.of.id }));

/** The guide task that completes an item of this kind. */
export const TASK_OF = Object.fromEntries(TASKS.map((t) => [t.item.kind, t.id])) as Record<ItemKind, string>;

export const tenantKey = (host: string, tenant: string) => `${host}|${tenant}`;
export const itemId = (kind: ItemKind, name: string) => (name ? `${kind}:${name}` : kind);
export const itemTitle = (kind: ItemKind, name: string) => {
  const entry = entryOf(kind);
  return entry?.of.item.perRecord ? `${entry.title}: ${name}` : entry?.title ?? name;
};

/** Whether what was seen proves the item done. */
export const proves = (kind: ItemKind, seen: Seen): boolean => !!entryOf(kind)?.proves(seen);

/** `24.11.2026, 14:03`: the admins work in Saxony, so their clock, whatever the machine says. */
export const saxonTime = (ms: number) =>
  new Date(ms).toLocaleString('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** The admin's own decision with its date where known: "von Ihnen abgehakt am 24.11.2026, 14:03". */
export const decidedOn = (text: string, item: Pick<ChecklistItem, 'decidedAt'>) =>
  item.decidedAt ? `${text} am ${saxonTime(item.decidedAt)}` : text;

/** The evidence in the admin's words: "Gesehen am 23.11.2026, 14:03: Version 2.0, E-Mail und Telefon vorhanden". */
export function evidence(item: Pick<ChecklistItem, 'kind' | 'seen' | 'seenAt'>): string {
  const parts = entryOf(item.kind)?.evidence(item.seen) ?? [];
  if (!parts.length || !item.seenAt) return '';
  return `Gesehen am ${saxonTime(item.seenAt)}: ${parts.join(', ')}`;
}

export function emptyProgress(host: string, tenant: string, env: 'dev' | 'live', now: number): TenantProgress {
  const items: Record<string, ChecklistItem> = {};
  for (const f of FIXED_ITEMS) items[f.kind] = { id: f.kind, kind: f.kind, title: f.title, status: 'offen', decidedBy: null, seen: {} };
  return { schema: PROGRESS_SCHEMA, key: tenantKey(host, tenant), host, tenant, env, items, updatedAt: now };
}

/**
 * Adds what the page showed. The page ticks an item it proves done, and un-ticks an item it proved
 * before when it now shows otherwise (wartungsmodus back to true); an admin's own decision is only
 * overruled by proof that the item is done.
 */
export function mergeFacts(progress: TenantProgress, facts: Fact[], now: number): TenantProgress {
  const items = { ...progress.items };
  for (const fact of facts) {
    const id = itemId(fact.kind, fact.name);
    const before = items[id] ?? { id, kind: fact.kind, title: itemTitle(fact.kind, fact.name), status: 'offen' as ItemStatus, decidedBy: null, seen: {} };
    const seen = { ...before.seen, ...fact.seen };
    const done = proves(fact.kind, seen);
    let { status, decidedBy } = before;
    if (done) [status, decidedBy] = ['erledigt', 'seite'];
    else if (before.decidedBy !== 'admin' && before.status === 'erledigt') [status, decidedBy] = ['offen', 'seite'];
    // The date of an admin's decision goes with it once the page has decided instead.
    const { decidedAt, ...rest } = before;
    items[id] = { ...rest, ...(decidedBy === 'admin' ? { decidedAt } : {}), seen, seenAt: now, status, decidedBy };
  }
  return { ...progress, items, updatedAt: now };
}

/** The admin ticks, unticks or marks an item "nicht zutreffend", or writes a note. */
export function decide(progress: TenantProgress, id: string, change: { status?: ItemStatus; note?: string }, now: number): TenantProgress {
  const item = progress.items[id];
  if (!item) return progress;
  const next = { ...item, ...(change.status ? { status: change.status, decidedBy: 'admin' as const, decidedAt: now } : {}), ...(change.note !== undefined ? { note: change.note } : {}) };
  return { ...progress, items: { ...progress.items, [id]: next }, updatedAt: now };
}

/** The checklist's groups in the order their tasks come in the guide, each with its item kinds. */
export const GROUPS = ENTRIES.reduce<(ItemGroup & { kinds: ItemKind[] })[]>((groups, e) => {
  const known = groups.find((g) => g.title === e.group.title);
  if (known) known.kinds.push(e.of.item.kind);
  else groups.push({ ...e.group, kinds: [e.of.item.kind] });
  return groups;
}, []);

/** The checklist without the items of tasks the IT hides by policy (hideTasks): not shown, not counted. */
export function withoutHidden(progress: TenantProgress, hideTasks: readonly string[]): TenantProgress {
  if (!hideTasks.length) return progress;
  const items = Object.fromEntries(Object.entries(progress.items).filter(([, item]) => !hideTasks.includes(TASK_OF[item.kind])));
  return { ...progress, items };
}

export function counts(progress: TenantProgress) {
  const all = Object.values(progress.items);
  const done = all.filter((i) => i.status !== 'offen').length;
  return { done, total: all.length, open: all.length - done };
}
