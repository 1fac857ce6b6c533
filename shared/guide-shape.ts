// A guide as the content script and the panels get it, checked by hand: zod (stored-readers.ts, for the
// background's reads) stays out of them. A value that does not fit is no guide.
import type { GuideState } from './storage';

export function asGuide(value: unknown): GuideState | null {
  const g = value as GuideState | null | undefined;
  return g && typeof g === 'object' && typeof g.taskId === 'string' && Number.isInteger(g.step) && g.step >= 0
    && !!g.ctx && typeof g.ctx === 'object' && (g.ctx.subject === undefined || typeof g.ctx.subject === 'string') ? g : null;
}

/** The guide of one tab among the stored guides (by tab id), for the panels. */
export function guideOfTab(guides: unknown, tabId: number | undefined): GuideState | null {
  if (tabId === undefined || !guides || typeof guides !== 'object' || !Object.hasOwn(guides, tabId)) return null;
  return asGuide((guides as Record<number, unknown>)[tabId]);
}
