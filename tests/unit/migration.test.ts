// Stored progress of every schema version loads in the current one: one fixture per version, as an
// earlier version of the extension wrote it (tests/fixtures/progress/v<n>.json).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { readProgress } from '../../background/background-handlers';
import { progressItem, progressSetAsideItem } from '../../shared/storage';
import { tenantProgressSchema } from '../../background/progress-schema';
import { MIGRATED_VERSIONS, migrateEntry } from '../../background/progress-migration';
import { PROGRESS_SCHEMA, counts, type TenantProgress } from '../../rules/checklist';
import { reportLine } from '../../rules/report';

const DIR = 'tests/fixtures/progress';
const fixture = (version: number) => JSON.parse(readFileSync(`${DIR}/v${version}.json`, 'utf8')) as Record<string, unknown>;
const versions = readdirSync(DIR).map((f) => Number(/^v(\d+)\.json$/.exec(f)?.[1])).filter(Boolean).sort();

describe('stored progress of earlier versions', () => {
  it('has a fixture for every schema version up to the current one', () => {
    expect(versions).toEqual(Array.from({ length: PROGRESS_SCHEMA }, (_, i) => i + 1));
    // Every version after the first has a migration step into it.
    expect(MIGRATED_VERSIONS).toEqual(versions.slice(1));
  });

  for (const version of versions) {
    it(`loads version ${version}: every tenant, status, note and evidence kept, nothing set aside`, async () => {
      const stored = fixture(version);
      await progressItem.setValue(stored as Record<string, TenantProgress>);
      const loaded = await readProgress();
      expect(Object.keys(loaded).sort()).toEqual(Object.keys(stored).sort());
      expect(await progressSetAsideItem.getValue()).toEqual({});
      for (const [key, before] of Object.entries(stored) as [string, TenantProgress][]) {
        const after = loaded[key];
        expect(after.schema).toBe(PROGRESS_SCHEMA);
        expect(counts(after)).toEqual(counts(before));
        for (const [id, item] of Object.entries(before.items)) {
          const { status, decidedBy, seen, seenAt, note } = item;
          expect(after.items[id]).toEqual(expect.objectContaining(JSON.parse(JSON.stringify({ status, decidedBy, seen, seenAt, note }))));
          expect(reportLine(after.items[id])).toContain(item.note ?? '');
        }
      }
      // Written back at the current version: the next read has nothing left to migrate.
      expect(await progressItem.getValue()).toEqual(loaded);
    });
  }

  it('needs the migration: an old entry does not fit the current schema as stored', () => {
    const old = Object.values(fixture(1))[0];
    expect(tenantProgressSchema.safeParse(old).success).toBe(false);
    expect(tenantProgressSchema.safeParse(migrateEntry(old)).success).toBe(true);
    // An entry that names version 1 itself migrates the same way.
    expect(tenantProgressSchema.safeParse(migrateEntry({ ...(old as object), schema: 1 })).success).toBe(true);
  });

  it('sets aside an entry it cannot migrate (newer version, damaged) and migrates the others', async () => {
    const stored = fixture(1);
    const [key] = Object.keys(stored);
    const newer = { ...(stored[key] as object), schema: PROGRESS_SCHEMA + 1 };
    const damaged = { schema: 1, key: 'x|Kaputt', items: [] };
    await progressItem.setValue({ ...stored, [key]: newer, 'x|Kaputt': damaged } as never);
    const loaded = await readProgress();
    expect(Object.keys(loaded)).toEqual(Object.keys(stored).filter((k) => k !== key));
    expect(await progressSetAsideItem.getValue()).toEqual({ [key]: newer, 'x|Kaputt': damaged });
  });
});
