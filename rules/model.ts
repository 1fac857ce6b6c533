// The shapes of the guide as data: pages a person can be on, and the tasks' steps.
import type { Generation, Locator, Snapshot } from './types';
import type { ViewId } from './views';

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

export interface PageView<Id extends string = string> {
  id: Id;
  /** a page that exists on one UI generation only (e.g. the klassisch `Prozess aktivieren` tabs) */
  only?: Generation;
  /** where this is, in the AdminCenter's words, e.g. `Benutzerverwaltung → Mandanten` */
  name: PerUi<string>;
  /** true on exactly this page, drawer, dialog or tab (detectors exclude each other) */
  detect(s: Snapshot): boolean;
  /** how a person gets here: from which page (or the main menu) by clicking what (checked by the registry test) */
  from?: { view: string; via: LocatorFor };
  /** a drawer or dialog that may hide the menu: how to close it before going elsewhere */
  close?: Locator;
  /** why the way in may be missing, and what to do then */
  whenMissing?: PerUi<string>;
}

/** What a task says for one view (its facts, its warnings), looked up by a detected view's id. */
export const forView = <T>(byView: Partial<Record<ViewId, T>> | undefined, view: string | undefined): T | undefined =>
  (view ? Object.entries(byView ?? {}).find(([id]) => id === view)?.[1] : undefined);

/** A page file's views, keeping their ids as literal types (the type ViewId is derived from them). */
export const views = <const Id extends string>(list: PageView<Id>[]) => list;

interface StepBase {
  id: string;
  /** a step of one UI generation only: skipped, and not counted, on the other */
  only?: Generation;
  /** a detour the page may give reason for (e.g. a record published already): not counted in "Schritt n von m" */
  detour?: boolean;
  title: string;
  /** what to do, in the guide's words and the AdminCenter's labels (or as the page gives reason for) */
  text: PerUi<string> | ((s: Snapshot) => string);
  /** why the target may be greyed out, and what to do then */
  whenDisabled?: PerUi<string>;
  /** remembers what the page shows, e.g. the title of the OE just created */
  remember?(s: Snapshot): string | undefined;
  /** a warning the page gives reason for (e.g. empty required fields): an extra line on the step card */
  warn?(s: Snapshot, ctx: TaskContext): string | undefined;
}

/** A step that just opens a page: its target is the way into `opens`, it is done once `opens` is open. */
export interface OpenStep extends StepBase {
  opens: ViewId;
}

/** A step that acts on a target of a page: a button to click, a field to fill in. */
export interface ActStep extends StepBase {
  /** the page this step's target is on */
  on: ViewId;
  target: LocatorFor;
  /** the page shows the step done: the guide moves on by itself */
  done?(s: Snapshot, ctx: TaskContext): boolean;
  /** a click on the target completes the step (not for fields the admin fills in) */
  advanceOnClick?: boolean;
  /** buttons the card offers on the step's page instead of „Weiter“: on to the next step, or the whole task done */
  choices?: { label: string; to: 'next' | 'end' }[];
  /** the page's input matters for this step: re-read when a field turns empty or filled,
   *  or with 'value' on every keystroke in the step's own field (when the exact value counts) */
  watchInput?: boolean | 'value';
}

export type Step = OpenStep | ActStep;

export const opensView = (step: Step): step is OpenStep => 'opens' in step;
/** The step as one that acts on a target, or null for a step that opens a page. */
export const actStep = (step: Step): ActStep | null => (opensView(step) ? null : step);

/** What the page showed about one checklist item; every field is optional, each sighting adds to what is known. */
export interface Seen {
  /** saved with content (Impressum, Datenschutzbeauftragte(r), Bild) */
  saved?: boolean;
  /** the version badge read, e.g. `Version 2.0` */
  version?: string;
  /** first entries of the Kommunikation channels */
  email?: string | null;
  telefon?: string | null;
  /** the saved value of wartungsmodus */
  wartungsmodus?: string;
  /** support.onlineantrag@kisa.it among the Zugeordnete Benutzer of Mandanten-Administrator, after saving */
  kisa?: boolean;
}

/** A group of the checklist, as the side panel and the report show it. */
export interface ItemGroup {
  title: string;
  /** what an empty group means and where in the AdminCenter its records show up */
  empty: string;
}

/** What one view proves about a task's item: on every pass, on entering it, at the admin's click on a saving button. */
export interface FactReaders {
  shows?(s: Snapshot): Seen | null;
  onEnter?(s: Snapshot): Seen | null;
  onSave?(s: Snapshot, label: string): Seen | null;
}

/** The checklist item a task completes, as the page reads it: its kind, and what each view shows about it. */
export interface ItemDef<Kind extends string = string> {
  /** stored as the item's kind */
  kind: Kind;
  /** one item per record the page names (an OE, a Leistung's Ergänzung, a Prozess), else one per tenant */
  perRecord?: boolean;
  /** what each view shows about it (the record's name is the open record's title) */
  facts: Partial<Record<ViewId, FactReaders>>;
}

export interface Task<Kind extends string = string, Id extends string = string> {
  id: Id;
  /** section of the KISA guide */
  section: string;
  title: string;
  steps: Step[];
  item: ItemDef<Kind>;
  /** the page shows another record than the one the task works on (e.g. another OE than the one created in it):
   *  what the card says then. Nothing there counts; the card leads `back` where the page shows the way (e.g. the
   *  right row beside the form), else out of the open view. */
  other?: { says(s: Snapshot, ctx: TaskContext): string | undefined; back?: LocatorFor };
  /** warnings a view gives reason for whichever step is due while it is open (e.g. what a working copy holds) */
  warnings?: Partial<Record<ViewId, (s: Snapshot) => string | undefined>>;
}

/**
 * What the checklist says of a task: its item's title and group, what proves it done, the evidence, why it matters.
 * Kept beside the task (same rules file) but apart from it, so that the content script, which shows none of it,
 * leaves it out of its bundle.
 */
export interface ChecklistEntry<T extends Task = Task> {
  of: T;
  /** the fixed item's title, or for one item per record the start of "<title>: <record>" */
  title: string;
  group: ItemGroup;
  /** one sentence: why this matters */
  summary: string;
  /** whether what was seen proves the item done */
  proves(seen: Seen): boolean;
  /** what was seen, in the admin's words: "Version 2.0", "E-Mail und Telefon vorhanden" */
  evidence(seen: Seen): string[];
}

/** A task's definition, keeping its id and item kind as literal types (TaskId and ItemKind are derived from them). */
export const task = <const Kind extends string, const Id extends string>(t: Task<Kind, Id>) => t;

/** A step that just opens a page: its target is the way into `to`, it is done once `to` is open. */
export function openStep(id: string, title: string, text: PerUi<string>, to: ViewId, extra: Partial<StepBase> = {}): OpenStep {
  return { id, title, text, opens: to, ...extra };
}
