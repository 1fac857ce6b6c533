// From a snapshot to "what next": which page is open, which step is due, what to point at.
// Pure functions: no DOM, so they are tested with saved snapshots.
import { forUi, forView, opensView, type PageView, type Step, type Task, type TaskContext, type LocatorFor } from './model';
import type { Locator, Snapshot } from './types';

export const MENU = 'menu';

export function viewById(views: PageView[], id: string): PageView {
  const view = views.find((v) => v.id === id);
  if (!view) throw new Error(`unknown view ${id}`);
  return view;
}

/** Nothing a person could act on yet: the AdminCenter is still starting (no menu, no form, no button). */
export const isBlank = (s: Snapshot) =>
  !s.generation && !s.loginForm && !s.buttons.length && !s.headings.length && !s.fields.length && !s.dialogs.length;

/** The page, drawer, dialog or tab on screen (detectors exclude each other). */
export function currentView(s: Snapshot, views: PageView[]): PageView | undefined {
  if (s.loginForm) return undefined;
  return views.find((v) => v.detect(s));
}

/** The view and the views that lead to it, up to the main menu: [view, parent, …, root]. */
export function chainOf(views: PageView[], id: string): PageView[] {
  const chain: PageView[] = [];
  for (let view: PageView | undefined = viewById(views, id); view; ) {
    if (chain.includes(view)) throw new Error(`cycle at ${view.id}`);
    chain.push(view);
    view = view.from && view.from.view !== MENU ? viewById(views, view.from.view) : undefined;
  }
  return chain;
}

const resolve = (via: LocatorFor, s: Snapshot, ctx: TaskContext): Locator => (typeof via === 'function' ? via(s, ctx) : via);

/** A step that opens a page takes its place and target from the way into that page. */
export function stepPlace(step: Step, views: PageView[]): { on: string; target: LocatorFor } {
  if (!opensView(step)) return { on: step.on, target: step.target };
  const from = viewById(views, step.opens).from;
  if (!from) throw new Error(`view ${step.opens} has no way in`);
  return { on: from.view, target: from.via };
}

/** The steps this UI generation shows (and counts): "Schritt n von m". */
export const stepsFor = (task: Task, generation: Snapshot['generation']) =>
  task.steps.filter((step) => !step.detour && (!step.only || step.only === (generation ?? DEFAULT_UI)));

/** "Schritt n von m" as the card, the popup and the side panel say it: n counts the steps of this UI generation up
 *  to step `index` of the task, m all of them; past the last step n is m. */
export function stepProgress(task: Task, index: number, generation: Snapshot['generation']): { n: number; of: number } {
  const shown = stepsFor(task, generation);
  const before = task.steps.slice(0, index + 1).filter((step) => shown.includes(step)).length;
  return { n: Math.min(Math.max(before, 1), shown.length), of: shown.length };
}

/** "Schritt 3 von 8" */
export const stepText = (task: Task, index: number, generation: Snapshot['generation'] | undefined) => {
  const { n, of } = stepProgress(task, index, generation ?? null);
  return `Schritt ${n} von ${of}`;
};

/** With the UI generation unknown, steps are counted as on the aktuell UI: never both generations' steps together. */
const DEFAULT_UI = 'aktuell';

export function isStepDone(step: Step, s: Snapshot, views: PageView[], ctx: TaskContext): boolean {
  if (step.only && step.only !== (s.generation ?? DEFAULT_UI)) return true;
  if (opensView(step)) {
    const here = currentView(s, views);
    return !!here && chainOf(views, here.id).some((v) => v.id === step.opens);
  }
  return step.done?.(s, ctx) ?? false;
}

/** Moves past every step the page already shows done. */
export function advance(task: Task, index: number, s: Snapshot, views: PageView[], ctx: TaskContext): number {
  // Another record than the task's: nothing on it counts.
  if (task.other?.says(s, ctx)) return index;
  let i = index;
  while (i < task.steps.length && isStepDone(task.steps[i], s, views, ctx)) i++;
  return i;
}

export type Plan =
  | { kind: 'login'; locator: Locator; text: string }
  | { kind: 'finished' }
  | {
      kind: 'step';
      step: Step;
      index: number;
      locator: Locator;
      text: string;
      /** the target is on another page: this leads there */
      leadsTo?: string;
      /** where the step's target is, to name when nothing is found */
      /** where the step belongs, as a request to the admin: "Bitte öffnen Sie …" */
      place: string;
      whenMissing?: string;
      /** the step's warning for what this page shows */
      warning?: string;
      /** when the target cannot be found (a close button without a name): another way, e.g. the main menu */
      fallback?: { locator: Locator; leadsTo: string };
    };

export const LOGIN_LOCATOR: Locator = [{ role: 'button', name: 'Anmelden' }];

export const viewName = (view: PageView, s: Snapshot) => forUi(view.name, s.generation);

/** What to show for step `index` of `task` on the page the snapshot describes. */
export function plan(task: Task, index: number, s: Snapshot, views: PageView[], ctx: TaskContext): Plan {
  if (s.loginForm) return { kind: 'login', locator: LOGIN_LOCATOR, text: 'Loggen Sie sich ins Amt24 AdminCenter ein.' };
  const step = task.steps[index];
  if (!step) return { kind: 'finished' };
  const { on, target } = stepPlace(step, views);
  const said = forUi(step.text, s.generation);
  const text = typeof said === 'function' ? said(s) : said;
  const here = currentView(s, views);
  const home = on === MENU ? undefined : viewById(views, on);
  const place = home ? `Bitte öffnen Sie ${viewName(home, s)}.` : 'Bitte sehen Sie im Hauptmenü nach.';
  // The open view's own warning, whichever step is due (and the step's, on its own page).
  const warnAbout = (own?: string) => [forView(task.warnings, here?.id)?.(s), own].filter(Boolean).join(' ') || undefined;
  const other = task.other?.says(s, ctx);
  if (other) {
    // The way back to the task's record where the page shows it, else out of this view.
    const back = task.other?.back ? resolve(task.other.back, s, ctx) : [];
    return { kind: 'step', step, index, text, place, leadsTo: other, warning: warnAbout(), locator: [...back, ...(here?.close ?? [])] };
  }
  if (!home || here?.id === on) {
    // A step that opens a page: why its way in may be missing (e.g. a menu entry shown only with a right).
    const missing = opensView(step) && viewById(views, step.opens).whenMissing;
    return { kind: 'step', step, index, locator: resolve(target, s, ctx), text, place, warning: warnAbout(step.warn?.(s, ctx)), whenMissing: missing ? forUi(missing, s.generation) : undefined };
  }
  const chain = chainOf(views, on);
  const at = here ? chain.findIndex((v) => v.id === here.id) : -1;
  // Inside the way there: the next view along it. A drawer or dialog elsewhere: close it first (it may
  // cover the menu). Else: the main menu.
  const next = at > 0 ? chain[at - 1] : chain[chain.length - 1];
  if (at < 0 && here?.close) {
    return {
      kind: 'step', step, index, locator: here.close, text, leadsTo: 'Schließen Sie zuerst diese Ansicht, damit das Menü frei ist.', place, warning: warnAbout(),
      fallback: { locator: resolve(next.from!.via, s, ctx), leadsTo: `Öffnen Sie ${viewName(next, s)}.` },
    };
  }
  return {
    kind: 'step', step, index, text, place, warning: warnAbout(),
    locator: resolve(next.from!.via, s, ctx),
    leadsTo: `Öffnen Sie ${viewName(next, s)}.`,
    whenMissing: next.whenMissing && forUi(next.whenMissing, s.generation),
  };
}
