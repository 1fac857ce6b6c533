// A guide per tab, through the background as the browser wires it (entrypoints/background.ts): started for
// the AdminCenter tab the side panel follows, advanced and ended only from that tab, gone with the tab.
import { afterEach, beforeEach, describe, it, expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import background from '../../entrypoints/background';
import { guidesItem, lastGuidesItem } from '../../shared/storage';
import { guideOfTab } from '../../shared/guide-shape';
import type { GuideChanged, Message, Reply } from '../../shared/messages';

const DEV = 'https://admincenter.amt24dev.sachsen.de';
const NO_TAB = 'Öffnen Sie zuerst das AdminCenter in einem Tab.';

let command: (name: string, tab?: { id?: number }) => void = () => {};
/** What the background told each tab's content script, in order. */
let told: [number, unknown][] = [];

beforeEach(() => {
  told = [];
  // Left unimplemented by the fake browser: the keyboard command and messages to a tab.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => { command = listener as typeof command; });
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => { told.push([tabId, message]); }) as never);
  vi.spyOn(fakeBrowser.tabs, 'update');
  background.main();
});
afterEach(() => vi.restoreAllMocks());

const reply = async (pending: Promise<unknown[]>) => (await pending)[0] as Reply;
const sender = (tabId: number, url: string) => ({ tab: { id: tabId } as Browser.tabs.Tab, url });
/** A message from the content script of an AdminCenter tab. */
const fromPage = (tabId: number, message: Message) => reply(fakeBrowser.runtime.onMessage.trigger(message, sender(tabId, `${DEV}/admincenter/`)));
/** A message from the side panel, here opened as a tab of its own (tab 99): still no AdminCenter tab. */
const fromPanel = (message: Message) => reply(fakeBrowser.runtime.onMessage.trigger(message, sender(99, fakeBrowser.runtime.getURL('/sidepanel.html'))));

const openTab = async () => (await fakeBrowser.tabs.create({ url: `${DEV}/admincenter/` })).id!;
/** The tab's page reports itself: the side panel follows it from now on. */
const seen = (tabId: number, tenant: string) =>
  fromPage(tabId, { type: 'page/seen', generation: 'aktuell', url: `${DEV}/admincenter/#!neuigkeiten`, tenant, dev: true, login: false, known: true });
const guides = () => guidesItem.getValue();
const start = (taskId: string) => ({ taskId, step: 0, ctx: {} });

describe('a guide per tab', () => {
  it('starts for the AdminCenter tab the side panel follows, brings it to the front and tells only that tab', async () => {
    const [a, b] = [await openTab(), await openTab()];
    await seen(b, 'Landratsamt Mittelsachsen');
    await seen(a, 'Freiberg');
    expect(await fromPanel({ type: 'guide/start', taskId: 'impressum' })).toEqual({ ok: true });
    expect(await guides()).toEqual({ [a]: start('impressum') });
    expect(fakeBrowser.tabs.update).toHaveBeenCalledWith(a, { active: true });
    expect(told).toEqual([[a, { type: 'guide/changed', guide: start('impressum') }]]);
    // Each content script asks for its own tab's guide.
    expect(await fromPage(a, { type: 'guide/mine' })).toEqual({ ok: true, guide: start('impressum') });
    expect(await fromPage(b, { type: 'guide/mine' })).toEqual({ ok: true, guide: null });
  });

  it('runs two tasks in two tabs with two tenants at once; a tab\'s messages touch only its own guide', async () => {
    const [a, b, c] = [await openTab(), await openTab(), await openTab()];
    await seen(a, 'Freiberg');
    await fromPanel({ type: 'guide/start', taskId: 'impressum' });
    await seen(b, 'Landratsamt Mittelsachsen');
    await fromPanel({ type: 'guide/start', taskId: 'bild' });
    expect(await guides()).toEqual({ [a]: start('impressum'), [b]: start('bild') });

    // Tab b advances its own task only; a late message about a's task from b, or from a third tab of a's
    // tenant, changes nothing.
    expect(await fromPage(b, { type: 'guide/set', taskId: 'impressum', step: 2 })).toEqual({ ok: false, error: 'Keine laufende Anleitung.' });
    await seen(c, 'Freiberg');
    expect(await fromPage(c, { type: 'guide/set', taskId: 'impressum', step: 3 })).toEqual({ ok: false, error: 'Keine laufende Anleitung.' });
    expect(await fromPage(b, { type: 'guide/set', taskId: 'bild', step: 1, subject: 'Wappen' })).toEqual({ ok: true });
    expect(await fromPage(a, { type: 'guide/set', taskId: 'impressum', step: 2 })).toEqual({ ok: true });
    expect(await guides()).toEqual({ [a]: { ...start('impressum'), step: 2 }, [b]: { taskId: 'bild', step: 1, ctx: { subject: 'Wappen' } } });

    // Ending from a tab ends that tab's guide; from the side panel, the followed tab's (c runs none).
    await fromPage(b, { type: 'guide/stop' });
    await fromPanel({ type: 'guide/stop' });
    expect(await guides()).toEqual({ [a]: { ...start('impressum'), step: 2 } });
    await seen(a, 'Freiberg');
    await fromPanel({ type: 'guide/stop' });
    expect(await guides()).toEqual({});
    // c was never shown a guide (at most told to close a card it did not have).
    expect(told.filter(([tab, message]) => tab === c && (message as GuideChanged).guide !== null)).toEqual([]);
  });

  it('the side panel may name the tab; a page cannot start a guide for another tab', async () => {
    const [a, b] = [await openTab(), await openTab()];
    await seen(a, 'Freiberg');
    await fromPanel({ type: 'guide/start', taskId: 'bild', tabId: b });
    await fromPage(a, { type: 'guide/start', taskId: 'impressum', tabId: b });
    expect(await guides()).toEqual({ [a]: start('impressum'), [b]: start('bild') });
  });

  it('closing a tab ends its guide; the other tab\'s goes on', async () => {
    const [a, b] = [await openTab(), await openTab()];
    await seen(a, 'Freiberg');
    await fromPanel({ type: 'guide/start', taskId: 'impressum' });
    await fromPage(a, { type: 'guide/stop' });
    await fromPanel({ type: 'guide/start', taskId: 'datenschutz' });
    await fromPanel({ type: 'guide/start', taskId: 'bild', tabId: b });
    await fakeBrowser.tabs.onRemoved.trigger(a, { windowId: 0, isWindowClosing: false });
    await vi.waitFor(async () => expect(await guides()).toEqual({ [b]: start('bild') }));
    expect(await lastGuidesItem.getValue()).toEqual({});
  });

  it('without an AdminCenter tab, or after it was closed, answers in German and stores nothing', async () => {
    expect(await fromPanel({ type: 'guide/start', taskId: 'impressum' })).toEqual({ ok: false, error: NO_TAB });
    const a = await openTab();
    await seen(a, 'Freiberg');
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error(`No tab with id: ${a}.`));
    expect(await fromPanel({ type: 'guide/start', taskId: 'impressum' })).toEqual({ ok: false, error: NO_TAB });
    expect(await guides()).toEqual({});
    expect(told).toEqual([]);
    expect(fakeBrowser.tabs.update).not.toHaveBeenCalled();
  });

  it('a stored guide that does not fit is neither shown nor advanced', async () => {
    const [a, b] = [await openTab(), await openTab()];
    await guidesItem.setValue({ [a]: { taskId: 'impressum', step: '2', ctx: {} }, [b]: { taskId: 'bild', step: 1 } } as never);
    expect(await fromPage(a, { type: 'guide/mine' })).toEqual({ ok: true, guide: null });
    expect(await fromPage(a, { type: 'guide/set', taskId: 'impressum', step: 3 })).toEqual({ ok: false, error: 'Keine laufende Anleitung.' });
    // The panels' own check (no zod there) agrees.
    const stored = await guides();
    expect([guideOfTab(stored, a), guideOfTab(stored, b)]).toEqual([null, null]);
    expect(guideOfTab({ [a]: start('impressum') }, a)).toEqual(start('impressum'));
    expect(guideOfTab({ [a]: start('impressum') }, undefined)).toBeNull();
  });

  it('"Alle gespeicherten Daten löschen" closes the card in every tab that showed a guide', async () => {
    const [a, b, c] = [await openTab(), await openTab(), await openTab()];
    await seen(a, 'Freiberg');
    await fromPanel({ type: 'guide/start', taskId: 'impressum' });
    await fromPanel({ type: 'guide/start', taskId: 'bild', tabId: b });
    told = [];
    expect(await fromPanel({ type: 'data/clear' })).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(told).toEqual(expect.arrayContaining([
      [a, { type: 'guide/changed', guide: null }],
      [b, { type: 'guide/changed', guide: null }],
    ])));
    expect(told.map(([tab]) => tab)).not.toContain(c);
  });

  it('"Beenden" closes the card even when no guide is stored for the tab any more', async () => {
    const a = await openTab();
    await seen(a, 'Freiberg');
    await fromPanel({ type: 'guide/start', taskId: 'impressum' });
    // The stored guide is gone (session storage cleared) while the tab still shows its card.
    await fakeBrowser.storage.session.clear();
    told = [];
    expect(await fromPage(a, { type: 'guide/stop' })).toEqual({ ok: true });
    await vi.waitFor(() => expect(told).toEqual([[a, { type: 'guide/changed', guide: null }]]));
  });

  it('the keyboard command hides and brings back the guide of the tab in front only', async () => {
    const [a, b] = [await openTab(), await openTab()];
    await seen(a, 'Freiberg');
    await fromPanel({ type: 'guide/start', taskId: 'impressum' });
    await fromPage(a, { type: 'guide/set', taskId: 'impressum', step: 3 });
    await fromPanel({ type: 'guide/start', taskId: 'bild', tabId: b });
    command('toggle-guide', { id: a });
    await vi.waitFor(async () => expect(await guides()).toEqual({ [b]: start('bild') }));
    command('toggle-guide', { id: b });
    command('toggle-guide', { id: a });
    await vi.waitFor(async () => expect(await guides()).toEqual({ [a]: { ...start('impressum'), step: 3 } }));
    command('toggle-guide', { id: b });
    await vi.waitFor(async () => expect(await guides()).toEqual({ [a]: { ...start('impressum'), step: 3 }, [b]: start('bild') }));
  });

  it('removes the one global guide of earlier versions on update', async () => {
    await fakeBrowser.storage.local.set({ guide: start('impressum'), guide$: { v: 1 }, lastGuide: start('bild'), lastGuide$: { v: 1 }, extraHosts: [] });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0', temporary: false });
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['extraHosts']));
  });
});
