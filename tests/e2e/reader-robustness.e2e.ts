// Generated from the walk over every practice page of both UI generations: after mechanical changes to the
// page's markup that real AdminCenter versions make (icon glyphs before labels, trailing colons, other case,
// odd white space, soft hyphens, titles demoted from headings to plain text that labels its region, a main
// menu not marked as navigation or menu bar), the reader still recognises the page as its own view, and as no
// other, in the same UI generation.
import { describe, it, expect, beforeAll, onTestFinished } from 'vitest';
import { extension } from './harness';
import { practiceUrl } from '../../scripts/lib/browser.mjs';
import { snapshotReaderSource } from '../../scripts/lib/snapshot-bundle.mjs';
import { WALKED, openView } from '../snapshots/walk.mjs';
import { VIEWS } from '../../rules/index';
import type { Snapshot } from '../../rules/types';

let reader = '';
beforeAll(async () => { reader = await snapshotReaderSource(); });

/** Runs in the page: changes the light DOM's labels and titles the way other markup would render them. */
function mutatePage() {
  const all: Element[] = [];
  const collect = (root: Document | ShadowRoot) => root.querySelectorAll('*').forEach((el) => { if (el.localName !== 'admincenter-wegweiser') all.push(el); });
  collect(document);
  const textsOf = (el: Element) => [...el.childNodes].filter((n): n is Text => n.nodeType === Node.TEXT_NODE && !!(n as Text).data.trim());
  let id = 0;
  for (const el of all) {
    const role = el.getAttribute('role') ?? '';
    // The main menu not marked as such.
    if (/^(navigation|menubar)$/.test(role)) el.removeAttribute('role');
    // Titles demoted: a heading (or Vaadin 8's title label) becomes plain text that labels its region.
    const title = /^h[1-6]$/.test(el.localName) || role === 'heading' || /(^|\s)v-label-h[1-4](\s|$)/.test(el.className);
    if (title && el.parentElement && !el.closest('[role=alert], [role=status]')) {
      const plain = document.createElement('span');
      for (const attribute of el.attributes) if (!['role', 'aria-level', 'class'].includes(attribute.name)) plain.setAttribute(attribute.name, attribute.value);
      plain.id ||= `demoted-title-${++id}`;
      plain.append(...el.childNodes);
      el.replaceWith(plain);
      if (!plain.parentElement!.hasAttribute('role')) {
        plain.parentElement!.setAttribute('role', 'region');
        plain.parentElement!.setAttribute('aria-labelledby', plain.id);
      }
      for (const text of textsOf(plain)) text.data = text.data.toUpperCase();
      continue;
    }
    // An icon glyph before every control's caption.
    if (/^(button|menuitem|tab|link)$/.test(role) || el.localName === 'vaadin-button') {
      const first = textsOf(el)[0];
      if (first) first.data = `\uf0e8${first.data}`;
    }
    // Field labels with a trailing colon, in upper case.
    if (el.localName === 'label' || (el.localName === 'span' && el.hasAttribute('for'))) {
      for (const text of textsOf(el)) text.data = `${text.data.toUpperCase()}:`;
    }
  }
  // White space and soft hyphens in every text of the page (not in field values).
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n.parentElement?.closest('script, style, admincenter-wegweiser')) continue;
    n.data = n.data.replace(/ /g, ' \u00a0 ').replace(/(\p{L}{3})(\p{L}{3})/gu, '$1\u00ad$2');
  }
}

describe('page views survive other markup of the same labels', () => {
  it.each(WALKED)('%s (%s)', async (view, ui) => {
    const page = await (await extension()).context.newPage();
    onTestFinished(() => page.close());
    await openView(page, view, ui, practiceUrl);
    await page.evaluate(mutatePage);
    await page.waitForTimeout(100);
    await page.addScriptTag({ content: reader });
    const snapshot: Snapshot = await page.evaluate(() => (window as any).WegweiserSnapshot.readSnapshot());
    expect(VIEWS.filter((v) => v.detect(snapshot)).map((v) => v.id)).toEqual([view]);
    if (view !== 'login') expect(snapshot.generation).toBe(ui);
  });
});
