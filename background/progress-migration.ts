// Stored checklists of earlier schema versions, brought up to the current one entry by entry: a damaged
// entry is set aside on its own and never stops the others (fixtures of every version: tests/fixtures/progress/).
import { PROGRESS_SCHEMA } from '../rules/checklist';

type Entry = Record<string, unknown>;

/** Step from version n-1 to n, by n. Every schema change adds one step and one fixture. */
const STEPS: Record<number, (entry: Entry) => Entry> = {
  // 2: each entry carries its version; admin decisions get a date from now on (unknown for older ones).
  2: (entry) => ({ ...entry, schema: 2 }),
};

/** A plain object (not null, not an array): what any stored or backed-up entry must at least be. */
export const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version 1 entries have no `schema` field. */
export const schemaOf = (entry: Entry): unknown => entry.schema ?? 1;

/**
 * The entry at the current schema, or the input unchanged when it cannot be migrated (not an object, an
 * unknown or newer version): the caller's validation then sets it aside.
 */
export function migrateEntry(value: unknown): unknown {
  if (!isEntry(value)) return value;
  const from = schemaOf(value);
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1 || from >= PROGRESS_SCHEMA) return value;
  let entry = value;
  for (let version = from + 1; version <= PROGRESS_SCHEMA; version++) entry = STEPS[version](entry);
  return entry;
}

/** Versions that have a migration step into them (for the test that every version has a fixture). */
export const MIGRATED_VERSIONS = Object.keys(STEPS).map(Number);
