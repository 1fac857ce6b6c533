// Shared types of the guide rules: plain data, no DOM, so rules are tested with plain objects.
import type { Generation } from './generation';

export type { Generation };

/** Roles the locator understands (implicit HTML roles included). */
export type Role = 'button' | 'link' | 'menuitem' | 'tab' | 'row' | 'textbox' | 'combobox' | 'checkbox' | 'radio' | 'file';

/** One way to find an element, for one screen. A Locator lists the alternatives. */
export interface Target {
  /** only on this UI generation */
  ui?: Generation;
  role: Role;
  /** accessible name, compared after normalising (no `*`, `•`, `+`, arrows); a RegExp tests the normalised name */
  name: string | RegExp;
  /** only inside the region titled so (e.g. `Verwalten` of the drawer) */
  region?: string;
  /** only inside the open dialog whose title matches */
  dialog?: RegExp;
  /** only in the main menu (top menu or sidebar) */
  menu?: boolean;
  /** only inside the table row one of whose cells reads so (e.g. the row of `wartungsmodus`) */
  row?: string | RegExp;
  /** an icon-only button (no name): its icon, a Vaadin icon name (`lumo:cross`) or an icon-font code point */
  icon?: string[];
}
export type Locator = Target[];

export interface SnapshotButton { label: string; disabled: boolean }
export interface SnapshotTable { headers: string[]; rows: string[][] }

/** What a person sees on the AdminCenter page (read by content/snapshot.ts). */
export interface Snapshot {
  generation: Generation | null;
  devBanner: boolean;
  /** a login form (Benutzername/Passwort, `Anmelden`) is on screen */
  loginForm: boolean;
  /** the current Mandant as the selector shows it */
  tenant: string | null;
  /** visible headings and titles, in document order */
  headings: string[];
  /** titles of open dialogs, outermost first */
  dialogs: string[];
  tabs: { label: string; selected: boolean }[];
  buttons: SnapshotButton[];
  tables: SnapshotTable[];
  /** visible labelled fields and their current values */
  fields: { label: string; value: string }[];
  /** visible confirmations and errors of the page (role=status / role=alert) */
  notices: string[];
  /** names of files chosen in file inputs and upload widgets, not yet saved */
  files?: string[];
  /** the version badge of the open record: `13.1`, `Version 0.1`, `Nicht veröffentlicht` … */
  version: string | null;
  /** the location hash: a hint only */
  hash: string;
}
