// Every page detector against every saved page snapshot (tests/snapshots/<view>.<ui>.json, saved from the
// practice AdminCenter by scripts/capture-snapshots.mjs): it matches its own, in both UI generations,
// and no other view's.
import { describe, it, expect } from 'vitest';
import { VIEWS } from '../../rules/index';
import { isBlank } from '../../rules/engine';
import type { Snapshot } from '../../rules/types';

const files = import.meta.glob<Snapshot>('../snapshots/*.json', { eager: true, import: 'default' });
const snapshots = Object.entries(files).map(([path, snapshot]) => {
  const [, view, ui] = /([\w-]+)\.(klassisch|aktuell)\.json$/.exec(path)!;
  return { view, ui, snapshot };
});

describe.each(VIEWS.map((v) => [v.id, v] as const))('page view %s', (id, view) => {
  const own = snapshots.filter((s) => s.view === id);
  const generations = view.only ? [view.only] : ['klassisch', 'aktuell'];

  it(`has a snapshot for ${generations.join(' and ')}`, () => {
    expect(own.map((s) => s.ui).sort()).toEqual([...generations].sort());
  });
  it('recognises its own snapshots', () => {
    for (const { ui, snapshot } of own) expect(view.detect(snapshot), `${id}.${ui}`).toBe(true);
  });
  it("recognises no other view's snapshot", () => {
    const wrong = snapshots.filter((s) => s.view !== id && view.detect(s.snapshot)).map((s) => `${s.view}.${s.ui}`);
    expect(wrong).toEqual([]);
  });
});

it('every saved snapshot belongs to a registered view', () => {
  const known = new Set<string>(VIEWS.map((v) => v.id));
  expect(snapshots.filter((s) => !known.has(s.view)).map((s) => s.view)).toEqual([]);
});

it('no saved page counts as blank; a page the AdminCenter has not drawn yet does', () => {
  expect(snapshots.filter((s) => isBlank(s.snapshot)).map((s) => `${s.view}.${s.ui}`)).toEqual([]);
  const starting = { ...snapshots[0].snapshot, generation: null, loginForm: false, buttons: [], headings: [], fields: [], dialogs: [], tables: [], tabs: [], notices: [] };
  expect(isBlank(starting)).toBe(true);
  // A bare page with one button is not blank: the guide says what it cannot find there.
  expect(isBlank({ ...starting, buttons: [{ label: 'Weiter', disabled: false }] })).toBe(false);
});
