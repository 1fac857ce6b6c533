// The registry: every guide task, one rules file each, in the order of the KISA guide. Checklist items, their
// kinds, groups and facts are derived from it. A test fails when a rules file is not listed here.
import { impressum, impressumEntry } from './tasks/impressum';
import { datenschutz, datenschutzEntry } from './tasks/datenschutz';
import { bild, bildEntry } from './tasks/bild';
import { organisationseinheit, organisationseinheitEntry } from './tasks/organisationseinheit';
import { ergaenzung, ergaenzungEntry } from './tasks/ergaenzung';
import { rechte, rechteEntry } from './tasks/rechte';
import { wartungsmodus, wartungsmodusEntry } from './tasks/wartungsmodus';

import type { ChecklistEntry, Task } from './model';

export { VIEWS, type ViewId } from './views';

/** One checklist entry per task, position by position (a mapped tuple type keeps the order). */
type EntriesOf<T extends readonly Task[]> = { readonly [I in keyof T]: T[I] extends Task ? ChecklistEntry<T[I]> : never };

export const TASKS = [impressum, datenschutz, bild, organisationseinheit, ergaenzung, rechte, wartungsmodus] as const;

/** Each task's checklist entry, in the same order (the type holds them to it). Only the extension's own pages and
 *  the background use these: the content script does not, so its bundle leaves them out. */
export const ENTRIES: EntriesOf<typeof TASKS> = [
  impressumEntry, datenschutzEntry, bildEntry, organisationseinheitEntry, ergaenzungEntry, rechteEntry, wartungsmodusEntry,
];

export type TaskId = (typeof TASKS)[number]['id'];

/** The kind of a checklist item, one per task. */
export type ItemKind = (typeof TASKS)[number]['item']['kind'];

export const taskById = (id: string): Task | undefined => TASKS.find((t) => t.id === id);

/** A task's checklist entry. */
export const entryOf = (taskId: string): ChecklistEntry | undefined => (ENTRIES as readonly ChecklistEntry[]).find((e) => e.of.id === taskId);
