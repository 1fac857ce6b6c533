// The background's side of the guides: one per tab, kept in session storage, each tab told of its own.
import { browser } from 'wxt/browser';
import { storage } from '#imports';
import type { GuideChanged, Reply } from '../shared/messages';
import { guidesItem, lastAdminCenterTabItem, lastGuidesItem, RETIRED_KEYS, type GuideState } from '../shared/storage';
import { readGuides, readLastGuides } from './stored-readers';
import { taskById } from '../rules/index';

const NO_ADMINCENTER_TAB = 'Öffnen Sie zuerst das AdminCenter in einem Tab.';

/**
 * The tab of the AdminCenter page that sent a message; none for the extension's own pages, which may be
 * opened as a tab too (the side panel as a tab) and must not count as an AdminCenter tab.
 */
export function pageTab(sender: { tab?: { id?: number }; url?: string }): number | undefined {
  return sender.url?.startsWith(browser.runtime.getURL('/')) ? undefined : sender.tab?.id;
}

/** The tab a guide message is for: a page's own; from the side panel or popup the one named, else the one followed. */
async function targetTab(page: number | undefined, named?: number): Promise<number | undefined> {
  return page ?? named ?? (await lastAdminCenterTabItem.getValue())?.tabId;
}

/** The guides by tab without one tab's entry: each tab's guide is stored and dropped on its own. */
function withoutTab(guides: Record<string, GuideState>, tab: number): Record<string, GuideState> {
  const { [tab]: _gone, ...others } = guides;
  return others;
}

/** Stores (or with null ends) the guide of one tab and tells that tab; no other tab's guide is touched. */
async function setGuide(tab: number, guide: GuideState | null) {
  const others = withoutTab(await readGuides(), tab);
  await guidesItem.setValue(guide ? { ...others, [tab]: guide } : others);
  tell(tab, guide);
}

/** Tells one tab its guide: the content script shows only what it is told. */
function tell(tab: number, guide: GuideState | null) {
  const message: GuideChanged = { type: 'guide/changed', guide };
  // Not awaited: a tab without our content script (yet) answers nothing; it asks with guide/mine when it starts.
  void Promise.resolve().then(() => browser.tabs.sendMessage(tab, message)).catch(() => {});
}

export async function startGuide(taskId: string, page: number | undefined, named: number | undefined): Promise<Reply> {
  const task = taskById(taskId);
  if (!task) return { ok: false, error: 'Diese Anleitung gibt es nicht.' };
  const tab = await targetTab(page, named);
  // The followed tab may have been closed since: then there is nowhere to show the guide.
  const exists = tab !== undefined && (await browser.tabs.get(tab).then((t) => !!t, () => false));
  if (!exists) return { ok: false, error: NO_ADMINCENTER_TAB };
  await setGuide(tab, { taskId: task.id, step: 0, ctx: {} });
  // The guide shows in that tab: started from the side panel or popup, it comes to the front.
  if (page === undefined) await browser.tabs.update(tab, { active: true }).catch(() => {});
  return { ok: true };
}

export async function setGuideStep(message: { taskId: string; step: number; subject?: string }, page: number | undefined): Promise<Reply> {
  const task = taskById(message.taskId);
  const tab = await targetTab(page);
  const current = tab === undefined ? undefined : (await readGuides())[tab];
  // A late message from a tab still showing an ended or other guide changes nothing.
  if (tab === undefined || !task || current?.taskId !== task.id) return { ok: false, error: 'Keine laufende Anleitung.' };
  const step = Math.min(message.step, task.steps.length);
  await setGuide(tab, { ...current, step, ctx: { ...current.ctx, ...(message.subject ? { subject: message.subject } : {}) } });
  return { ok: true };
}

/** Ends a tab's guide and keeps it as that tab's last one (the keyboard command brings it back). */
export async function stopGuide(page: number | undefined, named?: number): Promise<Reply> {
  const tab = await targetTab(page, named);
  const running = tab === undefined ? undefined : (await readGuides())[tab];
  if (tab === undefined) return { ok: true };
  // Nothing stored (all data was cleared meanwhile): the tab may still show a card, which must close.
  if (!running) {
    tell(tab, null);
    return { ok: true };
  }
  await lastGuidesItem.setValue({ ...(await readLastGuides()), [tab]: running });
  await setGuide(tab, null);
  return { ok: true };
}

/** The guide of the asking page's tab. */
export async function guideOf(page: number | undefined): Promise<Reply> {
  if (page === undefined) return { ok: false, error: 'Kein Tab.' };
  return { ok: true, guide: (await readGuides())[page] ?? null };
}

/** Keyboard command in a tab: hide its running guide, or show its last one again where it was. */
export async function toggleGuide(tab: number | undefined): Promise<void> {
  if (tab === undefined) return;
  if ((await readGuides())[tab]) {
    await stopGuide(tab);
    return;
  }
  const last = (await readLastGuides())[tab];
  if (last) await setGuide(tab, last);
}

/** A closed tab ends its guide; its id is not used again in this session. */
export async function forgetTab(tab: number): Promise<void> {
  const [guides, last] = [await readGuides(), await readLastGuides()];
  if (tab in guides) await guidesItem.setValue(withoutTab(guides, tab));
  if (tab in last) await lastGuidesItem.setValue(withoutTab(last, tab));
}

/** The tabs that show a guide now: read before all stored data is cleared, to tell them with endAllGuides. */
export const tabsWithGuides = async (): Promise<number[]> => Object.keys(await readGuides()).map(Number);

/** Tells each of these tabs that its guide ended: the stored guides were cleared, and no card may stay open. */
export function endAllGuides(tabs: readonly number[]): void {
  for (const tab of tabs) tell(tab, null);
}

/** The one global guide of earlier versions is dropped on update: a guide now belongs to a tab. */
export async function removeRetiredGuide(): Promise<void> {
  await storage.removeItems(RETIRED_KEYS.map((key) => ({ key, options: { removeMeta: true } })));
}
