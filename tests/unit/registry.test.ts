// The registry is the only list of tasks: every rules file is registered, every task has its unit test over saved
// snapshots (tests/unit/tasks/<id>.test.ts), its end-to-end test in both UI generations (tests/e2e/task-<id>.e2e.ts)
// and its walk (tests/e2e/walks.ts); what the checklist, the stored schema and the facts know is derived from it.
import { describe, it, expect } from 'vitest';
import { ENTRIES, TASKS, VIEWS } from '../../rules/index';
import { opensView, type ChecklistEntry, type PageView, type Task } from '../../rules/model';
import { FIXED_ITEMS, GROUPS, ITEM_KINDS, TASK_OF, emptyProgress, itemTitle } from '../../rules/checklist';
import { kind as storedKind } from '../../background/progress-schema';
import { MENU } from '../../rules/engine';
import { WALKS } from '../e2e/walks';

const taskModules = import.meta.glob<Record<string, unknown>>('../../rules/tasks/*.ts', { eager: true });
const pageModules = import.meta.glob<Record<string, unknown>>('../../rules/pages/*.ts', { eager: true });
const unitTests = Object.keys(import.meta.glob('./tasks/*.test.ts'));
const e2eTests = Object.keys(import.meta.glob('../e2e/task-*.e2e.ts'));

const isTask = (v: unknown): v is Task => !!v && typeof v === 'object' && Array.isArray((v as Task).steps) && 'section' in (v as object);
const isEntry = (v: unknown): v is ChecklistEntry => !!v && typeof v === 'object' && isTask((v as ChecklistEntry).of) && 'proves' in (v as object);
const isViewList = (v: unknown): v is PageView[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x?.detect === 'function');
const viewIds = new Set<string>(VIEWS.map((v) => v.id));

describe('rules registry', () => {
  it('registers every task exported from rules/tasks/', () => {
    const exported = Object.values(taskModules).flatMap((m) => Object.values(m).filter(isTask));
    expect(exported.length).toBeGreaterThan(0);
    for (const task of exported) expect(TASKS, `${task.id} is not in rules/index.ts`).toContain(task);
  });

  it("registers every task's checklist entry, beside its task", () => {
    const exported = Object.values(taskModules).flatMap((m) => Object.values(m).filter(isEntry));
    expect(exported).toHaveLength(TASKS.length);
    for (const entry of exported) expect(ENTRIES, `${entry.of.id}'s entry is not in rules/index.ts`).toContain(entry);
    expect(ENTRIES.map((e) => e.of)).toEqual([...TASKS]);
    for (const [file, m] of Object.entries(taskModules)) {
      const entries = Object.values(m).filter(isEntry);
      for (const e of entries) expect(Object.values(m), `${file}: its entry's task is in another file`).toContain(e.of);
    }
  });

  it('registers every page view exported from rules/pages/', () => {
    const exported = Object.values(pageModules).flatMap((m) => Object.values(m).filter(isViewList).flat());
    for (const view of exported) expect(VIEWS, `${view.id} is not in rules/views.ts`).toContain(view);
  });

  it('has unique task ids, view ids and item kinds', () => {
    expect(new Set(TASKS.map((t) => t.id)).size).toBe(TASKS.length);
    expect(viewIds.size).toBe(VIEWS.length);
    expect(new Set(ITEM_KINDS).size).toBe(TASKS.length);
  });

  it.each(TASKS.map((t) => [t.id]))('task %s has a unit test, an end-to-end test and a walk', (id) => {
    expect(unitTests).toContain(`./tasks/${id}.test.ts`);
    expect(e2eTests).toContain(`../e2e/task-${id}.e2e.ts`);
    expect(Object.keys(WALKS)).toContain(id);
  });

  it('has no walk, unit test or end-to-end test of a task that is not registered', () => {
    const ids = TASKS.map((t) => t.id as string);
    expect(Object.keys(WALKS).filter((id) => !ids.includes(id))).toEqual([]);
    expect(unitTests.map((f) => /\.\/tasks\/(.+)\.test\.ts$/.exec(f)![1]).filter((id) => !ids.includes(id))).toEqual([]);
    expect(e2eTests.map((f) => /task-(.+)\.e2e\.ts$/.exec(f)![1]).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it.each(TASKS.map((t) => [t.id, t] as const))('task %s only names registered pages, in its steps and its facts', (_id, task) => {
    for (const step of task.steps) {
      const place = opensView(step) ? step.opens : step.on;
      expect(viewIds.has(place), `${task.id}/${step.id}: ${place}`).toBe(true);
    }
    for (const view of Object.keys(task.item.facts)) expect(viewIds.has(view), `${task.id} facts: ${view}`).toBe(true);
  });

  it('every way into a page starts on a registered page or the main menu', () => {
    for (const view of VIEWS) if (view.from) expect(view.from.view === MENU || viewIds.has(view.from.view), `${view.id} ← ${view.from.view}`).toBe(true);
  });
});

describe('derived from the registry', () => {
  it("the stored schema accepts each task's item kind and nothing else", () => {
    for (const task of TASKS) expect(storedKind.safeParse(task.item.kind).success).toBe(true);
    expect(storedKind.safeParse('unbekannt').success).toBe(false);
    expect(storedKind.options).toHaveLength(TASKS.length);
  });

  it('each item kind leads to its task, in one group, with its title', () => {
    for (const task of TASKS) {
      expect(TASK_OF[task.item.kind]).toBe(task.id);
      expect(GROUPS.filter((g) => g.kinds.includes(task.item.kind))).toHaveLength(1);
    }
    for (const { of: task, title } of ENTRIES) {
      expect(itemTitle(task.item.kind, task.item.perRecord ? 'X' : '')).toBe(task.item.perRecord ? `${title}: X` : title);
    }
  });

  it('a new tenant starts with one open item per task done once per tenant', () => {
    const items = Object.values(emptyProgress('https://a.example', 'Freiberg', 'dev', 0).items);
    expect(items.map((i) => i.kind)).toEqual(TASKS.filter((t) => !t.item.perRecord).map((t) => t.item.kind));
    expect(FIXED_ITEMS.map((f) => f.task)).toEqual(TASKS.filter((t) => !t.item.perRecord).map((t) => t.id));
  });
});
