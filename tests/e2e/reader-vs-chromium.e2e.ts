// The page reader against a reference nobody here wrote: on every practice page of both UI generations,
// each element the reader names has the role and the name Chromium's own accessibility tree gives it
// (CDP Accessibility.getFullAXTree), up to our normalisation (icon glyphs, arrows, required marks, white space).
import { describe, it, expect, beforeAll, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import { extension } from './harness';
import { practiceUrl } from '../../scripts/lib/browser.mjs';
import { snapshotReaderSource } from '../../scripts/lib/snapshot-bundle.mjs';
import { WALKED, openView } from '../snapshots/walk.mjs';
import { normalizeLabel } from '../../shared/text';

interface Named { role: string; name: string; html: string }

let reader = '';
beforeAll(async () => { reader = await snapshotReaderSource(); });

/** Chromium's role and name for each element the reader named, in the same order. */
async function chromiumView(page: Page): Promise<({ role: string; name: string } | null)[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byNode = new Map(nodes.filter((n) => n.backendDOMNodeId).map((n) => [n.backendDOMNodeId!, n]));
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__wegweiserNamed' });
  const { result: entries } = await cdp.send('Runtime.getProperties', { objectId: result.objectId!, ownProperties: true });
  const elements = entries.filter((e) => /^\d+$/.test(e.name)).sort((a, b) => Number(a.name) - Number(b.name));
  const out = [];
  for (const entry of elements) {
    const { node } = await cdp.send('DOM.describeNode', { objectId: entry.value!.objectId! });
    const ax = byNode.get(node.backendNodeId);
    out.push(ax && !ax.ignored ? { role: String(ax.role?.value ?? ''), name: String(ax.name?.value ?? '') } : null);
  }
  await cdp.detach();
  return out;
}

describe('reader and Chromium agree on roles and names', () => {
  it.each(WALKED)('%s (%s)', async (view, ui) => {
    const page = await (await extension()).context.newPage();
    onTestFinished(() => page.close());
    await openView(page, view, ui, practiceUrl);
    await page.addScriptTag({ content: reader });
    const named: Named[] = await page.evaluate(() => (window as any).WegweiserSnapshot.readNamed());
    const chromium = await chromiumView(page);
    const differ = named.flatMap((ours, i) => {
      const theirs = chromium[i];
      const same = theirs && theirs.role === ours.role && normalizeLabel(theirs.name) === normalizeLabel(ours.name);
      return same ? [] : [`${ours.role} „${ours.name}“ ≠ ${theirs ? `${theirs.role} „${normalizeLabel(theirs.name)}“` : 'nicht im Baum'}: ${ours.html}`];
    });
    console.log(`Leser gegen Chromium, ${view} (${ui}): ${named.length} benannte Elemente, ${differ.length} Abweichungen`);
    expect(named.length).toBeGreaterThanOrEqual(3);
    expect(differ).toEqual([]);
  });
});
