// The toolbar badge on AdminCenter tabs: how many items of the tab's tenant are still open.
import { browser } from 'wxt/browser';
import { counts, withoutHidden, type TenantProgress } from '../rules/checklist';
import { managedSoon } from '../shared/managed';

// MV3 (Chrome) calls it action, Firefox MV2 browserAction.
const action = () => browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;

/** The open items of a tab's tenant; tasks the IT hides by policy are not counted, as in the popup and side panel. */
export async function showOpenItems(tabId: number, progress: TenantProgress): Promise<void> {
  // A fresh browser answers its first policy read after seconds: the badge waits briefly, not holding up other messages.
  const { open } = counts(withoutHidden(progress, (await managedSoon()).hideTasks));
  await action()?.setBadgeText({ tabId, text: open ? String(open) : '' }).catch(() => {});
  await action()?.setBadgeBackgroundColor({ tabId, color: '#0b4f8a' }).catch(() => {});
}

/** Takes the count off every tab, which counted checklists that were just deleted. */
export async function clearBadges(): Promise<void> {
  // Without the tabs permission a query still names every tab's id, which is all the badge needs.
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(tabs.map((t) => t.id === undefined ? undefined : action()?.setBadgeText({ tabId: t.id, text: '' }).catch(() => {})));
}
