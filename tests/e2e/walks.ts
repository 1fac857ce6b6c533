// Each task's end-to-end walk: where it starts and what the admin types per step. The task's own e2e test and the
// read-only test follow these; the registry test fails when a task has none.
import type { TaskId } from '../../rules/index';
import type { Inputs } from './follow-guide';
import { PNG } from './png';

export interface Walk {
  /** the practice AdminCenter's page the walk starts on (default: neuigkeiten) */
  route?: string;
  inputs: () => Inputs;
}

export const WALKS: Record<TaskId, Walk> = {
  impressum: { inputs: () => ({ text: 'Stadt Freiberg, Obermarkt 24, 09599 Freiberg' }) },
  datenschutz: { route: 'mandanten', inputs: () => ({ angaben: ['Dr. Dana Schutz', 'datenschutz@freiberg.de'] }) },
  bild: { route: 'organisationseinheiten', inputs: () => ({ datei: { file: 'wappen-freiberg.png', mimeType: 'image/png', buffer: PNG } }) },
  organisationseinheit: { inputs: () => ({
    name: 'Bürgerbüro (Einwohnermeldeamt)',
    'mail-kanal': 'E-Mail', 'mail-kennung': 'buergerbuero@freiberg.de',
    'tel-kanal': 'Telefon', 'tel-kennung': '+49 3731 273 100',
    pflichtfelder: ['Stufenloser Zugang über den Haupteingang', 'Barrierefreie Toilette im Erdgeschoss', 'Aufzug zu allen Etagen'],
  }) },
  ergaenzung: { inputs: () => ({ suchen: '99089001005000', abschnitt: 'Verwaltungsgebühr nach der Gebührensatzung der Stadt Freiberg.' }) },
  rechte: { inputs: () => ({}) },
  wartungsmodus: { inputs: () => ({ wert: 'false' }) },
};
