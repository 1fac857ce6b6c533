// The background is the only writer and takes one write at a time: two tabs sending 100 updates each
// for the same tenant, all at once, lose none of them.
import { describe, it, expect } from 'vitest';
import { extension, resetStorage } from './harness';
import { storedProgress } from './progress';
import { DEV_HOST } from '../../scripts/lib/browser.mjs';

const UPDATES = 100;

describe('concurrent updates', () => {
  it(`2 tabs × ${UPDATES} updates of the same tenant at once: 0 lost`, async () => {
    const ext = await extension();
    await resetStorage(ext);
    const tabs = [await ext.context.newPage(), await ext.context.newPage()];
    await Promise.all(tabs.map((tab) => tab.goto(ext.extensionUrl('sidepanel.html'))));
    const url = `${DEV_HOST}/admincenter/`;
    const replies = await Promise.all(tabs.map((tab, t) => tab.evaluate(({ t, url, n }) => Promise.all(
      Array.from({ length: n }, (_, i) => (globalThis as any).chrome.runtime.sendMessage({
        type: 'facts/seen', url, tenant: 'Freiberg', dev: true,
        facts: [{ kind: 'oe', name: `Amt ${t}-${i}`, seen: { version: '1.0', email: `amt${t}${i}@freiberg.de`, telefon: '+49 3731 0' } }],
      })),
    ), { t, url, n: UPDATES })));
    expect(replies.flat().every((r: { ok: boolean }) => r.ok)).toBe(true);
    const items = (await storedProgress())[`${DEV_HOST}|Freiberg`].items;
    const oes = Object.keys(items).filter((id) => id.startsWith('oe:Amt '));
    console.log(`Gleichzeitige Änderungen: ${2 * UPDATES} gesendet, ${oes.length} gespeichert, ${2 * UPDATES - oes.length} verloren`);
    expect(oes).toHaveLength(2 * UPDATES);
    expect(Object.values(items).filter((i: any) => i.kind === 'oe').every((i: any) => i.status === 'erledigt')).toBe(true);
    await Promise.all(tabs.map((tab) => tab.close()));
  });
});
