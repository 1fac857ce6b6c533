// Hostile page text: tenant, OE, process and user names with markup in them (?hostile=1 of the practice
// AdminCenter) are shown as text in the step card, the side panel, the popup and the report – never
// rendered as elements, never run.
import { describe, it, expect, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import { card } from './follow-guide';
import { startTask, UIS } from './start-task';
import { extension, resetStorage } from './harness';
import { storedProgress } from './progress';
import { practiceUrl } from '../../scripts/lib/browser.mjs';

// Must match the ?hostile=1 block of tests/admincenter/store.js.
const EVIL = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1"> <script>window.__pwned=1</script> "><b>fett</b>';
const TENANT = `Freiberg ${EVIL}`;
const OE = `Standesamt ${EVIL}`;
const PROZESS = `KOMM24Hundesteueranmeldung ${EVIL}`;
const QUERY = 'hostile=1';

/** Elements the markup would have made, in `root` and every open shadow root below it, and window.__pwned. */
function injected(page: Page, host?: string) {
  return page.evaluate((hostName) => {
    const roots: (Document | ShadowRoot)[] = [];
    const walk = (root: Document | ShadowRoot) => {
      roots.push(root);
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    const start = hostName ? document.querySelector(hostName)?.shadowRoot : document;
    if (start) walk(start);
    const made = roots.flatMap((r) => [
      ...r.querySelectorAll('img[src="x"], img[onerror]'),
      ...[...r.querySelectorAll('script')].filter((s) => s.textContent?.includes('__pwned')),
      ...[...r.querySelectorAll('b')].filter((b) => b.textContent === 'fett'),
    ]).map((el) => el.outerHTML);
    return { made, pwned: (window as any).__pwned ?? null, roots: roots.length };
  }, host);
}
const text = (page: Page) => page.evaluate(() => document.body.innerText);
/** All text the page shows: its light and shadow DOM and its fields' values (klassisch keeps the Mandant in one). */
const shownText = (page: Page) => page.evaluate(() => {
  const parts: string[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el instanceof HTMLInputElement) parts.push(el.value);
      if (el.shadowRoot) { parts.push(el.shadowRoot.textContent ?? ''); walk(el.shadowRoot); }
    }
  };
  walk(document);
  return `${document.body.textContent} ${parts.join(' ')}`;
});
/** An element's text as shown, with what its slots show (a Flow grid's cell). */
const textOf = (el: Element) => {
  const slot = el.querySelector('slot');
  return slot ? slot.assignedNodes({ flatten: true }).map((n) => n.textContent).join('') : el.textContent ?? '';
};

async function hostilePage(ui: 'klassisch' | 'aktuell', route: string): Promise<Page> {
  const ext = await extension();
  const page = await ext.context.newPage();
  onTestFinished(() => page.close());
  await page.goto(practiceUrl(ui, route, { query: QUERY }));
  return page;
}

describe.each(UIS)('hostile names, %s', (ui) => {
  it('the practice AdminCenter shows them as text and runs nothing', async () => {
    const ext = await extension();
    await resetStorage(ext);
    for (const route of ['neuigkeiten', 'mandanten', 'organisationseinheiten', 'organisationseinheiten/6005095', 'prozesse', 'prozesse/3901', 'benutzergruppen/302']) {
      const page = await hostilePage(ui, route);
      await expect.poll(() => shownText(page), { message: route }).toContain(route.startsWith('prozesse') ? 'KOMM24Hundesteueranmeldung <img' : route.startsWith('organisationseinheiten') ? 'Standesamt <img' : 'Freiberg <img');
      await page.waitForTimeout(100);
      expect(await injected(page), route).toMatchObject({ made: [], pwned: null });
      await page.close();
    }
    // Control: the same text put in as markup is caught by this check (img, script, b; the image fails, onerror runs).
    const page = await hostilePage(ui, 'neuigkeiten');
    await page.evaluate((evil) => document.body.insertAdjacentHTML('beforeend', evil), EVIL);
    await expect.poll(async () => (await injected(page)).pwned).toBe(1);
    expect((await injected(page)).made).toHaveLength(3);
  });

  it('the step card shows the process name as text', async () => {
    const ext = await extension();
    await resetStorage(ext);
    const page = await hostilePage(ui, 'prozesse');
    await startTask('Wartungsmodus ausschalten', page);
    // The card points at the first process, the hostile one, and remembers it once its drawer is open.
    const marked = page.locator('[data-wegweiser-target]');
    await expect.poll(() => marked.getAttribute('data-wegweiser-target')).toBe('wartungsmodus/prozess');
    expect(await marked.evaluate(textOf)).toContain(PROZESS);
    await marked.click();
    await expect.poll(() => marked.getAttribute('data-wegweiser-target')).toBe('wartungsmodus/aktivieren');
    // Back on the list, with that process's row gone: the card names what it cannot find – the hostile name.
    await page.evaluate(() => { location.hash = '#!prozesse'; });
    // The admin filters the list down to the other process.
    await page.getByRole('textbox', { name: 'Tabelle filtern' }).fill('Gewerbe');
    await expect.poll(() => card(page).textContent()).toContain(`Ich finde „${PROZESS}“ auf dieser Seite nicht.`);
    expect(await injected(page, 'admincenter-wegweiser')).toMatchObject({ made: [], pwned: null });
    expect(await injected(page)).toMatchObject({ made: [], pwned: null });
  });
});

describe('hostile names in the extension pages (aktuell)', () => {
  it('side panel, popup and report show them as text and run nothing', async () => {
    const ext = await extension();
    await resetStorage(ext);
    // The OE and the process drawer become checklist items of their own.
    const page = await hostilePage('aktuell', 'organisationseinheiten/6005095');
    await expect.poll(async () => Object.keys((await storedProgress()) ?? {}).find((k) => k.endsWith(`|${TENANT}`)), { timeout: 5000 }).toBeTruthy();
    await page.evaluate(() => { location.hash = '#!prozesse/3901'; });
    const key = Object.keys(await storedProgress()).find((k) => k.endsWith(`|${TENANT}`))!;
    await expect.poll(async () => Object.keys((await storedProgress())[key]?.items ?? {}).filter((id) => id.includes('<img')).sort(), { timeout: 5000 })
      .toEqual([`oe:${OE}`, `prozess:${PROZESS}`]);

    const panel = await ext.context.newPage();
    onTestFinished(() => panel.close());
    await panel.goto(ext.extensionUrl('sidepanel.html'));
    await expect.poll(() => panel.getByRole('heading', { name: TENANT, exact: true }).count()).toBe(1);
    await expect.poll(() => text(panel)).toContain(`Organisationseinheit: ${OE}`);
    expect(await text(panel)).toContain(PROZESS);
    expect(await injected(panel)).toMatchObject({ made: [], pwned: null });

    const popup = await ext.context.newPage();
    onTestFinished(() => popup.close());
    await popup.goto(ext.extensionUrl('popup.html'));
    await expect.poll(() => text(popup)).toContain(`${TENANT}:`);
    expect(await injected(popup)).toMatchObject({ made: [], pwned: null });

    const report = await ext.context.newPage();
    onTestFinished(() => report.close());
    await report.goto(ext.extensionUrl(`report.html?key=${encodeURIComponent(key)}`));
    await expect.poll(() => report.getByRole('heading', { name: `Amt24-Mandant ${TENANT}`, exact: true }).count()).toBe(1);
    expect(await report.getByRole('cell', { name: `Organisationseinheit: ${OE}`, exact: true }).count()).toBe(1);
    expect(await text(report)).toContain(PROZESS);
    expect(await injected(report)).toMatchObject({ made: [], pwned: null });
    expect(await injected(page)).toMatchObject({ made: [], pwned: null });
  });
});
