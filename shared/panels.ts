// Opening the side panel (Chrome, Edge) or sidebar (Firefox); must run within the admin's click.
import { browser } from 'wxt/browser';

interface ChromeSidePanel { open(options: { windowId: number }): Promise<void> }
interface FirefoxSidebar { open(): Promise<void> }

export async function openSidePanel(windowId: number): Promise<void> {
  const api = browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebar };
  const chromeApi = (globalThis as unknown as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome;
  const sidePanel = api.sidePanel ?? chromeApi?.sidePanel;
  if (sidePanel) return sidePanel.open({ windowId });
  if (api.sidebarAction) return api.sidebarAction.open();
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
}
