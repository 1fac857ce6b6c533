// One pass per frame: read the page, ask the rules what is next, find and mark the target, draw.
import { readSnapshot } from '../../content/snapshot';
import { findTarget, type Found } from '../../content/locate';
import { readPage } from '../../content/page';
import { duringPass } from '../../content/pass-memo';
import { send, type Reply } from '../../shared/messages';
import type { GuideState } from '../../shared/storage';
import { VIEWS, taskById } from '../../rules/index';
import { advance, currentView, isBlank, plan, type Plan } from '../../rules/engine';
import { createFactReporter } from './report-facts';
import { actStep, type Task } from '../../rules/model';
import type { PageStatus } from '../../rules/status';
import { guideView, type GuideView } from './guide-view';
import { markTarget } from './marker';
import type { DiagnoseGlobal } from '../../shared/diagnose-types';
import { switchedListener } from '../../content/switched-listener';

export interface OverlayState {
  status: PageStatus;
  guide: GuideView | null;
}

export interface GuideActions {
  back(): void;
  next(): void;
  /** to step `step` of the running task, as the admin chose on the card (past the last: the task done) */
  go(step: number): void;
  end(): void;
  /** the page described for support, anonymised by the background: the file's text and what it holds */
  diagnose(): Promise<Reply>;
}

const world = globalThis as DiagnoseGlobal;

export function createGuide({ host, render, signal }: { host: HTMLElement; render(state: OverlayState): void; signal: AbortSignal }) {
  let guide: GuideState | null = null;
  let current: { task: Task; plan: Plan; found: Found | null } | null = null;
  let reported = '';
  const facts = createFactReporter(signal);
  let lastStep = -1;
  /** per field: empty or filled at the last look (see onInput) */
  let filled = new WeakMap<EventTarget, boolean>();
  /** attach or detach the listener for typing (set below) */
  let readInput = (_on: boolean) => {};
  /** attach the Esc key listener when a guide runs and the focus is on the page (set below) */
  let armEscape = () => {};
  /** the page as of the last pass (view and address), and the step "Zurück" went to while it stays there */
  let here = '';
  let held: { step: number; at: string } | null = null;

  const self = {
    schedule: () => {},
    /** observes the shadow roots the reader walked (set by the content script's entry) */
    watch: (_roots: ShadowRoot[]) => {},
    actions: {
      back: () => {
        if (!guide) return;
        // The step gone back to stays, even when the page shows it done, until the admin acts or the page changes.
        guide = { ...guide, step: Math.max(0, guide.step - 1) };
        held = { step: guide.step, at: here };
        send({ type: 'guide/set', taskId: guide.taskId, step: guide.step }).catch(() => {});
      },
      next: () => guide && send({ type: 'guide/set', taskId: guide.taskId, step: guide.step + 1 }),
      go: (step) => guide && send({ type: 'guide/set', taskId: guide.taskId, step }),
      end: () => send({ type: 'guide/stop' }),
      diagnose: () => send({ type: 'diagnose/anonymise' }),
    } as GuideActions,
    pass: () => duringPass(pass),
    /** the background tells of a change to this tab's guide (set below) */
    told: (_guide: unknown) => {},
  };

  /** One pass: read the page, ask the rules what is next, find and mark the target, draw. */
  function pass() {
    const page = readPage();
    self.watch(page.shadowRoots);
    const s = readSnapshot(page);
    // The AdminCenter has not drawn anything yet: nothing to report, and no card over an empty page.
    if (isBlank(s)) return;
    host.setAttribute('data-generation', s.generation ?? 'unbekannt');
    const view = currentView(s, VIEWS)?.id;
    const status: PageStatus = { generation: s.generation, login: s.loginForm, known: !!view, tenant: s.tenant };
    const seen = `${JSON.stringify(status)}|${location.href}`;
    if (seen !== reported) {
      reported = seen;
      // The background remembers this tab as the most recently used AdminCenter tab, and its tenant.
      send({ type: 'page/seen', ...status, url: location.href, dev: s.devBanner }).catch(() => {});
    }
    facts.seen(s, view);
    const task = guide && taskById(guide.taskId);
    if (!guide || !task) {
      // What this pass concluded, for a Diagnose (entrypoints/diagnose, injected into this isolated world on demand).
      world.wegweiserLast = { view: view ?? null, task: null, step: null, locator: [] };
      current = null;
      readInput(false);
      markTarget(null, '');
      render({ status, guide: null });
      return;
    }
    here = `${view}|${location.href}`;
    if (held && (held.at !== here || held.step !== guide.step)) held = null;
    const step = held ? guide.step : advance(task, guide.step, s, VIEWS, guide.ctx);
    // A new step watches its fields afresh (the page may have emptied one without an input event).
    if (step !== lastStep) filled = new WeakMap();
    lastStep = step;
    if (step !== guide.step) {
      const subject = task.steps.slice(guide.step, step).map((st) => st.remember?.(s)).filter(Boolean).pop();
      guide = { ...guide, step, ctx: subject ? { ...guide.ctx, subject } : guide.ctx };
      send({ type: 'guide/set', taskId: task.id, step, subject }).catch(() => {});
    }
    let next = plan(task, step, s, VIEWS, guide.ctx);
    let found = next.kind === 'finished' ? null : findTarget(next.locator, s.generation, page);
    // No way to close this view found: the main menu leads on just as well.
    if (!found && next.kind === 'step' && next.fallback) {
      next = { ...next, ...next.fallback, fallback: undefined };
      found = findTarget(next.locator, s.generation, page);
    }
    const stepId = next.kind === 'step' ? next.step.id : next.kind;
    markTarget(found?.element ?? null, `${task.id}/${stepId}`);
    current = { task, plan: next, found };
    world.wegweiserLast = { view: view ?? null, task: task.id, step: stepId, locator: next.kind === 'finished' ? [] : next.locator, ctx: guide.ctx };
    readInput(next.kind === 'step' && !!actStep(next.step)?.watchInput);
    render({ status, guide: guideView(task, next, found, s.generation) });
  }

  /** This tab's guide, as the background tells it: only the background sends it, and it checks every guide it keeps. */
  let told = false;
  const load = (value: unknown) => {
    guide = (value as GuideState | null) ?? null;
    armEscape();
    self.schedule();
  };
  self.told = (value: unknown) => {
    told = true;
    load(value);
  };
  // A guide runs in its own tab only: the background answers with this tab's and then tells each change (told).
  send({ type: 'guide/mine' }).then((reply) => !told && reply.ok && load(reply.guide), () => {});

  // Reading the admin's own clicks and typing: passive, capture phase, never preventDefault.
  const listen = { capture: true, passive: true, signal };
  // Back in front, the tab reports itself again: the side panel follows the AdminCenter tab used last.
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) return;
    reported = '';
    self.schedule();
  }, listen);
  document.addEventListener('click', (event) => {
    // The admin acts on the page (not on our card): a step held by "Zurück" may move on again.
    if (held && event.isTrusted && !event.composedPath().includes(host)) {
      held = null;
      self.schedule();
    }
    if (!event.isTrusted || !current || !guide || current.plan.kind !== 'step') return;
    const { step, leadsTo } = current.plan;
    const target = current.found?.element;
    if (!actStep(step)?.advanceOnClick || leadsTo || !target || current.found?.disabled) return;
    if (event.composedPath().includes(target)) {
      guide = { ...guide, step: guide.step + 1 };
      send({ type: 'guide/set', taskId: current.task.id, step: guide.step }).catch(() => {});
      self.schedule();
    }
  }, listen);
  // Typing is read only while a step watches a field; then per keystroke only one cheap check.
  const onInput = (event: Event) => {
    const watch = current?.plan.kind === 'step' && actStep(current.plan.step)?.watchInput;
    if (!watch || !event.target) return;
    const value = (event.target as HTMLInputElement).value;
    const now = typeof value === 'string' ? value.trim() !== '' : true;
    // A changed choice (select, file) always counts; typing when the field turns empty or filled, or in the
    // step's own field when its exact value counts.
    const exact = watch === 'value' && event.target === current?.found?.element;
    if (event.type === 'input' && !exact && filled.get(event.target) === now) return;
    filled.set(event.target, now);
    self.schedule();
  };
  readInput = switchedListener(['input', 'change'], onInput, signal);
  // Esc ends the guide while no page field has the focus (Esc also closes the AdminCenter's dialogs): keys are
  // listened to only while a guide runs and the focus is on the page itself or on our card.
  const escape = switchedListener(['keydown'], (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && guide && (document.activeElement === document.body || document.activeElement === host)) self.actions.end();
  }, signal);
  armEscape = () => escape(!!guide && (document.activeElement === document.body || document.activeElement === host || !document.activeElement));
  document.addEventListener('focusin', armEscape, listen);
  document.addEventListener('focusout', armEscape, listen);
  armEscape();
  return self;
}
