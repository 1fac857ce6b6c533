// BITV 2.0 / WCAG 2.1 AA in real Chromium: axe-core finds nothing on the extension's pages and the step card,
// everything works by keyboard alone, and the step card announces each new step.
import { afterEach, describe, it, expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { extension, resetStorage } from './harness';
import { axe, describeViolations } from './axe';
import { card } from './follow-guide';
import { UIS, openWithTask, startTask } from './start-task';
import { DEV_HOST, practiceUrl } from '../../scripts/lib/browser.mjs';

async function expectNoViolations(page: Page, what: string, context?: unknown) {
  const results = await axe(page, context);
  expect(describeViolations(results), `axe-core auf ${what}`).toBe('');
  return results;
}

/** Freiberg stored as the practice AdminCenter shows it; returns the open AdminCenter tab. */
async function seedFreiberg(ui: 'klassisch' | 'aktuell' = 'klassisch') {
  const ext = await extension();
  await resetStorage(ext);
  const admin = await ext.context.newPage();
  await admin.goto(practiceUrl(ui, 'mandanten/6000101/impressum'));
  return admin;
}

async function openPanel() {
  const ext = await extension();
  const panel = await ext.context.newPage();
  await panel.goto(ext.extensionUrl('sidepanel.html'));
  // The tenant is stored once the content script has read the AdminCenter page: on a busy machine that takes seconds.
  await expect.poll(() => panel.getByRole('heading', { name: 'Freiberg', exact: true }).count(), { timeout: 10_000 }).toBe(1);
  return panel;
}

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails when it never gets there. */
async function tabTo(page: Page, target: Locator, { back = false, max = 120 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.getRootNode() !== document && (el.getRootNode() as ShadowRoot).activeElement === el)) return i;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Nach ${max}× ${back ? 'Umschalt+' : ''}Tab nicht erreicht: ${target}`);
}

/** The focused element, looking into shadow roots: a short description and whether it is in our card. */
function focused(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const inCard = !!el && el.getRootNode() !== document && !!el.closest('[role=dialog]');
    const name = el && el !== document.body ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30) : '';
    return { inCard, what: el ? `${el.localName}${name ? ` „${name}“` : ''}` : 'nichts' };
  });
}

// A page left open by a failed test would drive the next test's guide: every test starts with none.
afterEach(async () => {
  const ext = await extension();
  await Promise.all(ext.context.pages().map((p) => p.close()));
});

describe('axe-core: no WCAG 2.1 A/AA violations', () => {
  it('side panel with a tenant shown', async () => {
    const admin = await seedFreiberg();
    const panel = await openPanel();
    await expectNoViolations(panel, 'der Seitenleiste');
    // With an item's "Mehr" open (actions, note field) and a group folded.
    await panel.getByRole('button', { name: 'Mehr zu Impressum', exact: true }).click();
    await panel.locator('section.group summary').filter({ hasText: 'Rechte' }).click();
    await expect.poll(() => panel.getByRole('textbox', { name: 'Notiz zu Impressum' }).count()).toBe(1);
    await expect.poll(() => panel.getByRole('checkbox', { name: 'Rechte für KISA' }).count()).toBe(0);
    await expectNoViolations(panel, 'der Seitenleiste mit geöffnetem Punkt und zugeklappter Gruppe');
    // Also with "Alle Anleitungen" expanded.
    await panel.locator('details.all-tasks > summary').click();
    await expectNoViolations(panel, 'der Seitenleiste mit allen Anleitungen');
    // And with a guide running (status line with its own button).
    await startTask('Impressum', admin);
    await expect.poll(() => panel.getByText('Laufende Anleitung: Impressum').count()).toBe(1);
    await expectNoViolations(panel, 'der Seitenleiste mit laufender Anleitung');
    await Promise.all([panel.close(), admin.close()]);
  });

  it('popup', async () => {
    const admin = await seedFreiberg();
    const ext = await extension();
    const popup = await ext.context.newPage();
    await popup.goto(ext.extensionUrl('popup.html'));
    await expect.poll(() => popup.getByText(/^Freiberg: \d von \d+ erledigt$/).count()).toBe(1);
    await expectNoViolations(popup, 'dem Popup');
    await Promise.all([popup.close(), admin.close()]);
  });

  it('options page, also with an error shown', async () => {
    const ext = await extension();
    await resetStorage(ext);
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    await expect.poll(() => options.getByRole('heading', { name: 'AdminCenter-Adressen' }).count()).toBe(1);
    await expectNoViolations(options, 'den Einstellungen');
    await options.getByRole('textbox', { name: 'Weitere Adresse hinzufügen' }).fill('kein host');
    await options.getByRole('button', { name: 'Hinzufügen' }).click();
    await expect.poll(() => options.getByRole('alert').textContent()).not.toBe('');
    await expectNoViolations(options, 'den Einstellungen mit Fehlermeldung');
    await options.close();
  });

  it('readiness report', async () => {
    const admin = await seedFreiberg();
    const panel = await openPanel(); // Freiberg is stored now.
    const ext = await extension();
    const report = await ext.context.newPage();
    await report.goto(ext.extensionUrl(`report.html?key=${encodeURIComponent(`${DEV_HOST}|Freiberg`)}`));
    await expect.poll(() => report.getByRole('row').count()).toBeGreaterThan(1);
    await expectNoViolations(report, 'dem Bereitschaftsbericht');
    await Promise.all([report.close(), panel.close(), admin.close()]);
  });

  it.each(UIS)('step card on the AdminCenter, %s', async (ui) => {
    const page = await openWithTask(ui, 'Impressum', 'mandanten/6000101/impressum');
    // The first aktuell page of a run also loads the Vaadin bundle (about 1 MB of script, never cached).
    await expect.poll(() => card(page).getByRole('heading').count(), { timeout: 5000 }).toBe(1);
    // The card glides to its target; axe judges contrast only once it stands still.
    let last = '';
    await expect.poll(async () => {
      const now = JSON.stringify(await card(page).boundingBox());
      const still = now === last;
      last = now;
      return still;
    }, { interval: 200 }).toBe(true);
    const results = await expectNoViolations(page, `der Schrittkarte (${ui})`, { include: [['admincenter-wegweiser']] });
    // The card was really analysed: rules passed on elements inside our shadow root.
    const inCard = results.passes.flatMap((r) => r.nodes).filter((n) => Array.isArray(n.target[0]) && n.target[0][0] === 'admincenter-wegweiser');
    expect(inCard.length).toBeGreaterThan(0);
    expect(results.passes.map((r) => r.id)).toEqual(expect.arrayContaining(['color-contrast', 'button-name']));
    await page.close();
  });
});

describe('keyboard alone', () => {
  it('side panel: ticks an item and starts its guide', async () => {
    const admin = await seedFreiberg();
    const panel = await openPanel();
    const box = panel.getByRole('checkbox', { name: 'Logo / Bild', exact: true });
    expect(await box.isChecked()).toBe(false);
    await tabTo(panel, box);
    await panel.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(true);
    // Shift+Tab back up to the Impressum item, open its "Mehr" with Enter and start its guide from there.
    const more = panel.getByRole('button', { name: 'Mehr zu Impressum', exact: true });
    await tabTo(panel, more, { back: true });
    await panel.keyboard.press('Enter');
    await expect.poll(() => more.getAttribute('aria-expanded')).toBe('true');
    const impressum = panel.getByRole('listitem').filter({ has: panel.getByRole('checkbox', { name: 'Impressum', exact: true }) });
    const start = impressum.getByRole('button', { name: 'Anleitung starten: Impressum', exact: true });
    await tabTo(panel, start);
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.getByText('Laufende Anleitung: Impressum').count()).toBe(1);
    // A group folds and unfolds with Enter on its summary.
    const group = panel.locator('section.group details').filter({ has: panel.getByRole('heading', { name: 'Mandant', exact: true }) });
    await tabTo(panel, group.locator('summary'), { back: true });
    await panel.keyboard.press('Enter');
    await expect.poll(() => group.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await panel.keyboard.press('Enter');
    await expect.poll(() => group.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await Promise.all([panel.close(), admin.close()]);
  });

  it('options page: adds an invalid address and reads the error', async () => {
    const ext = await extension();
    await resetStorage(ext);
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    const field = options.getByRole('textbox', { name: 'Weitere Adresse hinzufügen' });
    await tabTo(options, field);
    await options.keyboard.type('kein host');
    await tabTo(options, options.getByRole('button', { name: 'Hinzufügen' }));
    await options.keyboard.press('Enter');
    const alert = options.getByRole('alert');
    await expect.poll(() => alert.textContent()).not.toBe('');
    // The field says it is invalid and is described by the error, so a screen reader reads it on focus.
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain(await alert.getAttribute('id'));
    await options.close();
  });

  it('options page, Sicherung: Ersetzen, confirmed and refused, by keyboard alone; axe finds nothing in each state', async () => {
    const ext = await extension();
    await resetStorage(ext);
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    // Choosing the file is the browser's own dialog; everything after it is the page's, and by keyboard.
    await options.getByLabel('Sicherung einlesen').setInputFiles({ name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') });
    const replace = options.getByRole('radio', { name: 'Ersetzen' });
    await tabTo(options, options.getByRole('radio', { name: 'Zusammenführen' }));
    await options.keyboard.press('ArrowDown');
    await expect.poll(() => replace.isChecked()).toBe(true);
    await tabTo(options, options.getByRole('button', { name: 'Jetzt einlesen' }));
    await options.keyboard.press('Enter');
    const confirm = options.getByRole('button', { name: 'Ja, ersetzen' });
    await expect.poll(() => confirm.count()).toBe(1);
    await expectNoViolations(options, 'der Nachfrage vor dem Ersetzen');
    await tabTo(options, confirm);
    await options.keyboard.press('Enter');
    const alert = options.getByRole('alert').filter({ hasText: 'Es wurde nichts eingelesen.' });
    await expect.poll(() => alert.count()).toBe(1);
    await expectNoViolations(options, 'der Meldung zu einer kaputten Sicherung');
    await options.close();
  });

  it.each(UIS)('AdminCenter page, %s: Tab reaches the card and leaves it, Esc on a card button ends the guide', async (ui) => {
    const page = await openWithTask(ui, 'Impressum', 'mandanten/6000101/impressum');
    const dialog = card(page);
    await expect.poll(() => dialog.getByRole('heading').count()).toBe(1);
    // Tab cycles through the page's own controls, the card's buttons, out of the card (past the browser's own
    // UI) and on to the page's controls again: the card is reached and never keeps the focus.
    const seen: { inCard: boolean; what: string }[] = [];
    const onPage = (s: { inCard: boolean; what: string }) => !s.inCard && s.what !== 'body' && s.what !== 'nichts';
    const cycle = () => {
      const first = seen.findIndex(onPage);
      const inCard = seen.findIndex((s, i) => i > first && first >= 0 && s.inCard);
      const back = seen.findIndex((s, i) => i > inCard && inCard >= 0 && onPage(s));
      return back >= 0;
    };
    for (let i = 0; i < 300 && !cycle(); i++) {
      await page.keyboard.press('Tab');
      seen.push(await focused(page));
    }
    const trail = seen.map((s) => `${s.inCard ? '[Karte] ' : ''}${s.what}`).join(' → ');
    expect(cycle(), `Tab führt nicht von der Seite in die Karte und wieder auf die Seite: ${trail}`).toBe(true);
    expect(seen.filter(onPage).length, trail).toBeGreaterThan(3);
    // Shift+Tab goes back into the card and out at its other end as well.
    await tabTo(page, dialog.getByRole('button', { name: 'Beenden' }), { back: true });
    for (let i = 0; i < 3 && (await focused(page)).inCard; i++) await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).inCard).toBe(false);

    // Esc while a card button has the focus ends the guide.
    await tabTo(page, dialog.getByRole('button', { name: 'Weiter' }));
    expect((await focused(page)).inCard).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    await page.close();
  });
});

describe('aria-live', () => {
  it('the card announces a new step: same live container, new text', async () => {
    const page = await openWithTask('aktuell', 'Impressum');
    const dialog = card(page);
    await expect.poll(() => dialog.textContent()).toContain('Schritt 1 von 5');
    const live = () => page.evaluate(() => {
      const root = document.querySelector('admincenter-wegweiser')!.shadowRoot!;
      const region = root.querySelector('[role=dialog] [aria-live]') as HTMLElement | null;
      const w = window as unknown as { liveRegion?: Element | null };
      const same = !!region && w.liveRegion === region;
      w.liveRegion ??= region;
      return { polite: region?.getAttribute('aria-live'), text: region?.textContent ?? '', same };
    });
    const before = await live();
    expect(before.polite).toBe('polite');
    expect(before.text).not.toBe('');
    await tabTo(page, dialog.getByRole('button', { name: 'Weiter' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.textContent()).toContain('Schritt 2 von 5');
    const after = await live();
    expect(after.same).toBe(true);
    expect(after.text).not.toBe(before.text);
    await page.close();
  });
});
