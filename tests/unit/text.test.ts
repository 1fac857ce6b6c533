// Names as the AdminCenter's frameworks render them compare equal to the guide's labels.
import { describe, it, expect } from 'vitest';
import { labelMatch, labelMatches, normalizeLabel, normalizeText } from '../../shared/text';

describe('normalizeText', () => {
  it('drops icon-font glyphs, soft hyphens and zero-width characters', () => {
    expect(normalizeText('\uf0e8Benutzer')).toBe('Benutzer');
    expect(normalizeText('Daten\u00adschutz\u200bbeauftragter')).toBe('Datenschutzbeauftragter');
  });
  it('turns menu arrows, NBSP and repeated white space into single spaces', () => {
    expect(normalizeText('►\u00a0 Zuständigkeitsfinder  ›\n')).toBe('Zuständigkeitsfinder');
  });
});

describe('normalizeLabel', () => {
  it('drops required marks, a trailing colon and leading plus signs', () => {
    expect(normalizeLabel('Name *')).toBe('Name');
    expect(normalizeLabel('Kanal •')).toBe('Kanal');
    expect(normalizeLabel('Name:')).toBe('Name');
    expect(normalizeLabel('+ Unterhalb anlegen')).toBe('Unterhalb anlegen');
  });
});

describe('labelMatch', () => {
  it('ignores case, also ß written as SS', () => {
    expect(labelMatches('SCHLIESSEN', 'Schließen')).toBe(true);
    expect(labelMatches('IMPRESSUM VERWALTEN', /^Impressum verwalten/)).toBe(true);
  });
  it('matches a cut-off label by its visible part, below an exact match', () => {
    expect(labelMatch('Datenschutzbeauftr…', 'Datenschutzbeauftragter')).toBe(1);
    expect(labelMatch('Datenschutzbeauftragter', 'Datenschutzbeauftragter')).toBe(2);
    expect(labelMatch('Daten…', 'Bild')).toBe(0);
  });
  it('does not take a shorter label for a longer one', () => {
    expect(labelMatches('Benutzer', 'Benutzergruppen')).toBe(false);
    expect(labelMatches('wartungsmodusNutzer', 'wartungsmodus')).toBe(false);
  });
});
