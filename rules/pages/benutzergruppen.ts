// Page views of this area, both UI generations (to be written).
import type { PageView } from '../model';

export const gruppenViews: PageView[] = [];
