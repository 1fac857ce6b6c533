// The registry: every page view and every guide task. A test fails when a rules file is not listed here.
import type { PageView, Task } from './model';
import { startViews } from './pages/start';
import { mandantenViews } from './pages/mandanten';
import { impressum } from './tasks/impressum';
import { datenschutz } from './tasks/datenschutz';
import { bild } from './tasks/bild';

export const VIEWS: PageView[] = [...startViews, ...mandantenViews];

/** In the order of the KISA guide. */
export const TASKS: Task[] = [impressum, datenschutz, bild];

export const taskById = (id: string) => TASKS.find((t) => t.id === id);
