// The registry: every guide task, one rules file each, in the order of the KISA guide. Checklist items, their
// kinds, groups and facts are derived from it. A test fails when a rules file is not listed here.
import { impressum } from './tasks/impressum';
import { datenschutz } from './tasks/datenschutz';
import { bild } from './tasks/bild';
import { organisationseinheit } from './tasks/organisationseinheit';
import { ergaenzung } from './tasks/ergaenzung';
import { rechte } from './tasks/rechte';
import { wartungsmodus } from './tasks/wartungsmodus';

export { VIEWS, type ViewId } from './views';

export const TASKS = [impressum, datenschutz, bild, organisationseinheit, ergaenzung, rechte, wartungsmodus];

export type TaskId = (typeof TASKS)[number]['id'];

/** The kind of a checklist item, one per task. */
export type ItemKind = (typeof TASKS)[number]['item']['kind'];

export const taskById = (id: string) => TASKS.find((t) => t.id === id);
