// Generated from every saved page snapshot: each page detector still recognises its own page, and no other,
// when the page's labels come with the marks real AdminCenter markup puts on them (icon glyphs, trailing
// colons, other case, odd white space, soft hyphens, cut-off labels are covered by tests/unit/text.test.ts).
import { describe, it, expect } from 'vitest';
import { VIEWS } from '../../rules/index';
import type { Snapshot } from '../../rules/types';

const files = import.meta.glob<Snapshot>('../snapshots/*.json', { eager: true, import: 'default' });
const snapshots = Object.entries(files).map(([path, snapshot]) => ({ view: /([\w-]+)\.(klassisch|aktuell)\.json$/.exec(path)![1], path, snapshot }));

const MUTATIONS: Record<string, (label: string) => string> = {
  'icon glyph before the label': (l) => `\uf0e8${l}`,
  'trailing colon': (l) => `${l}:`,
  'upper case': (l) => l.toUpperCase(),
  'lower case': (l) => l.toLowerCase(),
  'white space': (l) => ` \u00a0${l.replace(/ /g, ' \u00a0 ')}\n`,
  'soft hyphens': (l) => l.replace(/(\p{L}{3})(\p{L}{3})/gu, '$1\u00ad$2'),
};

/** The same page with every label a person reads (not the values or rows) changed by `change`. */
function mutate(s: Snapshot, change: (label: string) => string): Snapshot {
  return {
    ...s,
    headings: s.headings.map(change),
    dialogs: s.dialogs.map(change),
    tabs: s.tabs.map((t) => ({ ...t, label: change(t.label) })),
    buttons: s.buttons.map((b) => ({ ...b, label: change(b.label) })),
    fields: s.fields.map((f) => ({ ...f, label: change(f.label) })),
    tables: s.tables.map((t) => ({ ...t, headers: t.headers.map(change) })),
  };
}

describe.each(Object.entries(MUTATIONS))('%s', (_name, change) => {
  it.each(snapshots.map((s) => [s.path.replace(/^.*\//, ''), s] as const))('%s: recognised as its own view only', (_file, { view, snapshot }) => {
    const changed = mutate(snapshot, change);
    expect(VIEWS.filter((v) => v.detect(changed)).map((v) => v.id)).toEqual([view]);
  });
});
