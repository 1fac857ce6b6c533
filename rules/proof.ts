// What counts as proof on the page, shared by the tasks' checklist items and the pages that read it.
import type { Seen } from './model';
import type { Snapshot } from './types';
import { dialogSubject, titleSubject } from './pages/detect';

/** KISA's user in the AdminCenter: assigned to the Mandanten-Administrator, it gives KISA the rights (guide 3.6). */
export const KISA_USER = 'support.onlineantrag@kisa.it';

/** Published means a version of 1.0 or higher; `0.x`, `Nicht veröffentlicht` are not. */
export function isPublished(version: string | null | undefined): boolean {
  const number = /(\d+)\.(\d+)/.exec(version ?? '');
  return !!number && Number(number[1]) >= 1;
}

/** The page confirms a save ("Die Änderungen wurden gespeichert."). */
export const savedNotice = (s: Snapshot) => s.notices.some((n) => /gespeichert/i.test(n));

/** The open record's name: what a dialog about it is titled after ("Kommunikationskanäle verwalten - <OE>",
 *  "Prozessparameter für den Prozess <Prozess> verwalten"), a sheet named after it (Vaadin 8 windows), else
 *  the drawer's title, the first heading after the page title (its record where it reads "Text bearbeiten - <X>"). */
export const recordTitle = (s: Snapshot) => dialogSubject(s) ?? s.dialogs.find((title) => !/verwalten/i.test(title)) ?? (s.headings[1] && (titleSubject(s.headings[1]) ?? s.headings[1]));

export const savedEvidence = (seen: Seen) => (seen.saved ? ['gespeichert mit Inhalt'] : []);
export const versionEvidence = (seen: Seen) =>
  seen.version ? [seen.version.startsWith('Nicht') ? seen.version : `Version ${seen.version.replace(/^\D+/, '')}`] : [];
