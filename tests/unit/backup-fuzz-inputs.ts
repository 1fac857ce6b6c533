// Deterministic hostile backup files for the fuzz test: each knows whether it is a valid backup.
// Invalid ones are built so that they are certainly invalid (a wrong type for that very field, a key
// that cannot be, a prefix of a JSON object), so the test can demand a refusal for every one of them.
import { emptyProgress, mergeFacts, decide, FIXED_ITEMS, type TenantProgress } from '../../rules/checklist';
import type { ItemKind } from '../../rules/index';
import { MAX_BACKUP_BYTES } from '../../shared/backup-format';
import { DEV, LIVE, backupOf, freiberg, mittelsachsen } from './backup-fixtures';

export interface FuzzInput {
  kind: string;
  text: string;
  mode: 'merge' | 'replace';
  /** the progress a valid file carries; undefined for a file that must be refused */
  valid?: Record<string, TenantProgress>;
}

/** mulberry32: a small seeded PRNG, so every run feeds the same files. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  return { next, int, pick };
}
type Rng = ReturnType<typeof prng>;

// Legal but unfriendly text: markup, quotes, right-to-left marks, emoji, prototype names as values.
const ODD_TEXT = ['<img src=x onerror=alert(1)>', '"); DROP TABLE x; --', '\u202eevil\u202c', 'Ärger mit Öl 😀', '__proto__', 'constructor', '{{7*7}}', '\\u0000', ' ', 'a|b'];
const KINDS: ItemKind[] = ['impressum', 'datenschutz', 'bild', 'rechte', 'oe', 'ergaenzung', 'prozess'];

function randomText(rng: Rng, max: number): string {
  if (rng.int(3) === 0) return rng.pick(ODD_TEXT).slice(0, max);
  const length = rng.int(Math.min(max, 60)) + 1;
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCodePoint(rng.pick([32 + rng.int(95), 0xa0 + rng.int(0x2000), 0x1f600 + rng.int(60)]));
  return s.slice(0, max) || 'x';
}

/** A valid tenant with random items, decisions and notes. */
function randomTenant(rng: Rng): TenantProgress {
  const host = rng.pick([DEV, LIVE, 'https://acdev.service-bw.de', 'https://ac.example.de:8443']);
  let p = emptyProgress(host, randomText(rng, 500), rng.pick(['dev', 'live'] as const), 1_600_000_000_000 + rng.int(1e11));
  for (let i = rng.int(5); i > 0; i--) {
    const kind = rng.pick(KINDS);
    const name = FIXED_ITEMS.some((f) => f.kind === kind) ? '' : randomText(rng, 200);
    p = mergeFacts(p, [{ kind, name, seen: rng.pick([{ saved: true }, { version: 'Version 1.0', email: randomText(rng, 500), telefon: null }, { wartungsmodus: 'false' }, { kisa: false }]) }], p.updatedAt + rng.int(1e6));
  }
  const ids = Object.keys(p.items);
  for (let i = rng.int(3); i > 0; i--) {
    const change = rng.int(2) ? { status: rng.pick(['offen', 'erledigt', 'nicht zutreffend'] as const) } : { note: randomText(rng, 2000) };
    p = decide(p, rng.pick(ids), change, p.updatedAt + rng.int(1e6));
  }
  return p;
}

function randomProgress(rng: Rng): Record<string, TenantProgress> {
  const all: Record<string, TenantProgress> = {};
  // Sometimes the stored tenants themselves, so that merging meets items on both sides.
  for (const p of [freiberg(1_700_000_000_000 + rng.int(1e9)), mittelsachsen()]) if (rng.int(2)) all[p.key] = p;
  for (let i = rng.int(4); i > 0; i--) {
    const p = randomTenant(rng);
    all[p.key] = p;
  }
  return all;
}

/** Values of the wrong type for each kind of field (never valid there). */
const WRONG: Record<string, unknown[]> = {
  string: [42, true, null, [], {}, ['Freiberg'], { de: 'x' }],
  enum: ['fertig', 'ERLEDIGT', '', '<script>', 1, true, [], {}],
  number: ['1700000000000', true, null, [], {}, '1e999'],
  boolean: ['true', 1, 0, null, [], {}],
  nullableString: [42, false, [], {}],
  object: ['{}', 7, null, [], true],
  // Not 1 (with no field at all an entry is of schema 1, and is migrated): an explicit 1 is no stored form.
  schema: ['2', 3, 0, -1, 2.5, null, true, [], {}],
};
/** Every field of a tenant, an item and a sighting, with its kind and its length limit. */
const TENANT_FIELDS: [string, string, number?][] = [['schema', 'schema'], ['key', 'string', 1200], ['host', 'string', 300], ['tenant', 'string', 500], ['env', 'enum'], ['items', 'object'], ['updatedAt', 'number']];
const ITEM_FIELDS: [string, string, number?][] = [['id', 'string', 700], ['kind', 'enum'], ['title', 'string', 700], ['status', 'enum'], ['decidedBy', 'enum'], ['seen', 'object'], ['seenAt', 'number'], ['decidedAt', 'number'], ['note', 'string', 2000]];
const SEEN_FIELDS: [string, string, number?][] = [['saved', 'boolean'], ['version', 'string', 50], ['email', 'nullableString', 500], ['telefon', 'nullableString', 500], ['wartungsmodus', 'string', 50], ['kisa', 'boolean']];
// Not `schema`: an entry without it is of schema 1 and is migrated.
const REQUIRED = new Set(['key', 'host', 'tenant', 'env', 'items', 'updatedAt', 'id', 'kind', 'title', 'status', 'decidedBy', 'seen']);

const stringify = (value: unknown) => JSON.stringify(value, null, 1);

/** Sets a key as an own property even when it is __proto__ (assignment would change the prototype instead). */
function setOwn(target: object, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The objects of a file (root, progress, tenants, items, sightings), to put something wrong into one. */
function objectsOf(file: Record<string, any>): Record<string, any>[] {
  const found: Record<string, any>[] = [file, file.progress];
  for (const t of Object.values<any>(file.progress)) {
    found.push(t, t.items);
    for (const i of Object.values<any>(t.items)) found.push(i, i.seen);
  }
  return found;
}

/** A file with at least one tenant and one item, so fields can be spoilt. */
function fileWithTenant(rng: Rng) {
  const progress = randomProgress(rng);
  const p = freiberg();
  if (!Object.keys(progress).length) progress[p.key] = p;
  return structuredClone(backupOf(progress)) as Record<string, any>;
}

function someTenant(rng: Rng, file: Record<string, any>) {
  return file.progress[rng.pick(Object.keys(file.progress))];
}

const makers: Record<string, (rng: Rng) => string> = {
  truncated(rng) {
    const text = stringify(backupOf(randomProgress(rng)));
    return text.slice(0, rng.int(text.length)); // a strict prefix of an object is never valid JSON
  },
  wrongVersion(rng) {
    const file = backupOf(randomProgress(rng)) as Record<string, unknown>;
    const version = rng.pick([0, 2, 7, -1, 1.5, 1e308, '1', null, true, [], {}, 'eins', undefined]);
    if (version === undefined) delete file.version; else file.version = version;
    return stringify(file);
  },
  notABackup(rng) {
    const file = backupOf(randomProgress(rng)) as Record<string, unknown>;
    const format = rng.pick(['admincenter-wegweiser', 'ADMINCENTER-WEGWEISER-SICHERUNG', '', 1, null, undefined]);
    if (rng.int(4) === 0) return stringify(rng.pick([[file], 'sicherung', 42, null, true, [], { progress: file.progress }]));
    if (format === undefined) delete file.format; else file.format = format;
    return stringify(file);
  },
  prototypeKey(rng) {
    const file = fileWithTenant(rng);
    setOwn(rng.pick(objectsOf(file)), rng.pick(['__proto__', 'constructor', 'prototype']), rng.pick<unknown>([{ status: 'erledigt', polluted: true }, 'x', null, [], { toString: 1 }]));
    return stringify(file);
  },
  wrongType(rng) {
    const file = fileWithTenant(rng);
    const tenant = someTenant(rng, file);
    const item = tenant.items[rng.pick(Object.keys(tenant.items))];
    const [target, [field, type]] = rng.pick([
      [tenant, rng.pick(TENANT_FIELDS)], [item, rng.pick(ITEM_FIELDS)], [item.seen, rng.pick(SEEN_FIELDS)],
    ] as const);
    const value = rng.pick(WRONG[type].filter((v) => !(field === 'decidedBy' && v === null)));
    // '1e999' goes in as a bare number: JSON.parse makes it Infinity, which is no timestamp either.
    (target as Record<string, unknown>)[field] = value === '1e999' ? '__INF__' : value;
    return stringify(file).replace('"__INF__"', '1e999');
  },
  missingField(rng) {
    const file = fileWithTenant(rng);
    const tenant = someTenant(rng, file);
    const item = tenant.items[rng.pick(Object.keys(tenant.items))];
    const field = rng.pick([...REQUIRED]);
    delete (field in item ? item : tenant)[field];
    return stringify(file);
  },
  hugeString(rng) {
    const file = fileWithTenant(rng);
    const tenant = someTenant(rng, file);
    const item = tenant.items[rng.pick(Object.keys(tenant.items))];
    const [target, [field, , max]] = rng.pick([
      [tenant, rng.pick(TENANT_FIELDS.filter((f) => f[2]))], [item, rng.pick(ITEM_FIELDS.filter((f) => f[2]))], [item.seen, rng.pick(SEEN_FIELDS.filter((f) => f[2]))],
    ] as const);
    target[field] = 'Ä'.repeat(max! + 1 + rng.int(rng.int(10) ? 100 : 500_000));
    return stringify(file);
  },
  unknownSeenKey(rng) {
    const file = fileWithTenant(rng);
    const tenant = someTenant(rng, file);
    tenant.items[rng.pick(Object.keys(tenant.items))].seen[rng.pick(['status', 'geheim', 'Version', ''])] = true;
    return stringify(file);
  },
  keyMismatch(rng) {
    const file = fileWithTenant(rng);
    const key = rng.pick(Object.keys(file.progress));
    const tenant = file.progress[key];
    if (rng.int(2)) {
      delete file.progress[key];
      file.progress[`${key}${rng.pick([' ', 'x', '|'])}`] = tenant;
    } else {
      const id = rng.pick(Object.keys(tenant.items));
      tenant.items[id] = { ...tenant.items[id], id: `${id}-anders` };
    }
    return stringify(file);
  },
  foreignHost(rng) {
    const file = fileWithTenant(rng);
    const key = rng.pick(Object.keys(file.progress));
    const tenant = file.progress[key];
    delete file.progress[key];
    tenant.host = rng.pick(['http://admincenter.amt24dev.sachsen.de', 'javascript:alert(1)', 'https://a.de/pfad', '', 'https://', 'file:///etc/passwd']);
    tenant.key = `${tenant.host}|${tenant.tenant}`;
    file.progress[tenant.key] = tenant;
    return stringify(file);
  },
  deepNesting(rng) {
    const depth = 17 + rng.int(rng.int(4) ? 100 : 100_000);
    const open = rng.pick(['[', '{"a":']);
    const deep = open.repeat(depth) + '1' + (open === '[' ? ']' : '}').repeat(rng.int(2) ? depth : rng.int(depth));
    if (rng.int(2)) return deep;
    return stringify(backupOf(randomProgress(rng))).replace('"progress"', `"deep": ${deep}, "progress"`);
  },
  garbage(rng) {
    const samples = ['', ' ', '\n\n', 'null', '0', '"Sicherung"', 'true', '\u0000\u0001\u0002', '\uFEFF', '<?xml version="1.0"?><sicherung/>', 'key;host\nx;y', '\x89PNG\r\n\x1a\n', 'NaN', '{,}', '{"a":1,}', "{'format':'admincenter-wegweiser-sicherung'}", '[]]'];
    if (rng.int(3)) return rng.pick(samples);
    let s = '';
    for (let i = rng.int(300); i > 0; i--) s += String.fromCharCode(rng.pick([rng.int(128), rng.int(0xffff)]));
    return s;
  },
};

let oversized: string | undefined;

/** The n-th input of a run: mostly hostile files, some valid ones, and now and then one beyond the size limit. */
export function fuzzInput(rng: Rng, n: number): FuzzInput {
  const mode = rng.pick(['merge', 'replace'] as const);
  if (n % 200 === 199) {
    oversized ??= stringify(backupOf({})).replace('{', `{"polster": "${'x'.repeat(MAX_BACKUP_BYTES)}",`);
    return { kind: 'oversized', text: oversized, mode };
  }
  if (rng.int(8) === 0) {
    const progress = randomProgress(rng);
    // Now and then entries as an older Wegweiser wrote them (schema 1: no `schema` field); they are migrated.
    const old = rng.int(3) === 0;
    const written = old ? Object.fromEntries(Object.entries(progress).map(([k, { schema: _, ...v }]) => [k, v])) : progress;
    return { kind: old ? 'valid, schema 1' : 'valid', text: stringify(backupOf(written)), mode, valid: progress };
  }
  const kind = rng.pick(Object.keys(makers));
  return { kind, text: makers[kind](rng), mode };
}
