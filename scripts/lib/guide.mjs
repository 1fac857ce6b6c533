// Starting a guide from a script as the side panel does. A guide runs in the tab it was started for, and the
// background starts it for the AdminCenter tab it follows: the one whose page reported itself last.

/** The address of the AdminCenter tab the background follows (the page that reported itself last), or null. */
export function reportedTabUrl(ext) {
  return ext.worker.evaluate(async () =>
    (await globalThis.chrome.storage.session.get('lastAdminCenterTab')).lastAdminCenterTab?.url ?? null);
}

export async function startGuideIn(ext, page, taskId) {
  const href = await page.evaluate(() => location.href);
  for (const end = Date.now() + 10_000; (await reportedTabUrl(ext)) !== href;) {
    if (Date.now() > end) throw new Error(`Die Seite ${href} hat sich nicht beim Wegweiser gemeldet.`);
    await page.waitForTimeout(50);
  }
  const panel = await ext.context.newPage();
  await panel.goto(ext.extensionUrl('sidepanel.html'));
  const reply = await panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'guide/start', taskId: id }), taskId);
  await panel.close();
  if (!reply?.ok) throw new Error(`Anleitung ${taskId}: ${reply?.error}`);
}
