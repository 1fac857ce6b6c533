// The policy schema the IT's tools show (public/managed_schema.json) and the README's table name what the extension
// really reads: every task id of the registry, and exactly the presets shared/managed.ts takes.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { TASKS } from '../../rules/index';
import { parseManaged } from '../../shared/managed';

const IDS = TASKS.map((t) => t.id);
const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as {
  properties: Record<string, { description: string; type: string; items?: { type: string } }>;
};
const README = readFileSync('README.md', 'utf8');

describe('managed_schema.json', () => {
  it('lists every task id the IT can hide, and no other', () => {
    const listed = /\(([^)]*)\)$/.exec(schema.properties.hideTasks.description)?.[1].split(/,\s*/);
    expect(listed).toEqual(IDS);
  });

  it('the README\'s table of presets lists the same task ids', () => {
    const row = README.split('\n').find((line) => line.startsWith('| `hideTasks` |'));
    expect(row?.split(':').pop()?.match(/`[^`]+`/g)?.map((id) => id.slice(1, -1))).toEqual(IDS);
  });

  it('offers exactly the presets the extension reads, each as a list of texts', () => {
    const keys = Object.keys(schema.properties);
    for (const key of keys) expect(schema.properties[key], key).toMatchObject({ type: 'array', items: { type: 'string' } });
    // Each key the schema offers is read: a value that is no list is named back to the IT as its key.
    const read = parseManaged(Object.fromEntries(keys.map((key) => [key, 'keine Liste'])), IDS);
    expect(read.notices).toEqual(keys.map((key) => `Die Vorgabe „${key}“ Ihrer IT ist keine Liste und wird nicht beachtet.`));
    // And nothing is preset that the schema does not offer.
    expect(Object.keys(read).filter((key) => key !== 'notices').sort()).toEqual([...keys].sort());
  });
});
