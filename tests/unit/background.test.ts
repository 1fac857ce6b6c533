import { describe, it, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../background/background-handlers';
import { extraHostsItem } from '../../shared/storage';
import { granted, registered } from './fakes';
import { EXTRA_SCRIPT_ID, CONTENT_SCRIPT_FILE } from '../../background/content-registration';

describe('background: added AdminCenter hosts', () => {
  it('stores a granted host and registers the content script on it', async () => {
    granted.add('https://acdev.service-bw.de/*');
    expect(await handleMessage({ type: 'hosts/add', origin: 'https://acdev.service-bw.de' }, undefined)).toEqual({ ok: true });
    expect(await extraHostsItem.getValue()).toEqual(['https://acdev.service-bw.de']);
    expect(registered.get(EXTRA_SCRIPT_ID)).toMatchObject({ matches: ['https://acdev.service-bw.de/*'], js: [CONTENT_SCRIPT_FILE] });
  });

  it('refuses a host without permission and stores nothing', async () => {
    const reply = await handleMessage({ type: 'hosts/add', origin: 'https://acdev.service-bw.de' }, undefined);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('nicht erlaubt') });
    expect(await extraHostsItem.getValue()).toEqual([]);
    expect(registered.size).toBe(0);
  });

  it('re-validates what the options page sent', async () => {
    const reply = await handleMessage({ type: 'hosts/add', origin: 'http://evil.example' }, undefined);
    expect(reply).toEqual({ ok: false, error: 'Nur verschlüsselte Adressen (https://) sind erlaubt.' });
    expect(await extraHostsItem.getValue()).toEqual([]);
  });

  it('removing a host unregisters it and gives the permission back', async () => {
    granted.add('https://a.example.de/*');
    granted.add('https://b.example.de/*');
    await handleMessage({ type: 'hosts/add', origin: 'https://a.example.de' }, undefined);
    await handleMessage({ type: 'hosts/add', origin: 'https://b.example.de' }, undefined);
    await handleMessage({ type: 'hosts/remove', origin: 'https://a.example.de' }, undefined);
    expect(await extraHostsItem.getValue()).toEqual(['https://b.example.de']);
    expect(registered.get(EXTRA_SCRIPT_ID)?.matches).toEqual(['https://b.example.de/*']);
    expect(granted.has('https://a.example.de/*')).toBe(false);
  });
});

describe('background: stored checklists', () => {
  it('moves a damaged entry aside and keeps every other tenant intact', async () => {
    const { readProgress } = await import('../../background/background-handlers');
    const { progressItem, progressSetAsideItem } = await import('../../shared/storage');
    const { emptyProgress } = await import('../../rules/checklist');
    const good = emptyProgress('https://admincenter.amt24dev.sachsen.de', 'Freiberg', 'dev', 1);
    const damaged = { key: 'x|Kaputt', tenant: 42, items: 'nichts' };
    await progressItem.setValue({ [good.key]: good, 'x|Kaputt': damaged as never });
    expect(Object.keys(await readProgress())).toEqual([good.key]);
    expect(await progressSetAsideItem.getValue()).toEqual({ 'x|Kaputt': damaged });
    expect(await progressItem.getValue()).toEqual({ [good.key]: good });
  });

  it('refuses facts that do not fit and stores nothing', async () => {
    const { messageSchema } = await import('../../background/message-schema');
    const hostile = { type: 'facts/seen', url: 'https://admincenter.amt24dev.sachsen.de/admincenter/', tenant: 'Freiberg', dev: true, facts: [{ kind: 'oe', name: 'x', seen: { __proto__: { status: 'erledigt' }, version: 1 } }] };
    expect(messageSchema.safeParse(hostile).success).toBe(false);
    // Delivered as the browser delivers it: refused, and the stored checklists are byte for byte what they were.
    const { receiveMessage } = await import('../../background/background-handlers');
    await receiveMessage({ ...hostile, facts: [{ kind: 'impressum', name: '', seen: { saved: true } }] }, 7);
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(before).toContain('"status":"erledigt"');
    expect(await receiveMessage(hostile, 7)).toEqual({ ok: false, error: 'Unbekannte Nachricht.' });
    expect(await receiveMessage({ ...hostile, facts: [{ kind: 'unbekannt', name: '', seen: { saved: true } }] }, 7)).toEqual({ ok: false, error: 'Unbekannte Nachricht.' });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
  });
});

describe('background: small stored items', () => {
  it('reads what does not fit its schema as empty instead of trusting it', async () => {
    const { readGuides, readHosts } = await import('../../background/stored-readers');
    const { guidesItem, extraHostsItem } = await import('../../shared/storage');
    await guidesItem.setValue({ 3: { taskId: 'impressum', step: -4, ctx: {} }, 4: { taskId: 'bild', step: 1, ctx: null }, x: { taskId: 'bild', step: 1, ctx: {} } } as never);
    await extraHostsItem.setValue(['javascript:alert(1)'] as never);
    expect(await readGuides()).toEqual({});
    expect(await readHosts()).toEqual([]);
    await guidesItem.setValue({ 3: { taskId: 'impressum', step: 2, ctx: { subject: 'Standesamt' } }, 4: 'kaputt' } as never);
    expect(await readGuides()).toEqual({ 3: { taskId: 'impressum', step: 2, ctx: { subject: 'Standesamt' } } });
  });
});
