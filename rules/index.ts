// The registry: every page view and every guide task. A test fails when a rules file is not listed here.
import type { PageView, Task } from './model';
import { startViews } from './pages/start';
import { mandantenViews } from './pages/mandanten';
import { oeViews } from './pages/organisationseinheiten';
import { leistungenViews } from './pages/leistungen';
import { prozesseViews } from './pages/prozesse';
import { gruppenViews } from './pages/benutzergruppen';
import { impressum } from './tasks/impressum';
import { datenschutz } from './tasks/datenschutz';
import { bild } from './tasks/bild';
import { organisationseinheit } from './tasks/organisationseinheit';
import { ergaenzung } from './tasks/ergaenzung';
import { rechte } from './tasks/rechte';
import { wartungsmodus } from './tasks/wartungsmodus';

export const VIEWS: PageView[] = [...startViews, ...mandantenViews, ...oeViews, ...leistungenViews, ...prozesseViews, ...gruppenViews];

/** In the order of the KISA guide. */
export const TASKS: Task[] = [impressum, datenschutz, bild, organisationseinheit, ergaenzung, rechte, wartungsmodus];

export const taskById = (id: string) => TASKS.find((t) => t.id === id);
