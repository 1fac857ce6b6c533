// Small readers over a snapshot, so detectors say what a person sees in one line.
import type { Locator, Snapshot, SnapshotTable } from '../types';
import { labelMatches } from '../../shared/text';

const test = (text: string, wanted: string | RegExp) => labelMatches(text, wanted);

export const hasHeading = (s: Snapshot, wanted: string | RegExp) => s.headings.some((h) => test(h, wanted));
export const hasDialog = (s: Snapshot, wanted: RegExp) => s.dialogs.some((d) => test(d, wanted));
export const hasButton = (s: Snapshot, ...labels: string[]) => labels.every((l) => s.buttons.some((b) => test(b.label, l)));
export const buttonEnabled = (s: Snapshot, label: string) => s.buttons.some((b) => test(b.label, label) && !b.disabled);
export const tabSelected = (s: Snapshot, wanted: string | RegExp) => s.tabs.some((t) => t.selected && test(t.label, wanted));
export const fieldValue = (s: Snapshot, label: string) => s.fields.find((f) => test(f.label, label))?.value;
/** The record a title is about: "… verwalten - <X>", "Text bearbeiten - <X>" (aktuell's editor), "Prozessparameter für den Prozess <X> verwalten". */
export const titleSubject = (title: string) =>
  (/^.+ (?:verwalten|bearbeiten) - (.+)$/i.exec(title) ?? /^Prozessparameter für den Prozess (.+) verwalten$/i.exec(title))?.[1];
/** The record an open dialog is about, from its title. */
export const dialogSubject = (s: Snapshot): string | undefined => s.dialogs.map(titleSubject).find(Boolean);
/** The tables whose headers include all of these columns. */
export const tablesWith = (s: Snapshot, ...headers: string[]) => s.tables.filter((t) => headers.every((h) => t.headers.some((x) => test(x, h))));
/** The index of a column by its header. */
export const columnOf = (t: SnapshotTable, header: string) => t.headers.findIndex((x) => test(x, header));

/** Way in through the main menu: the entry, or while its group is closed, the group (klassisch / aktuell name). */
export function menuEntry(entry: string, group: { klassisch: string; aktuell: string }): Locator {
  return [
    { role: 'menuitem', name: entry, menu: true },
    { ui: 'klassisch', role: 'menuitem', name: group.klassisch, menu: true },
    { ui: 'aktuell', role: 'menuitem', name: group.aktuell, menu: true },
  ];
}
