// A Diagnose of the page in an AdminCenter tab: the Diagnose script is injected, then asked for the capture.
// Used by the side panel and, for the step card, by the background. Raw: the caller anonymises it.
import { browser } from 'wxt/browser';
import type { DiagnoseGlobal, RawCapture } from './diagnose-types';
import { isRawCapture } from './diagnose-file';

export async function captureTab(tabId: number): Promise<RawCapture | null> {
  const target = { tabId };
  await browser.scripting.executeScript({ target, files: ['/diagnose.js'] });
  const [answer] = await browser.scripting.executeScript({ target, func: () => (globalThis as DiagnoseGlobal).wegweiserCapture?.() ?? null });
  const raw = answer?.result as unknown;
  return isRawCapture(raw) ? raw : null;
}
