// Text as a person reads it: labels compared without icons, required-field marks and extra spaces.

/** Trimmed, single spaces, no menu arrows. */
export const normalizeText = (text: string) => text.replace(/[▾▸▼▲▴⇕›]/g, ' ').replace(/\s+/g, ' ').trim();

/** A label without its decorations: `+ Unterhalb anlegen` → `Unterhalb anlegen`, `Name *` → `Name`. */
export const normalizeLabel = (text: string) =>
  normalizeText(text.replace(/[*•+−→←↑↓✎✓×]/g, ' '));

export function labelMatches(label: string, wanted: string | RegExp): boolean {
  const normal = normalizeLabel(label);
  return typeof wanted === 'string' ? normal === normalizeLabel(wanted) : wanted.test(normal);
}
