// The shapes of the guide as data: pages a person can be on, and the tasks' steps.
import type { Generation, Locator, Snapshot } from './types';

/** Per generation, or the same for both. */
export type PerUi<T> = T | Record<Generation, T>;

export function forUi<T>(value: PerUi<T>, generation: Generation | null): T {
  if (value && typeof value === 'object' && 'klassisch' in (value as object) && 'aktuell' in (value as object)) {
    return (value as Record<Generation, T>)[generation ?? 'aktuell'];
  }
  return value as T;
}

/** What the guide remembers while a task runs, e.g. the OE being worked on. */
export interface TaskContext {
  subject?: string;
}

export type LocatorFor = Locator | ((s: Snapshot, ctx: TaskContext) => Locator);

export interface PageView {
  id: string;
  /** a page that exists on one UI generation only (e.g. the klassisch `Prozess aktivieren` tabs) */
  only?: import('./types').Generation;
  /** where this is, in the AdminCenter's words, e.g. `Benutzerverwaltung → Mandanten` */
  name: PerUi<string>;
  /** true on exactly this page, drawer, dialog or tab (detectors exclude each other) */
  detect(s: Snapshot): boolean;
  /** how a person gets here: from which page (or the main menu) by clicking what */
  from?: { view: string; via: LocatorFor };
  /** a drawer or dialog that may hide the menu: how to close it before going elsewhere */
  close?: Locator;
  /** why the way in may be missing, and what to do then */
  whenMissing?: PerUi<string>;
}

export interface Step {
  id: string;
  /** a step of one UI generation only: skipped, and not counted, on the other */
  only?: Generation;
  title: string;
  /** what to do, in the guide's words and the AdminCenter's labels */
  text: PerUi<string>;
  /** the page this step's target is on */
  on: string;
  target: LocatorFor;
  /** the page shows the step done: the guide moves on by itself */
  done?(s: Snapshot, ctx: TaskContext): boolean;
  /** a click on the target completes the step (not for fields the admin fills in) */
  advanceOnClick?: boolean;
  /** why the target may be greyed out, and what to do then */
  whenDisabled?: PerUi<string>;
  /** remembers what the page shows, e.g. the title of the OE just created */
  remember?(s: Snapshot): string | undefined;
  /** the page's input matters for this step: re-read when a field turns empty or filled,
   *  or with 'value' on every keystroke in the step's own field (when the exact value counts) */
  watchInput?: boolean | 'value';
  /** a warning the page gives reason for (e.g. empty required fields): an extra line on the step card */
  warn?(s: Snapshot, ctx: TaskContext): string | undefined;
}

export interface Task {
  id: string;
  /** section of the KISA guide */
  section: string;
  title: string;
  /** one sentence: why this matters */
  summary: string;
  steps: Step[];
}

/** A step that just opens a page: its target is the way into `to`, it is done once `to` is open. */
export function openStep(id: string, title: string, text: PerUi<string>, to: string, extra: Partial<Step> = {}): Step & { opens: string } {
  return { id, title, text, on: '', target: [], opens: to, ...extra };
}
