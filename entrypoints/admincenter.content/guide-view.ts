// What the overlay shows for one pass: derived from the plan and what was found on the page.
import { actStep, forUi, type Task } from '../../rules/model';
import { stepProgress, stepText, type Plan } from '../../rules/engine';
import type { Found } from '../../content/locate';
import type { Generation } from '../../rules/types';

export interface GuideView {
  taskTitle: string;
  title: string;
  /** "Schritt n von m" */
  progress: string;
  lines: string[];
  target: Element | null;
  canBack: boolean;
  canNext: boolean;
  finished: boolean;
  /** the step's target is not on this page: the card offers a Diagnose for support */
  notFound: boolean;
  /** buttons instead of „Weiter“, each going to a step (past the last: the task done) */
  choices: { label: string; step: number }[];
}

const describe = (plan: Extract<Plan, { kind: 'step' }>) => {
  const t = plan.locator[0];
  return t ? (typeof t.name === 'string' ? `„${t.name}“` : 'das gesuchte Element') : 'das gesuchte Element';
};

export function guideView(task: Task, plan: Plan, found: Found | null, generation: Generation | null): GuideView {
  const base = { taskTitle: task.title, canBack: false, canNext: false, finished: false, notFound: false, choices: [] };
  if (plan.kind === 'finished') {
    const total = stepProgress(task, 0, generation).of;
    return { ...base, title: `${task.title}: erledigt`, progress: `${total} von ${total} Schritten`, target: null, finished: true, canBack: true,
      lines: ['Alle Schritte dieser Anleitung sind erledigt. Mit „Beenden“ schließen Sie den Wegweiser.'] };
  }
  if (plan.kind === 'login') {
    return { ...base, title: 'Anmelden', progress: stepText(task, 0, generation), target: found?.element ?? null, lines: [plan.text] };
  }
  const lines: string[] = [];
  if (!found) {
    lines.push(`Ich finde ${describe(plan)} auf dieser Seite nicht. ${plan.place}`);
    if (plan.whenMissing) lines.push(plan.whenMissing);
  } else if (plan.leadsTo) {
    lines.push(plan.leadsTo, `Dort: ${plan.text}`);
  } else {
    lines.push(plan.text);
  }
  if (plan.warning) lines.push(plan.warning);
  if (found?.disabled) {
    const why = plan.step.whenDisabled && forUi(plan.step.whenDisabled, generation);
    lines.push(why || 'Diese Schaltfläche ist ausgegraut und lässt sich gerade nicht anklicken.');
  }
  // Offered on the step's own page only: they answer what it shows.
  const choices = (!plan.leadsTo && actStep(plan.step)?.choices || []).map((c) => ({ label: c.label, step: c.to === 'end' ? task.steps.length : plan.index + 1 }));
  return {
    ...base,
    choices,
    title: plan.step.title,
    progress: stepText(task, plan.index, generation),
    target: found?.element ?? null,
    lines,
    canBack: plan.index > 0,
    canNext: !choices.length,
    notFound: !found,
  };
}
