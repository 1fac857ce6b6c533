// Reads a backup file completely or not at all: every check runs before anything may be written,
// and the first problem found is said in German. Background only (imports zod).
import { tenantProgressSchema } from './progress-schema';
import { isEntry as isObject, migrateEntry } from './progress-migration';
import { describeIssue, shown, tenantName } from './backup-issues';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES, tooLargeProblem } from '../shared/backup-format';
import { PROGRESS_SCHEMA, tenantKey, type TenantProgress } from '../rules/checklist';

type Failure = { ok: false; error: string };
export type ParsedBackup = { ok: true; progress: Record<string, TenantProgress> } | Failure;

/** A backup is six levels deep (file › progress › tenant › items › item › seen); more is not a backup. */
export const MAX_DEPTH = 16;
/** Keys that would reach an object's prototype when copied by assignment; no backup has them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const HTTPS_ORIGIN = /^https:\/\/[^\s/?#|\\]+$/;

const fail = (error: string): Failure => ({ ok: false, error });

/** The deepest bracket nesting of a JSON text, counted without parsing (so it works on any input). */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

/** The first key named like a prototype property, with where it sits ("progress › …"), or null. */
export function forbiddenKey(data: unknown): { key: string; at: string } | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: data, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { key, at: path.length ? path.map((p) => shown(p, 60)).join(' › ') : 'oberste Ebene' };
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}

function checkEnvelope(data: unknown): string | null {
  if (!isObject(data) || data.format !== BACKUP_FORMAT) {
    return `Die Datei ist keine Sicherung des AdminCenter-Wegweisers (es fehlt die Angabe "format": "${BACKUP_FORMAT}").`;
  }
  if (typeof data.version !== 'number') return `Die Sicherung nennt keine Version; diese Erweiterung kennt Version ${BACKUP_VERSION}.`;
  if (data.version !== BACKUP_VERSION) {
    const newer = data.version > BACKUP_VERSION ? ' Sie stammt aus einer neueren Fassung des Wegweisers; bitte aktualisieren Sie die Erweiterung.' : '';
    return `Die Sicherung hat Version ${shown(data.version, 20)}; diese Erweiterung kennt Version ${BACKUP_VERSION}.${newer}`;
  }
  if (!isObject(data.progress)) return 'Die Sicherung enthält keine Checklisten (die Angabe „progress“ fehlt oder ist kein Objekt).';
  return null;
}

/** One tenant's checklist from the file, validated, with keys that agree with its contents. */
function readTenant(key: string, entry: unknown): { ok: true; progress: TenantProgress } | Failure {
  if (isObject(entry) && typeof entry.schema === 'number' && entry.schema > PROGRESS_SCHEMA) {
    return fail(`Mandant „${shown(tenantName(key, entry))}“ stammt aus einer neueren Fassung des Wegweisers (Schema ${shown(entry.schema, 20)}; diese Erweiterung kennt Schema ${PROGRESS_SCHEMA}). Bitte aktualisieren Sie die Erweiterung.`);
  }
  // Entries of an older schema (from an older Wegweiser) are brought up to date like stored ones.
  const parsed = tenantProgressSchema.safeParse(migrateEntry(entry));
  if (!parsed.success) return fail(describeIssue(key, entry, parsed.error.issues[0]));
  const progress = parsed.data;
  const where = `Mandant „${shown(progress.tenant)}“`;
  if (!HTTPS_ORIGIN.test(progress.host)) return fail(`${where}: Adresse (host) ist keine https-Adresse eines AdminCenters („${shown(progress.host)}“).`);
  if (progress.key !== key || key !== tenantKey(progress.host, progress.tenant)) {
    return fail(`${where}: Schlüssel (key) „${shown(key)}“ passt nicht zu Adresse und Name des Mandanten.`);
  }
  for (const [id, item] of Object.entries(progress.items)) {
    if (item.id !== id) return fail(`${where}, Punkt „${shown(item.title || id)}“: Kennung (id) „${shown(item.id)}“ passt nicht zum Eintrag „${shown(id)}“.`);
  }
  return { ok: true, progress };
}

export function parseBackup(raw: string): ParsedBackup {
  // Size before anything else: a huge text is never scanned or parsed.
  if (raw.length > MAX_BACKUP_BYTES) return fail(tooLargeProblem(raw.length));
  // Editors on Windows may start a UTF-8 file with a byte order mark.
  const text = raw.replace(/^\uFEFF/, '');
  if (!text.trim()) return fail('Die Datei ist leer.');
  if (nestingDepth(text) > MAX_DEPTH) return fail(`Die Datei ist zu tief verschachtelt (mehr als ${MAX_DEPTH} Ebenen); so ist keine Sicherung aufgebaut.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('Die Datei ist kein gültiges JSON (abgeschnitten?).');
  }
  const forbidden = forbiddenKey(data);
  if (forbidden) return fail(`Die Datei enthält den unzulässigen Schlüssel „${forbidden.key}“ (in ${forbidden.at}).`);
  const envelope = checkEnvelope(data);
  if (envelope) return fail(envelope);
  const progress: Record<string, TenantProgress> = {};
  for (const [key, entry] of Object.entries((data as { progress: Record<string, unknown> }).progress)) {
    const tenant = readTenant(key, entry);
    if (!tenant.ok) return tenant;
    progress[key] = tenant.progress;
  }
  return { ok: true, progress };
}
