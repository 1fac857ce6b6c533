// The per-tenant checklist: which items exist, what the page showed about them, and what that proves.
// Pure functions: the background merges what the content script saw (rules/facts.ts) into stored progress.

/** KISA's user in the AdminCenter: assigned to the Mandanten-Administrator, it gives KISA the rights (guide 3.6). */
export const KISA_USER = 'support.onlineantrag@kisa.it';

export type ItemKind = 'impressum' | 'datenschutz' | 'bild' | 'rechte' | 'oe' | 'ergaenzung' | 'prozess';
export type ItemStatus = 'offen' | 'erledigt' | 'nicht zutreffend';

/** What the page showed about one item; every field is optional, each sighting adds to what is known. */
export interface Seen {
  /** saved with content (Impressum, Datenschutzbeauftragte(r), Bild) */
  saved?: boolean;
  /** the version badge read, e.g. `Version 2.0` */
  version?: string;
  /** first entries of the Kommunikation channels */
  email?: string | null;
  telefon?: string | null;
  /** the saved value of wartungsmodus */
  wartungsmodus?: string;
  /** support.onlineantrag@kisa.it among the Zugeordnete Benutzer of Mandanten-Administrator, after saving */
  kisa?: boolean;
}

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

/** Version of a stored TenantProgress; each entry carries it (see utils/progress-migration.ts). */
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

export const FIXED_ITEMS: { kind: ItemKind; title: string; task: string }[] = [
  { kind: 'impressum', title: 'Impressum', task: 'impressum' },
  { kind: 'datenschutz', title: 'Datenschutzbeauftragte(r)', task: 'datenschutz' },
  { kind: 'bild', title: 'Logo / Bild', task: 'bild' },
  { kind: 'rechte', title: 'Rechte für KISA', task: 'rechte' },
];

/** The guide task that completes an item of this kind. */
export const TASK_OF: Record<ItemKind, string> = {
  impressum: 'impressum', datenschutz: 'datenschutz', bild: 'bild', rechte: 'rechte',
  oe: 'organisationseinheit', ergaenzung: 'ergaenzung', prozess: 'wartungsmodus',
};

const GROUP_TITLE: Record<'oe' | 'ergaenzung' | 'prozess', string> = {
  oe: 'Organisationseinheit', ergaenzung: 'Kommunale Ergänzung', prozess: 'Wartungsmodus aus',
};

export const tenantKey = (host: string, tenant: string) => `${host}|${tenant}`;
export const itemId = (kind: ItemKind, name: string) => (name ? `${kind}:${name}` : kind);
export const itemTitle = (kind: ItemKind, name: string) =>
  name && kind in GROUP_TITLE ? `${GROUP_TITLE[kind as keyof typeof GROUP_TITLE]}: ${name}` : FIXED_ITEMS.find((f) => f.kind === kind)?.title ?? name;

/** Published means a version of 1.0 or higher; `0.x`, `Nicht veröffentlicht` are not. */
export function isPublished(version: string | null | undefined): boolean {
  const number = /(\d+)\.(\d+)/.exec(version ?? '');
  return !!number && Number(number[1]) >= 1;
}

/** Whether what was seen proves the item done. */
export function proves(kind: ItemKind, seen: Seen): boolean {
  switch (kind) {
    case 'impressum': case 'datenschutz': case 'bild': return seen.saved === true;
    case 'rechte': return seen.kisa === true;
    case 'oe': return isPublished(seen.version) && !!seen.email && !!seen.telefon;
    case 'ergaenzung': return isPublished(seen.version);
    case 'prozess': return seen.wartungsmodus === 'false';
  }
}

/** `24.11.2026, 14:03`: the admins work in Saxony, so their clock, whatever the machine says. */
export const saxonTime = (ms: number) =>
  new Date(ms).toLocaleString('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** The admin's own decision with its date where known: "von Ihnen abgehakt am 24.11.2026, 14:03". */
export const decidedOn = (text: string, item: Pick<ChecklistItem, 'decidedAt'>) =>
  item.decidedAt ? `${text} am ${saxonTime(item.decidedAt)}` : text;

/** The evidence in the admin's words: "Gesehen am 23.11.2026, 14:03: Version 2.0, E-Mail und Telefon vorhanden". */
export function evidence(item: Pick<ChecklistItem, 'kind' | 'seen' | 'seenAt'>): string {
  const s = item.seen;
  const parts: string[] = [];
  if (s.saved) parts.push('gespeichert mit Inhalt');
  if (s.version) parts.push(s.version.startsWith('Nicht') ? s.version : `Version ${s.version.replace(/^\D+/, '')}`);
  if (s.email !== undefined || s.telefon !== undefined) {
    parts.push(s.email && s.telefon ? 'E-Mail und Telefon vorhanden' : `es fehlt ${[!s.email && 'E-Mail', !s.telefon && 'Telefon'].filter(Boolean).join(' und ')}`);
  }
  if (s.wartungsmodus !== undefined) parts.push(`wartungsmodus = ${s.wartungsmodus}`);
  if (s.kisa !== undefined) parts.push(s.kisa ? `${KISA_USER} zugeordnet` : `${KISA_USER} nicht zugeordnet`);
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

export const GROUPS: { title: string; kinds: ItemKind[] }[] = [
  { title: 'Mandant', kinds: ['impressum', 'datenschutz', 'bild'] },
  { title: 'Organisationseinheiten', kinds: ['oe'] },
  { title: 'Kommunale Ergänzungen', kinds: ['ergaenzung'] },
  { title: 'Rechte', kinds: ['rechte'] },
  { title: 'Prozesse', kinds: ['prozess'] },
];

export function counts(progress: TenantProgress) {
  const all = Object.values(progress.items);
  const done = all.filter((i) => i.status !== 'offen').length;
  return { done, total: all.length, open: all.length - done };
}
