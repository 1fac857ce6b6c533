// What the Diagnose script captures in the page (raw, with the page's values) and what the side panel or the
// background turn it into (anonymised). Types only: the content script stays small.
import type { Generation, Locator, Snapshot } from '../rules/types';
import type { TaskContext } from '../rules/model';

/** What the content script's last pass concluded about the guide; it keeps it for the Diagnose script, which runs
 *  in the same isolated world when injected (so the page itself cannot read or forge it). */
export interface LastPass { view: string | null; task: string | null; step: string | null; locator: Locator; ctx?: TaskContext }

/** The isolated world's global the two share. */
export type DiagnoseGlobal = typeof globalThis & { wegweiserLast?: LastPass | null; wegweiserCapture?: () => RawCapture };

/** Where an element stands, for the anonymiser: its text or value may be a person's data. */
export type OutlinePart = 'field' | 'header' | 'first' | 'cell' | 'row';

export interface OutlineNode {
  depth: number;
  tag: string;
  role?: string;
  /** accessible name; for a field its label only (the value is in `value`) */
  name?: string;
  /** ARIA states, e.g. { expanded: 'true' } */
  aria?: Record<string, string>;
  classes?: string;
  shadowHost?: true;
  /** its own visible text, at most 80 characters */
  text?: string;
  /** a field's value */
  value?: string;
  /** inside a field, a list's header, the first cell of a record, another cell, or a record row */
  part?: OutlinePart;
  /** inside a list of people (a column E-Mail, Benutzername, Vorname or Nachname) */
  people?: true;
}

export type TargetResult = 'gefunden' | 'verborgen' | 'deaktiviert' | 'nicht gefunden';

export interface Conclusions {
  generation: Generation | null;
  dev: boolean;
  tenantRecognised: boolean;
  view: string | null;
  task: string | null;
  step: string | null;
  /** each alternative of the step's target for this UI, written out (patterns as text), and what became of it */
  targets: { target: Record<string, string | boolean | string[]>; result: TargetResult }[];
  /** while a task runs: each of its steps on this UI, and whether its target can be found on this page */
  steps: { title: string; found: boolean }[];
}

export interface RawCapture {
  /** the page's address without its query */
  url: string;
  conclusions: Conclusions;
  snapshot: Snapshot;
  outline: OutlineNode[];
  /** the page had more elements than the outline keeps */
  outlineCut: boolean;
  viewport: { width: number; height: number };
  screen: { width: number; height: number };
}
