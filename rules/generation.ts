// Which AdminCenter UI generation is on screen, from the main menu as a person sees it.

export type Generation = 'klassisch' | 'aktuell';

export interface MenuEntry {
  label: string;
  left: number;
  top: number;
}

/** Labels of main menu entries that both generations show. */
export const MENU_LABELS = ['Neuigkeiten', 'Zuständigkeitsfinder', 'Organisationseinheiten', 'Benutzerverwaltung', 'Benutzer'];

/**
 * klassisch: a horizontal top menu (entries on one line);
 * aktuell: a vertical sidebar (entries in one column).
 */
export function detectGeneration(entries: MenuEntry[]): Generation | null {
  entries = entries.map((e) => ({ ...e, label: MENU_LABELS.find((l) => l.toLowerCase() === e.label.toLowerCase()) ?? e.label }));
  const news = entries.find((e) => e.label === 'Neuigkeiten');
  const finder = entries.find((e) => e.label === 'Zuständigkeitsfinder');
  if (news && finder) {
    if (Math.abs(news.top - finder.top) < 12 && finder.left > news.left) return 'klassisch';
    if (Math.abs(news.left - finder.left) < 12 && finder.top > news.top) return 'aktuell';
  }
  // Label pair: `Benutzerverwaltung` (klassisch) became `Benutzer` (aktuell).
  if (entries.some((e) => e.label === 'Benutzerverwaltung')) return 'klassisch';
  if (news && entries.some((e) => e.label === 'Benutzer')) return 'aktuell';
  return null;
}

export const GENERATION_NAMES: Record<Generation, string> = {
  klassisch: 'klassische Oberfläche',
  aktuell: 'aktuelle Oberfläche',
};
