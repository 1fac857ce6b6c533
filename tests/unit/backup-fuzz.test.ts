// Fuzz: hostile backup files through the background's real message handler, with stored data in place.
// Every file that is not a valid backup must be refused with a German message and change nothing;
// valid ones must be stored in one write. FUZZ_COUNT sets how many (npm run fuzz: 10,000).
import { isDeepStrictEqual } from 'node:util';
import { describe, it, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { receiveMessage } from '../../background/background-handlers';
import { extraHostsItem, lastAdminCenterTabItem, namedTenantsItem, progressItem } from '../../shared/storage';
import { mergeProgress } from '../../rules/checklist-merge';
import { asRecord, freiberg, mittelsachsen, DEV } from './backup-fixtures';
import { fuzzInput, prng } from './backup-fuzz-inputs';

const COUNT = Number(process.env.FUZZ_COUNT ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const GERMAN_REFUSAL = /^(Die (Datei|Sicherung) |Mandant „)[^]+ Es wurde nichts eingelesen\.$/;
const LEAKED = /undefined|\[object|Invalid input|expected|NaN/;

async function prefill() {
  await progressItem.setValue(asRecord(freiberg(), mittelsachsen()));
  await namedTenantsItem.setValue({ 'https://acdev.service-bw.de': 'Musterstadt' });
  await extraHostsItem.setValue(['https://acdev.service-bw.de']);
  await lastAdminCenterTabItem.setValue({ tabId: 7, origin: DEV, url: `${DEV}/admincenter/`, generation: 'aktuell', seenAt: 1, tenantKey: freiberg().key });
}

const snapshot = async () => JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.session.get(null)]);
const normalized = (value: unknown) => JSON.parse(JSON.stringify(value));

/** Counts every write to extension storage (set, remove, clear in local and session). */
function countWrites() {
  const counter = { writes: 0 };
  const areas = [fakeBrowser.storage.local, fakeBrowser.storage.session] as unknown as Record<string, (...a: unknown[]) => Promise<void>>[];
  const restore: (() => void)[] = [];
  for (const area of areas) {
    for (const method of ['set', 'remove', 'clear']) {
      const original = area[method];
      area[method] = (...args) => { counter.writes++; return original(...args); };
      restore.push(() => { area[method] = original; });
    }
  }
  return { counter, restore: () => restore.forEach((r) => r()) };
}

describe('backup import fuzz', () => {
  it(`refuses ${COUNT} hostile files without crash or partial write, and stores the valid ones whole`, async () => {
    const rng = prng(SEED);
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).join();
    const figures = { files: 0, valid: 0, refused: 0, crashes: 0, partialWrites: 0, wronglyAccepted: 0, wronglyRefused: 0 };
    const failures: string[] = [];
    const kinds: Record<string, number> = {};
    await prefill();
    const { counter, restore } = countWrites();
    try {
      for (let n = 0; n < COUNT; n++) {
        const input = fuzzInput(rng, n);
        kinds[input.kind] = (kinds[input.kind] ?? 0) + 1;
        figures.files++;
        const before = await snapshot();
        const storedBefore = await progressItem.getValue();
        counter.writes = 0;
        let reply;
        try {
          reply = await receiveMessage({ type: 'backup/import', text: input.text, mode: input.mode }, undefined);
        } catch (error) {
          figures.crashes++;
          failures.push(`#${n} ${input.kind}: ${String(error)}`);
          continue;
        }
        if (input.valid) {
          figures.valid++;
          const expected = input.mode === 'replace' ? input.valid : mergeProgress(storedBefore, input.valid);
          if (!reply.ok) { figures.wronglyRefused++; failures.push(`#${n} valid, refused: ${reply.error}`); }
          else if (counter.writes !== 1) failures.push(`#${n} valid: ${counter.writes} writes instead of one`);
          else if (!isDeepStrictEqual(normalized(await progressItem.getValue()), normalized(expected))) failures.push(`#${n} valid: stored differs`);
          // Back to the same stored state for the next file.
          fakeBrowser.reset();
          await prefill();
          continue;
        }
        figures.refused++;
        if (reply.ok) { figures.wronglyAccepted++; failures.push(`#${n} ${input.kind}: accepted`); }
        else if (!GERMAN_REFUSAL.test(reply.error) || LEAKED.test(reply.error) || reply.error.length > 500) failures.push(`#${n} ${input.kind}: message "${reply.error.slice(0, 300)}"`);
        if (counter.writes !== 0 || (await snapshot()) !== before) { figures.partialWrites++; failures.push(`#${n} ${input.kind}: storage changed`); }
        if (({} as Record<string, unknown>).polluted !== undefined || ({} as Record<string, unknown>).status !== undefined) failures.push(`#${n} ${input.kind}: Object.prototype polluted`);
      }
    } finally {
      restore();
    }
    console.log(`Fuzz: ${figures.files} Dateien (${figures.valid} gültig, ${figures.refused} ungültig), ${figures.crashes} Abstürze, ${figures.partialWrites} Teil-Schreibvorgänge, ${figures.wronglyAccepted} fälschlich angenommen, ${figures.wronglyRefused} fälschlich abgelehnt`);
    console.log(`Fuzz: Startwert ${SEED}; Arten ${Object.entries(kinds).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(figures).toMatchObject({ files: COUNT, crashes: 0, partialWrites: 0, wronglyAccepted: 0, wronglyRefused: 0 });
    expect(figures.valid).toBeGreaterThan(COUNT / 20);
    expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(prototypeBefore);
  }, 600_000);
});
