// Every page fixture (tests/fixtures/pages/, made from Diagnose files by `npm run fixture`) is recognised as
// the view it names, by that view's detector alone; "keine" means no view may claim it.
import { describe, it, expect } from 'vitest';
import { VIEWS } from '../../rules/index';
import { currentView } from '../../rules/engine';
import type { Snapshot } from '../../rules/types';

interface PageFixture { view: string; generation: string; snapshot: Snapshot }
const files = import.meta.glob<PageFixture>('../fixtures/pages/*.json', { eager: true, import: 'default' });
const fixtures = Object.entries(files).map(([path, f]) => ({ name: path.split('/').pop()!, ...f }));

it('there are fixtures from Diagnose files of both UI generations', () => {
  expect(new Set(fixtures.map((f) => f.generation))).toEqual(new Set(['klassisch', 'aktuell']));
});

describe.each(fixtures.map((f) => [f.name, f] as const))('fixture %s', (_name, f) => {
  it(`is recognised as ${f.view}`, () => {
    expect(currentView(f.snapshot, VIEWS)?.id ?? 'keine').toBe(f.view);
  });
  it('is claimed by no other view', () => {
    expect(VIEWS.filter((v) => v.id !== f.view && v.detect(f.snapshot)).map((v) => v.id)).toEqual([]);
  });
});
