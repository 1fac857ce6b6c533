// The per-tenant checklist ticks itself from what the practice AdminCenter shows, in real Chromium.
import { describe, it, expect } from 'vitest';
import { extension, resetStorage } from './harness';
import { followGuide } from './follow-guide';
import { saveImpressum, startTask } from './start-task';
import { storedProgress } from './progress';
import { practiceUrl, DEV_HOST, LIVE_HOST } from '../../scripts/lib/browser.mjs';

const stored = storedProgress;
const item = async (key: string, id: string) => (await stored())[key]?.items?.[id];


describe.each(['klassisch', 'aktuell'] as const)('checklist, %s', (ui) => {
  it('ticks the Impressum itself when the page shows it saved with content', async () => {
    const ext = await extension();
    await resetStorage(ext);
    const page = await ext.context.newPage();
    await page.goto(practiceUrl(ui, 'neuigkeiten'));
    await startTask('Impressum', page);
    await followGuide(page, { text: 'Stadt Freiberg, Obermarkt 24, 09599 Freiberg' });
    await expect.poll(() => item(`${DEV_HOST}|Freiberg`, 'impressum'), { timeout: 5000 }).toMatchObject({ status: 'erledigt', decidedBy: 'seite', seen: { saved: true } });
    expect((await stored())[`${DEV_HOST}|Freiberg`].env).toBe('dev');
    await page.close();
  });

  it('keeps two tenants and the dev and live AdminCenter apart', async () => {
    const ext = await extension();
    await resetStorage(ext);
    const lra = await ext.context.newPage();
    await lra.goto(practiceUrl(ui, 'mandanten/6000102/impressum', { query: 'tenant=Landratsamt%20Mittelsachsen' }));
    await saveImpressum(lra, 'Landratsamt Mittelsachsen, Frauensteiner Straße 43');
    const live = await ext.context.newPage();
    await live.goto(practiceUrl(ui, 'mandanten/6000101/impressum', { host: LIVE_HOST }));
    await saveImpressum(live, 'Stadt Freiberg (live)');
    await expect.poll(() => item(`${DEV_HOST}|Landratsamt Mittelsachsen`, 'impressum'), { timeout: 5000 }).toMatchObject({ status: 'erledigt' });
    await expect.poll(() => item(`${LIVE_HOST}|Freiberg`, 'impressum'), { timeout: 5000 }).toMatchObject({ status: 'erledigt' });
    const all = await stored();
    expect(Object.keys(all).sort()).toEqual([`${DEV_HOST}|Landratsamt Mittelsachsen`, `${LIVE_HOST}|Freiberg`].sort());
    expect(all[`${LIVE_HOST}|Freiberg`].env).toBe('live');
    expect(all[`${DEV_HOST}|Landratsamt Mittelsachsen`].env).toBe('dev');
    expect(all[`${DEV_HOST}|Landratsamt Mittelsachsen`].items.datenschutz.status).toBe('offen');
    await lra.close();
    await live.close();
  });

  it('two AdminCenter tabs saving at once lose nothing', async () => {
    const ext = await extension();
    await resetStorage(ext);
    const [a, b] = [await ext.context.newPage(), await ext.context.newPage()];
    await a.goto(practiceUrl(ui, 'mandanten/6000101/impressum'));
    await b.goto(practiceUrl(ui, 'organisationseinheiten/6005095'));
    await Promise.all([saveImpressum(a, 'Stadt Freiberg'), b.getByRole('button', { name: 'Kommunikation' }).click()]);
    await expect.poll(() => item(`${DEV_HOST}|Freiberg`, 'impressum'), { timeout: 5000 }).toMatchObject({ status: 'erledigt' });
    await expect.poll(() => item(`${DEV_HOST}|Freiberg`, 'oe:Standesamt (Sachgebiet Personenstandswesen)')).toMatchObject({
      seen: { email: 'standesamt@freiberg.de', telefon: '+49 3731 273 733' },
    });
    await a.close();
    await b.close();
  });
});

describe('action badge', () => {
  it('shows on the AdminCenter tab how many items of its tenant are still open', async () => {
    const ext = await extension();
    await resetStorage(ext);
    const page = await ext.context.newPage();
    await page.goto(practiceUrl('aktuell', 'mandanten/6000101/impressum'));
    const badge = () => ext.worker.evaluate(async () => {
      const api = (globalThis as any).chrome;
      const { lastAdminCenterTab } = await api.storage.session.get('lastAdminCenterTab');
      return lastAdminCenterTab ? api.action.getBadgeText({ tabId: lastAdminCenterTab.tabId }) : null;
    });
    await expect.poll(badge, { timeout: 5000 }).toBe('4');
    await saveImpressum(page, 'Stadt Freiberg');
    await expect.poll(badge, { timeout: 5000 }).toBe('3');
    await page.close();
  });
});

describe.each(['klassisch', 'aktuell'] as const)('second tenant, %s', (ui) => {
  it('the guide and the checklist work for the Landratsamt just as for Freiberg, each on its own', async () => {
    const { openWithTask } = await import('./start-task');
    const page = await openWithTask(ui, 'Impressum', 'neuigkeiten', 'tenant=Landratsamt%20Mittelsachsen');
    // Its Impressum exists already: the guide leads to it and asks only to check and save.
    const acted = await followGuide(page, {});
    expect(acted.slice(-2)).toEqual(['mandant-impressum', 'speichern']);
    await expect.poll(() => item(`${DEV_HOST}|Landratsamt Mittelsachsen`, 'impressum'), { timeout: 5000 }).toMatchObject({ status: 'erledigt', decidedBy: 'seite' });
    expect((await stored())[`${DEV_HOST}|Freiberg`]).toBeUndefined();
    await page.close();
  });
});
