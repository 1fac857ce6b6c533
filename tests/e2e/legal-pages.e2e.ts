// The Datenschutz page and the accessibility statement in real Chromium: the links in the popup and the options
// page open them, axe-core finds no WCAG 2.1 A/AA violation on them, and "Alle gespeicherten Daten löschen"
// empties what the extension stored.
import { afterEach, describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { extension, resetStorage } from './harness';
import { axe, describeViolations } from './axe';
import { freshPage } from './start-task';

const PAGES = [['Datenschutz', 'datenschutz.html'], ['Erklärung zur Barrierefreiheit', 'barrierefreiheit.html']] as const;

/** axe-core's findings, one string each. */
const violations = async (page: Page) => describeViolations(await axe(page)).split('\n\n').filter(Boolean);

async function stored() {
  const ext = await extension();
  return ext.worker.evaluate(async () => {
    const api = (globalThis as any).chrome;
    return { local: await api.storage.local.get(null), session: await api.storage.session.get(null) };
  });
}

afterEach(async () => {
  const ext = await extension();
  await resetStorage(ext);
});

describe.each([['popup', 'popup.html'], ['options page', 'options.html']])('links in the %s', (_where, from) => {
  it.each(PAGES)('„%s“ opens its page in a new tab', async (name, file) => {
    const ext = await extension();
    await resetStorage(ext);
    const start = await ext.context.newPage();
    await start.goto(ext.extensionUrl(from));
    const [opened] = await Promise.all([ext.context.waitForEvent('page'), start.getByRole('link', { name, exact: true }).click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(ext.extensionUrl(file));
    expect(await opened.title()).toBe(`${name} – AdminCenter-Wegweiser`);
    await expect.poll(() => opened.locator('.app-header .subtitle').textContent()).toBe(name);
    // The page the link was on stays as it was.
    expect(start.url()).toBe(ext.extensionUrl(from));
  });
});

describe('axe-core: no WCAG 2.1 A/AA violations', () => {
  it.each(PAGES)('%s', async (_name, file) => {
    const ext = await extension();
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl(file));
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(3);
    expect((await violations(page)).join('\n')).toBe('');
  });

  it('Datenschutz with the question before deleting', async () => {
    const ext = await extension();
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('datenschutz.html'));
    await page.getByRole('button', { name: 'Alle gespeicherten Daten löschen' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Ja, alles löschen' }).count()).toBe(1);
    expect((await violations(page)).join('\n')).toBe('');
  });
});

describe('Alle gespeicherten Daten löschen', () => {
  it('after the question, by keyboard: the checklist and the last AdminCenter tab are gone, and the page says so', async () => {
    const ext = await extension();
    const admin = await freshPage('klassisch', 'mandanten/6000101');
    await expect.poll(async () => Object.keys((await stored()).local.progress ?? {}), { timeout: 15_000 })
      .toContain('https://admincenter.amt24dev.sachsen.de|Freiberg');
    expect((await stored()).session.lastAdminCenterTab).toBeTruthy();
    await admin.close();

    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('datenschutz.html'));
    await page.getByRole('button', { name: 'Alle gespeicherten Daten löschen' }).click();
    // The question has the focus: Enter answers it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Ja, alles löschen');
    await page.keyboard.press('Enter');
    // (a fresh browser answers the first read of the IT's presets after ~3 s; the deletion keeps preset addresses)
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 5000 }).toBe('Alle gespeicherten Daten des Wegweisers in diesem Browser sind gelöscht.');
    expect(await stored()).toEqual({ local: {}, session: {} });
  });
});
