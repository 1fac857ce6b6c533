// The step card and the highlight in real Chromium: what the admin sees and can do with them.
import { describe, it, expect } from 'vitest';
import { card } from './follow-guide';
import { openWithTask } from './start-task';

const marked = (page: import('playwright-core').Page) => page.locator('[data-wegweiser-target]');

describe('step card and highlight', () => {
  it('is a non-modal dialog with the step, its number and Zurück / Weiter / Beenden', async () => {
    const page = await openWithTask('aktuell', 'Impressum');
    const dialog = card(page);
    await expect.poll(() => dialog.getByRole('heading').textContent()).toBe('Mandanten öffnen');
    expect(await dialog.getAttribute('aria-modal')).toBe('false');
    expect(await dialog.textContent()).toContain('Schritt 1 von 5');
    expect(await dialog.getByRole('button', { name: 'Zurück' }).isDisabled()).toBe(true);
    await expect.poll(() => marked(page).count()).toBe(1);
    expect(await marked(page).getAttribute('data-wegweiser-target')).toBe('impressum/mandanten');

    await dialog.getByRole('button', { name: 'Weiter' }).click();
    await expect.poll(() => dialog.textContent()).toContain('Schritt 2 von 5');
    await dialog.getByRole('button', { name: 'Zurück' }).click();
    await expect.poll(() => dialog.textContent()).toContain('Schritt 1 von 5');
    await page.close();
  });

  it.each(['klassisch', 'aktuell'] as const)('Zurück stays back on a step the page shows done, until the admin acts (%s)', async (ui) => {
    const page = await openWithTask(ui, 'Impressum', 'mandanten/6000101/impressum');
    const heading = () => card(page).getByRole('heading').textContent();
    await expect.poll(heading).toBe('Impressum eintragen');
    await card(page).getByRole('button', { name: 'Zurück' }).click();
    await expect.poll(heading).toBe('Impressum öffnen');
    // The page shows that step done (the Impressum is open), yet the card stays where the admin went.
    await page.waitForTimeout(1000);
    expect(await heading()).toBe('Impressum öffnen');
    // The admin acts on the page: the guide follows the page again.
    await page.getByRole('textbox', { name: 'Impressum' }).click();
    await expect.poll(heading).toBe('Impressum eintragen');
    await page.close();
  });

  it('Esc ends the guide: no card, nothing marked, no cutout', async () => {
    const page = await openWithTask('klassisch', 'Impressum');
    await expect.poll(() => marked(page).count()).toBe(1);
    // Esc from the card's own buttons (keyboard users), and with no page field focused.
    await card(page).getByRole('button', { name: 'Weiter' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    expect(await marked(page).count()).toBe(0);
    expect(await page.locator('admincenter-wegweiser svg.cutout').count()).toBe(0);
    await page.close();
  });

  it('when the step is on another page, it marks what leads there and says where', async () => {
    const page = await openWithTask('aktuell', 'Impressum', 'mandanten/6000101/impressum');
    await expect.poll(() => card(page).getByRole('heading').textContent()).toBe('Impressum eintragen');
    // The admin wanders off to the Organisationseinheiten.
    await page.evaluate(() => { location.hash = '#!organisationseinheiten'; });
    await expect.poll(() => card(page).textContent()).toContain('Öffnen Sie Benutzer → Mandanten.');
    expect(await card(page).textContent()).toContain('Dort: Fügen Sie ein Impressum hinzu');
    // The side navigation's entry Mandanten, or while its group is closed the group Benutzer: the marked
    // element's own text (a shadow link shows its host's text through a slot), not the entries a group holds.
    const ownText = (el: Element) => [...el.childNodes].map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent
      : n instanceof HTMLSlotElement && !n.name ? n.assignedNodes().filter((a) => a.nodeType === Node.TEXT_NODE).map((a) => a.textContent).join('') : '')).join('').trim();
    await expect.poll(() => marked(page).evaluate(ownText)).toMatch(/^(Benutzer|Mandanten)$/);
    expect(await marked(page).getAttribute('data-wegweiser-target')).toBe('impressum/text');
    await page.close();
  });

  it('keeps the card next to the target when a scrolling panel moves it', async () => {
    const page = await openWithTask('aktuell', 'Impressum', 'mandanten/6000101');
    await page.setViewportSize({ width: 1200, height: 420 });
    await expect.poll(() => marked(page).getAttribute('data-wegweiser-target')).toBe('impressum/mandant-impressum');
    // The card sits right below, above or beside the target (where it covers fewest other controls), wherever the target is.
    const adjacent = async () => {
      const t = (await marked(page).boundingBox())!;
      const c = (await card(page).boundingBox())!;
      const near = (gap: number) => gap >= 0 && gap <= 24;
      const close = near(c.y - (t.y + t.height)) || near(t.y - (c.y + c.height)) || near(c.x - (t.x + t.width)) || near(t.x - (c.x + c.width));
      return { targetY: Math.round(t.y), close };
    };
    await expect.poll(async () => (await adjacent()).close).toBe(true);
    const before = await adjacent();
    // Scroll whichever ancestor of the target scrolls (the drawer body here).
    const moved = await marked(page).evaluate((el) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        if (p.scrollHeight > p.clientHeight + 10 && getComputedStyle(p).overflowY !== 'visible') {
          const was = p.scrollTop;
          p.scrollTop += was > 60 ? -60 : 60;
          return p.scrollTop !== was;
        }
      }
      return false;
    });
    expect(moved).toBe(true);
    await expect.poll(async () => (await adjacent()).targetY).not.toBe(before.targetY);
    await expect.poll(async () => (await adjacent()).close).toBe(true);
    await page.close();
  });
});
