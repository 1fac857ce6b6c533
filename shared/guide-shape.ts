// A stored guide, checked by hand so that the content script and the panels need no zod; the background checks
// the guides it reads with it too (background/stored-readers.ts). A value that does not fit is no guide.
import type { GuideState } from './storage';

export function asGuide(value: unknown): GuideState | null {
  const g = value as GuideState | null | undefined;
  const text = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;
  return g && typeof g === 'object' && text(g.taskId, 100) && Number.isInteger(g.step) && g.step >= 0 && g.step <= 200
    && !!g.ctx && typeof g.ctx === 'object' && (g.ctx.subject === undefined || text(g.ctx.subject, 500))
    ? { taskId: g.taskId, step: g.step, ctx: g.ctx.subject === undefined ? {} : { subject: g.ctx.subject } } : null;
}

/** The guide of one tab among the stored guides (by tab id), for the panels. */
export function guideOfTab(guides: unknown, tabId: number | undefined): GuideState | null {
  if (tabId === undefined || !guides || typeof guides !== 'object' || !Object.hasOwn(guides, tabId)) return null;
  return asGuide((guides as Record<number, unknown>)[tabId]);
}
