import { describe, it, expect } from 'vitest';
import { detectGeneration } from '../../rules/generation';

const entry = (label: string, left: number, top: number) => ({ label, left, top });

describe('detectGeneration', () => {
  it('reads a horizontal top menu as klassisch', () => {
    expect(detectGeneration([entry('Neuigkeiten', 4, 90), entry('Zuständigkeitsfinder', 110, 90)])).toBe('klassisch');
  });
  it('reads a vertical sidebar as aktuell', () => {
    expect(detectGeneration([entry('Neuigkeiten', 18, 227), entry('Zuständigkeitsfinder', 18, 410)])).toBe('aktuell');
  });
  it('falls back to the label pair Benutzerverwaltung / Benutzer', () => {
    expect(detectGeneration([entry('Benutzerverwaltung', 400, 90)])).toBe('klassisch');
    expect(detectGeneration([entry('Neuigkeiten', 18, 227), entry('Benutzer', 18, 500)])).toBe('aktuell');
  });
  it('knows nothing without a menu (login page)', () => {
    expect(detectGeneration([])).toBeNull();
  });
});
