// The page registry: every page, drawer, dialog and tab the guide knows. A test fails when a page file is not listed here.
import { startViews } from './pages/start';
import { mandantenViews } from './pages/mandanten';
import { oeViews } from './pages/organisationseinheiten';
import { leistungenViews } from './pages/leistungen';
import { prozesseViews } from './pages/prozesse';
import { gruppenViews } from './pages/benutzergruppen';

export const VIEWS = [...startViews, ...mandantenViews, ...oeViews, ...leistungenViews, ...prozesseViews, ...gruppenViews];

/** The id of a registered view: steps name their page by it. */
export type ViewId = (typeof VIEWS)[number]['id'];
