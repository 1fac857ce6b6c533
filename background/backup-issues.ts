// A zod issue in a backup, said in German and naming the tenant and item it is about.
import type { z } from 'zod';
import { isEntry as isObject } from './progress-migration';

/** The fields of a stored checklist, as the admin would call them. */
const FIELD: Record<string, string> = {
  schema: 'Schema-Version (schema)', key: 'Schlüssel (key)', host: 'Adresse (host)', tenant: 'Name (tenant)', env: 'Umgebung (env)',
  items: 'Punkte (items)', updatedAt: 'Änderungszeit (updatedAt)', id: 'Kennung (id)', kind: 'Art (kind)',
  title: 'Titel (title)', status: 'Status', decidedBy: 'Entscheidung (decidedBy)', seen: 'Gesehenes (seen)',
  seenAt: 'Zeitpunkt der Sichtung (seenAt)', decidedAt: 'Zeitpunkt der Entscheidung (decidedAt)', note: 'Notiz (note)',
};

const TYPE: Record<string, string> = {
  string: 'ein Text', number: 'eine Zahl', boolean: 'true oder false', object: 'ein Objekt', record: 'ein Objekt', array: 'eine Liste',
};

/** A name from the file, short and printable: file content may be huge or contain control characters. */
export function shown(value: unknown, max = 80): string {
  const text = String(value).replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The tenant an entry of the file is about: its name where it has one, else its key. */
export const tenantName = (key: string, entry: unknown): string =>
  isObject(entry) && typeof entry.tenant === 'string' && entry.tenant ? entry.tenant : key;

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let value = root;
  for (const step of path) value = isObject(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[step] : undefined;
  return value;
}

/** What is wrong with the value, e.g. "fehlt", "ist zu lang (höchstens 700 Zeichen)". */
function problem(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined) return 'fehlt';
  switch (issue.code) {
    case 'invalid_type': return `hat den falschen Typ (erwartet: ${TYPE[issue.expected] ?? issue.expected})`;
    case 'too_big': return issue.origin === 'string' ? `ist zu lang (höchstens ${issue.maximum} Zeichen)` : 'ist zu groß';
    case 'too_small': return issue.origin === 'string' ? 'ist leer' : 'ist zu klein';
    case 'invalid_value': {
      const allowed = issue.values.map(String).join(', ');
      return typeof value === 'string' ? `ist ungültig („${shown(value, 40)}“; erlaubt: ${allowed})` : `ist ungültig (erlaubt: ${allowed})`;
    }
    case 'unrecognized_keys': return `enthält die unbekannte Angabe „${shown(issue.keys[0], 40)}“`;
    default: return 'ist ungültig';
  }
}

/** The field an issue is about, by its last meaningful path step: "Status", "Gesehenes (seen) › version". */
function fieldName(path: PropertyKey[]): string {
  const [first, second] = path.map(String);
  if (first === 'seen' && second) return `${FIELD.seen} › ${shown(second, 40)}`;
  return FIELD[first] ?? shown(first, 40);
}

/**
 * One tenant's first issue as the admin reads it:
 * "Mandant „Freiberg“, Punkt „Impressum“: Status ist ungültig („fertig“; erlaubt: offen, erledigt, nicht zutreffend)".
 */
export function describeIssue(key: string, entry: unknown, issue: z.core.$ZodIssue): string {
  const where = `Mandant „${shown(tenantName(key, entry))}“`;
  const path = issue.path;
  const value = valueAt(entry, path);
  if (!path.length) return `${where}: Der Eintrag ${value === undefined ? 'fehlt' : 'ist kein Objekt'}.`;
  if (path[0] === 'items' && path.length >= 2) {
    const item = valueAt(entry, path.slice(0, 2));
    const title = isObject(item) && typeof item.title === 'string' && item.title ? item.title : String(path[1]);
    const at = `${where}, Punkt „${shown(title)}“`;
    if (path.length === 2) return `${at}: Der Punkt ist kein Objekt.`;
    return `${at}: ${fieldName(path.slice(2))} ${problem(issue, value)}.`;
  }
  return `${where}: ${fieldName(path)} ${problem(issue, value)}.`;
}
