// Saved page snapshots (tests/snapshots/) and a few ways to ask the rules about them.
import { VIEWS } from '../../../rules/index';
import { advance, plan, type Plan } from '../../../rules/engine';
import type { Task } from '../../../rules/model';
import type { Snapshot } from '../../../rules/types';
import { guideView, type GuideView } from '../../../entrypoints/admincenter.content/guide-view';

const files = import.meta.glob<Snapshot>('../../snapshots/*.json', { eager: true, import: 'default' });

export type Ui = 'klassisch' | 'aktuell';

/** A copy of the saved snapshot of `view`, optionally changed (e.g. a field filled in). */
export function snap(view: string, ui: Ui, change: (s: Snapshot) => void = () => {}): Snapshot {
  const saved = files[`../../snapshots/${view}.${ui}.json`];
  if (!saved) throw new Error(`no snapshot ${view}.${ui}`);
  const copy = structuredClone(saved);
  change(copy);
  return copy;
}

/** The step the guide is on when the admin, starting the task, stands on this page. */
export function stepOn(task: Task, s: Snapshot, from = 0): string {
  const index = advance(task, from, s, VIEWS, {});
  return task.steps[index]?.id ?? 'fertig';
}

export function planOn(task: Task, stepId: string, s: Snapshot): Plan {
  const index = task.steps.findIndex((st) => st.id === stepId);
  if (index < 0) throw new Error(`no step ${stepId}`);
  return plan(task, index, s, VIEWS, {});
}

/** What the step card shows the admin for step `stepId` on this page, its target found (greyed out with `disabled`). */
export function cardOn(task: Task, stepId: string, s: Snapshot, { disabled = false } = {}): GuideView {
  const p = planOn(task, stepId, s);
  const found = p.kind === 'finished' ? null : { element: document.createElement('button'), target: p.locator[0], disabled };
  return guideView(task, p, found, s.generation);
}

export function setField(label: string, value: string) {
  return (s: Snapshot) => {
    const field = s.fields.find((f) => f.label === label);
    if (!field) throw new Error(`no field ${label}`);
    field.value = value;
  };
}
