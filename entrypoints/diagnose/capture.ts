// A Diagnose of the page for support: what the extension concluded, the snapshot the rules saw, and an outline
// of the page as assistive technology reads it. Raw: the side panel anonymises it before anyone sees it.
import type { Conclusions, LastPass, OutlineNode, OutlinePart, RawCapture, TargetResult } from '../../shared/diagnose-types';
import type { Generation, Locator, Snapshot } from '../../rules/types';
import { OWN_ELEMENT, composedChildren, isDisabled, isRendered, roleOf } from '../../content/dom';
import { accessibleName, controlValue } from '../../content/name';
import { anyMatch, cellElements, fieldRole, findTarget, isHeaderRow } from '../../content/locate';
import { readPage, type PageIndex } from '../../content/page';
import { headerLabel, readSnapshot } from '../../content/snapshot';
import { PEOPLE_COLUMN } from '../../shared/diagnose-file';
import { normalizeText } from '../../shared/text';
import { stepPlace, stepsFor } from '../../rules/engine';
import { VIEWS, taskById } from '../../rules/index';


const STATES = ['expanded', 'selected', 'checked', 'disabled', 'hidden', 'current', 'pressed', 'modal', 'haspopup', 'required', 'readonly', 'invalid', 'level', 'sort', 'rowindex', 'colindex'];
const SKIP = new Set(['script', 'style', 'template', 'svg', 'head', OWN_ELEMENT]);
/** Bounds that keep a file under 1 MB and the walk off the stack's limit on any page (a long list, deep nesting). */
const MAX_NODES = 4000;
const MAX_DEPTH = 200;

function outline(): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  /** per cell of the rows seen: its part; the people flag holds from a header row to the next */
  const cells = new Map<Element, OutlinePart>();
  let people = false;
  const walk = (parent: Node, depth: number, part?: OutlinePart) => {
    if (depth > MAX_DEPTH) return;
    const kids = composedChildren(parent);
    for (let i = 0; i < kids.length && nodes.length < MAX_NODES; i++) {
      const el = kids[i];
      if (!(el instanceof Element) || SKIP.has(el.localName)) continue;
      const role = roleOf(el);
      let here = cells.get(el) ?? part;
      const kind = role && fieldRole({ el, role, hidden: false });
      const field = kind === 'textbox' || kind === 'combobox';
      if (role === 'row') {
        const header = isHeaderRow(el);
        const rowCells = cellElements(el);
        if (header) people = rowCells.some((c) => PEOPLE_COLUMN.test(headerLabel(c)));
        rowCells.forEach((c, n) => cells.set(c, header ? 'header' : n === 0 ? 'first' : 'cell'));
        here = header ? 'header' : 'row';
      }
      if (field) here = 'field';
      if (role || isRendered(el)) {
        const current = field ? controlValue(el) : '';
        // (the field's value goes into a new object, never assigned: nothing here writes a `.value`)
        const node: OutlineNode = { depth, tag: el.localName, ...(field && { value: normalizeText(current) }) };
        if (role) node.role = role;
        if (role) node.name = field ? accessibleName(el).replace(current, '').trim() : accessibleName(el);
        const aria: Record<string, string> = {};
        for (const state of STATES) { const v = el.getAttribute(`aria-${state}`); if (v !== null) aria[state] = v; }
        if (Object.keys(aria).length) node.aria = aria;
        const classes = el.getAttribute('class')?.trim();
        if (classes) node.classes = classes.slice(0, 200);
        if (el.shadowRoot) node.shadowHost = true;
        let own = '';
        for (const n of Array.from(el.childNodes)) if (n.nodeType === Node.TEXT_NODE) own += n.textContent;
        own = normalizeText(own);
        if (own) node.text = own.slice(0, 80);
        if (here) node.part = here;
        if (here && here !== 'header' && people) node.people = true;
        nodes.push(node);
      }
      walk(el, depth + 1, here);
    }
  };
  walk(document.body, 0);
  return nodes;
}

function tried(locator: Locator, generation: Generation | null, page: PageIndex): Conclusions['targets'] {
  return locator.filter((t) => !t.ui || !generation || t.ui === generation).map((target) => {
    const found = findTarget([target], generation, page);
    const result: TargetResult = found ? (found.disabled || isDisabled(found.element) ? 'deaktiviert' : 'gefunden') : anyMatch(target, page) ? 'verborgen' : 'nicht gefunden';
    return { target: Object.fromEntries(Object.entries(target).map(([k, v]) => [k, v instanceof RegExp ? String(v) : v])), result };
  });
}

/** Each step of the running task on this UI, and whether its target is on this page. */
function findable(last: LastPass | null, s: Snapshot, page: PageIndex): Conclusions['steps'] {
  const task = last?.task ? taskById(last.task) : undefined;
  if (!task) return [];
  return stepsFor(task, s.generation).map((step) => {
    let found = false;
    try {
      const via = stepPlace(step, VIEWS).target;
      const locator = typeof via === 'function' ? via(s, last!.ctx ?? {}) : via;
      found = !!locator && !!findTarget(locator, s.generation, page);
    } catch { /* a step without a way in: not found */ }
    return { title: step.title, found };
  });
}

export function captureDiagnose(last: LastPass | null): RawCapture {
  // One walk of the page for the snapshot and every target looked for.
  const page = readPage();
  const s: Snapshot = JSON.parse(JSON.stringify(readSnapshot(page)));
  const nodes = outline();
  return {
    url: location.origin + location.pathname + location.hash,
    conclusions: {
      generation: s.generation, dev: s.devBanner, tenantRecognised: !!s.tenant,
      view: last?.view ?? null, task: last?.task ?? null, step: last?.step ?? null,
      targets: last ? tried(last.locator, s.generation, page) : [],
      steps: findable(last, s, page),
    },
    snapshot: s,
    outline: nodes,
    outlineCut: nodes.length >= MAX_NODES,
    viewport: { width: innerWidth, height: innerHeight },
    screen: { width: screen.width, height: screen.height },
  };
}
