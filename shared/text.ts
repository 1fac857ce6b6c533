// Text as a person reads it: labels compared without icons, required-field marks, extra spaces or case.

/** Icon-font glyphs (private use area: FontAwesome, Vaadin-Icons), soft hyphens and zero-width characters. */
const INVISIBLE = /[\uE000-\uF8FF\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Menu and sort arrows, drawn as characters by some widgets (Vaadin 8's hidden `►` included). */
const ARROWS = /[▾▸▼▲▴▶►›‹⇕⌄]/g;

/** Trimmed, single spaces, no icon glyphs, no menu arrows. */
export const normalizeText = (text: string) => text.replace(INVISIBLE, '').replace(ARROWS, ' ').replace(/\s+/g, ' ').trim();

/** A label without its decorations: `+ Unterhalb anlegen` → `Unterhalb anlegen`, `Name *` → `Name`, `Name:` → `Name`. */
export const normalizeLabel = (text: string) =>
  normalizeText(normalizeText(text).replace(/[*•+−→←↑↓✎✓×✕✖]/g, ' ').replace(/:$/, ''));

/** A label cut off by the page (`Datenschutzbeauftr…`): its visible part, else null. */
function truncated(label: string): string | null {
  const match = /^(.{4,}?)\s?(?:…|\.\.\.)$/.exec(label);
  return match ? match[1] : null;
}

/** Case folded: `SCHLIESSEN` and `Schließen` are the same label. */
const fold = (text: string) => text.toLowerCase().replace(/ß/g, 'ss');

/** How well `label` names `wanted`: 2 exactly, 1 by the visible part of a cut-off label, 0 not at all. */
export function labelMatch(label: string, wanted: string | RegExp): 0 | 1 | 2 {
  const normal = normalizeLabel(label);
  if (typeof wanted !== 'string') {
    const caseless = new RegExp(wanted.source.replace(/ß/g, 'ss'), wanted.flags.replace('g', '') + (wanted.ignoreCase ? '' : 'i'));
    return caseless.test(normal.replace(/ß/g, 'ss')) ? 2 : 0;
  }
  const want = fold(normalizeLabel(wanted));
  if (fold(normal) === want) return 2;
  const visible = truncated(fold(normal));
  return visible && want.startsWith(visible) ? 1 : 0;
}

export const labelMatches = (label: string, wanted: string | RegExp) => labelMatch(label, wanted) > 0;
