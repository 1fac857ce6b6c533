// Every rules file is registered, and every task has its tests: a unit test over saved snapshots
// (tests/unit/tasks/<id>.test.ts) and an end-to-end walk in both UI generations (tests/e2e/task-<id>.e2e.ts).
import { describe, it, expect } from 'vitest';
import { TASKS, VIEWS } from '../../rules/index';
import type { PageView, Task } from '../../rules/model';

const taskModules = import.meta.glob<Record<string, unknown>>('../../rules/tasks/*.ts', { eager: true });
const pageModules = import.meta.glob<Record<string, unknown>>('../../rules/pages/*.ts', { eager: true });
const unitTests = Object.keys(import.meta.glob('./tasks/*.test.ts'));
const e2eTests = Object.keys(import.meta.glob('../e2e/task-*.e2e.ts'));

const isTask = (v: unknown): v is Task => !!v && typeof v === 'object' && Array.isArray((v as Task).steps) && 'section' in (v as object);
const isViewList = (v: unknown): v is PageView[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x?.detect === 'function');

describe('rules registry', () => {
  it('registers every task exported from rules/tasks/', () => {
    const exported = Object.values(taskModules).flatMap((m) => Object.values(m).filter(isTask));
    expect(exported.length).toBeGreaterThan(0);
    for (const task of exported) expect(TASKS, `${task.id} is not in rules/index.ts`).toContain(task);
  });

  it('registers every page view exported from rules/pages/', () => {
    const exported = Object.values(pageModules).flatMap((m) => Object.values(m).filter(isViewList).flat());
    for (const view of exported) expect(VIEWS, `${view.id} is not in rules/index.ts`).toContain(view);
  });

  it('has unique ids', () => {
    expect(new Set(TASKS.map((t) => t.id)).size).toBe(TASKS.length);
    expect(new Set(VIEWS.map((v) => v.id)).size).toBe(VIEWS.length);
  });

  it.each(TASKS.map((t) => [t.id]))('task %s has a unit test and an end-to-end test', (id) => {
    expect(unitTests).toContain(`./tasks/${id}.test.ts`);
    expect(e2eTests).toContain(`../e2e/task-${id}.e2e.ts`);
  });

  it.each(TASKS.map((t) => [t.id, t] as const))('task %s only names registered pages', (_id, task) => {
    const ids = new Set(VIEWS.map((v) => v.id));
    for (const step of task.steps) {
      const place = (step as { opens?: string }).opens ?? step.on;
      expect(ids.has(place), `${task.id}/${step.id}: ${place}`).toBe(true);
    }
  });
});
