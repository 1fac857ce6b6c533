// Read-only: while the guide runs every task to the end, the AdminCenter page gets no synthetic
// (isTrusted === false) event and no value written into its fields by the extension, and the only
// attribute the extension sets on page elements is data-wegweiser-target (on one element at a time).
//
// How the page's main world tells the extension apart from the practice app: the app runs in the main
// world, the extension in an isolated world with its own JS prototypes. So the probe below wraps the
// main-world setters (value, checked, setAttribute, classList, …): a change made through them is the app's.
// A field value that changes with neither such a setter call nor a trusted user event on that field, or an
// attribute mutation that no main-world setter made, came from another world — the extension (Playwright's
// own actions run in its utility world too, so the walk below types only with trusted input events).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect, onTestFinished } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { followGuide } from './follow-guide';
import { followed, startTask, PNG, UIS } from './start-task';
import { WALKS } from './walks';
import { TASKS as REGISTERED } from '../../rules/index';
import { extension, resetStorage } from './harness';
import { practiceUrl } from '../../scripts/lib/browser.mjs';

const EVENT_TYPES = ['click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress',
  'input', 'beforeinput', 'change', 'submit', 'reset', 'focus', 'blur', 'focusin', 'focusout', 'paste', 'cut', 'copy', 'drop', 'select', 'invalid'];

interface Probe {
  synthetic: { type: string; target: string }[];
  /** WXT's own "content script started" CustomEvent (framework, not a UI event) */
  framework: number;
  writes: { field: string; from: string; to: string }[];
  attrs: Record<string, number>;
  otherWegweiserAttrs: string[];
  maxMarked: number;
  appWrites: number;
  /** error events on the page's window (e.g. a ResizeObserver loop the extension would have caused) */
  errors: string[];
  /** window messages posted by anyone but the app */
  messages: number;
  /** how often the page's own busy ResizeObserver ran */
  pageResizeCallbacks: number;
}

/** Runs in the page's main world before any page script. */
function probe({ startedEvent, eventTypes }: { startedEvent: string; eventTypes: string[] }) {
  const w = window as any;
  const data: Probe = { synthetic: [], framework: 0, writes: [], attrs: {}, otherWegweiserAttrs: [], maxMarked: 0, appWrites: 0, errors: [], messages: 0, pageResizeCallbacks: 0 };
  w.__wegweiserProbe = data;
  const desc = (n: any) => (n instanceof Element
    ? `${n.localName}${n.id ? '#' + n.id : ''}${n.getAttribute('name') ? `[name=${n.getAttribute('name')}]` : ''} „${(n.textContent ?? '').trim().slice(0, 40)}“`
    : String(n?.nodeName ?? n));

  // ---- shadow roots of the page (its custom elements are main-world code; ours is not seen here)
  const roots: (Document | ShadowRoot)[] = [document];
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    observer.observe(root, { subtree: true, attributes: true, attributeOldValue: true });
    return root;
  };
  const fields = () => roots.flatMap((r) => [...r.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')]);
  const stateOf = (el: any) => (el.type === 'checkbox' || el.type === 'radio' ? `checked=${el.checked}`
    : el.type === 'file' ? `files=${[...(el.files ?? [])].map((f: File) => f.name).join(',')}`
    : el.localName === 'select' ? `${el.selectedIndex}:${el.value}` : el.value);

  // ---- field values: snapshot, explained changes, audit
  const seen = new WeakMap<Element, string>();
  let explained = new Set<Element>();
  const audit = () => {
    for (const el of fields()) {
      const now = stateOf(el);
      const before = seen.get(el);
      if (before !== undefined && before !== now && !explained.has(el)) data.writes.push({ field: desc(el), from: before, to: now });
      seen.set(el, now);
    }
    explained = new Set();
  };
  /** The app (main world) writes a value: take it as the new known state. */
  const appWrote = (el: Element) => { data.appWrites++; seen.set(el, stateOf(el)); };
  const wrapSetter = (proto: any, prop: string, after: (el: any) => void) => {
    const d = Object.getOwnPropertyDescriptor(proto, prop)!;
    Object.defineProperty(proto, prop, { ...d, set(v) { d.set!.call(this, v); after(this); } });
  };
  for (const [proto, props] of [
    [HTMLInputElement.prototype, ['value', 'checked', 'valueAsNumber', 'valueAsDate', 'files', 'defaultValue', 'defaultChecked']],
    [HTMLTextAreaElement.prototype, ['value', 'defaultValue']],
    [HTMLSelectElement.prototype, ['value', 'selectedIndex', 'length']],
  ] as const) for (const p of props) wrapSetter(proto, p, appWrote);
  wrapSetter(HTMLOptionElement.prototype, 'selected', (o: HTMLOptionElement) => o.parentElement?.closest('select') && appWrote(o.closest('select')!));
  const reset = HTMLFormElement.prototype.reset;
  HTMLFormElement.prototype.reset = function () { reset.call(this); for (const el of this.elements) appWrote(el); };

  // ---- attributes: every mutation not made through a main-world API came from another world
  const record = (list: MutationRecord[], byApp: boolean) => {
    for (const m of list) {
      if ((m.target as Element).localName === 'admincenter-wegweiser') continue; // the extension's own host element
      const name = m.attributeName!;
      if (name.startsWith('data-wegweiser') && name !== 'data-wegweiser-target') data.otherWegweiserAttrs.push(name);
      if (!byApp) data.attrs[name] = (data.attrs[name] ?? 0) + 1;
    }
    const marked = roots.reduce((n, r) => n + r.querySelectorAll('[data-wegweiser-target]').length, 0);
    data.maxMarked = Math.max(data.maxMarked, marked);
  };
  const observer = new MutationObserver((list) => { record(list, false); audit(); });
  observer.observe(document, { subtree: true, attributes: true, attributeOldValue: true });
  /** Runs a main-world call; the attribute mutations it makes are the app's, also those of the calls it makes
   *  in turn (a component's attribute callback that sets further attributes). */
  let depth = 0;
  const asApp = <T,>(call: () => T): T => {
    if (depth) return call();
    record(observer.takeRecords(), false);
    depth++;
    try { return call(); } finally { depth--; record(observer.takeRecords(), true); }
  };
  const wrapMethod = (proto: any, name: string) => {
    const f = proto[name];
    proto[name] = function (...args: unknown[]) { return asApp(() => f.apply(this, args)); };
  };
  for (const m of ['setAttribute', 'setAttributeNS', 'removeAttribute', 'removeAttributeNS', 'toggleAttribute', 'setAttributeNode']) wrapMethod(Element.prototype, m);
  for (const m of ['add', 'remove', 'toggle', 'replace']) wrapMethod(DOMTokenList.prototype, m);
  const wrapProp = (proto: any, prop: string) => {
    const d = Object.getOwnPropertyDescriptor(proto, prop);
    if (d?.set) Object.defineProperty(proto, prop, { ...d, set(v) { asApp(() => d.set!.call(this, v)); } });
  };
  // Every reflecting property of every element interface (`textarea.rows`, `el.style = …`, `a.href`, …).
  for (const name of Object.getOwnPropertyNames(window)) {
    if (name === 'Element' || /^(HTML|SVG)\w*Element$/.test(name)) for (const p of Object.getOwnPropertyNames((window as any)[name].prototype)) wrapProp((window as any)[name].prototype, p);
  }
  // dataset.x = … and style.x = … change attributes too
  const dataset = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'dataset')!;
  Object.defineProperty(HTMLElement.prototype, 'dataset', { ...dataset, get() {
    const real = dataset.get!.call(this);
    return new Proxy(real, { set: (t, k, v) => asApp(() => Reflect.set(t, k, v)), deleteProperty: (t, k) => asApp(() => Reflect.deleteProperty(t, k)) });
  } });
  // Attribute nodes written directly (attr.value = …)
  wrapProp(Attr.prototype, 'value');
  for (const p of ['nodeValue', 'textContent']) wrapProp(Node.prototype, p);
  // el.style.x = … is the app's too: Chromium serves CSS properties through an interceptor, not setters.
  for (const proto of [HTMLElement.prototype, SVGElement.prototype]) {
    const style = Object.getOwnPropertyDescriptor(proto, 'style')!;
    Object.defineProperty(proto, 'style', { ...style, get() {
      const real = style.get!.call(this);
      return new Proxy(real, {
        get: (t, k) => { const v = Reflect.get(t, k); return typeof v === 'function' ? v.bind(t) : v; },
        set: (t, k, v) => asApp(() => Reflect.set(t, k, v)),
      });
    } });
  }
  wrapMethod(CSSStyleDeclaration.prototype, 'setProperty');
  wrapMethod(CSSStyleDeclaration.prototype, 'removeProperty');
  for (let proto = Object.getPrototypeOf(document.createElement('div').style); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const p of Object.getOwnPropertyNames(proto)) wrapProp(proto, p);
  }

  // ---- events: the app's components dispatch events of their own (Vaadin re-fires focus on its hosts, its
  // upload clicks its file input); an untrusted event that no main-world call dispatched came from another world.
  let appDispatching = 0;
  const asAppEvent = (proto: any, name: string) => {
    const f = proto[name];
    proto[name] = function (...args: unknown[]) { appDispatching++; try { return f.apply(this, args); } finally { appDispatching--; } };
  };
  asAppEvent(EventTarget.prototype, 'dispatchEvent');
  for (const m of ['click', 'focus', 'blur']) asAppEvent(HTMLElement.prototype, m);
  asAppEvent(HTMLFormElement.prototype, 'requestSubmit');
  for (const type of eventTypes) {
    addEventListener(type, (e) => {
      const target = e.composedPath()[0] as Element;
      if (!e.isTrusted && appDispatching) { audit(); return; }
      if (!e.isTrusted) { data.synthetic.push({ type, target: desc(target) }); audit(); return; }
      // A trusted event on a field may change it (a key, a click on a checkbox or its label, a chosen file).
      const touched = new Set<Element>([target]);
      const control = (target as Element).closest?.('label') as HTMLLabelElement | null;
      if (control?.control) touched.add(control.control);
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (active && type.startsWith('key')) touched.add(active);
      for (const el of touched) if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) for (const r of document.getElementsByName(el.name)) touched.add(r);
      for (const el of touched) explained.add(el);
      audit();
    }, { capture: true });
  }
  document.addEventListener(startedEvent, (e) => { if (!e.isTrusted) data.framework++; }, { capture: true });
  addEventListener('error', (e) => data.errors.push(String(e.message)), { capture: true });
  addEventListener('message', () => data.messages++, { capture: true });
  // A page whose own ResizeObserver changes the DOM while observers are reported, as UI frameworks do: two
  // frames after each change of the page (when the extension has answered it) a deep element of the page
  // is resized, and the callback then toggles an attribute the extension watches. The extension must not
  // resize anything of its own in reply during that report, or the browser puts an error on the page.
  const frame = document.createElement('div');
  frame.setAttribute('style', 'position:absolute;left:-9999px;top:0');
  const css = document.createElement('style');
  css.textContent = '[data-probe-w="1"] { width: 1px } [data-probe-w="2"] { width: 2px }';
  const deep = document.createElement('span');
  deep.setAttribute('style', 'display:inline-block');
  frame.append(css, document.createElement('div'));
  frame.lastElementChild!.append(deep);
  const busy = document.createElement('i');
  new MutationObserver((list) => {
    if (!document.body || list.every((m) => frame.contains(m.target) || m.target === busy)) return;
    if (!frame.isConnected) document.body.append(frame, busy);
    // data-probe-w: an attribute the extension does not watch, so this resize alone starts no pass.
    requestAnimationFrame(() => requestAnimationFrame(() => deep.setAttribute('data-probe-w', deep.getAttribute('data-probe-w') === '1' ? '2' : '1')));
  }).observe(document, { childList: true, subtree: true });
  new ResizeObserver(() => {
    data.pageResizeCallbacks++;
    busy.toggleAttribute('hidden');
  }).observe(deep);
  w.__wegweiserAudit = audit;
  setInterval(audit, 50);
}

/**
 * The page as followGuide sees it, with two changes so that the admin's own actions are trusted events too:
 * a <select> is chosen with the keyboard (trusted keydown, input, change) instead of Playwright's selectOption,
 * and a file is given as a path on disk (the browser then fires trusted input/change) instead of as a buffer.
 * Both Playwright shortcuts set the value from Playwright's utility world and dispatch synthetic input/change.
 */
function trustedPage(page: Page): Page {
  const locatorProxy = (loc: Locator): Locator => new Proxy(loc, {
    get(target, prop, receiver) {
      if (prop === 'selectOption') {
        return async (value: string) => {
          const label = await target.evaluate((el: HTMLSelectElement, v) => [...el.options].find((o) => o.value === v || o.label === v)?.label ?? v, value);
          const select = (await target.elementHandle())!;
          await select.focus();
          await page.keyboard.type(label);
          await expect.poll(() => select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.label)).toBe(label);
        };
      }
      if (prop === 'setInputFiles') {
        return async (file: { name: string; buffer: Buffer }) => {
          const dir = mkdtempSync(join(tmpdir(), 'wegweiser-upload-'));
          writeFileSync(join(dir, file.name), file.buffer);
          await target.setInputFiles(join(dir, file.name));
        };
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return new Proxy(page, {
    get(target, prop, receiver) {
      if (prop === 'locator') return (...args: Parameters<Page['locator']>) => locatorProxy(target.locator(...args));
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

/** A practice AdminCenter page with the probe in its main world, installed before any page script. */
async function probedPage(ui: 'klassisch' | 'aktuell', route: string): Promise<Page> {
  const ext = await extension();
  const page = await ext.context.newPage();
  // `__name`: the helper esbuild may add to named functions in the stringified probe.
  const arg = { startedEvent: `${ext.extensionId}:admincenter:wxt:content-script-started`, eventTypes: EVENT_TYPES };
  await page.addInitScript(`(() => { const __name = (f) => f; try { (${probe.toString()})(${JSON.stringify(arg)}); } catch (e) { window.__wegweiserProbeError = String(e && e.stack || e); } })()`);
  await page.goto(practiceUrl(ui, route));
  // The probe is complete: installed without an error, its listeners in place.
  expect(await page.evaluate(() => (window as any).__wegweiserProbeError ?? null)).toBe(null);
  expect(await page.evaluate(() => typeof (window as any).__wegweiserAudit)).toBe('function');
  return page;
}
const probed = (page: Page): Promise<Probe> => page.evaluate(() => { (window as any).__wegweiserAudit(); return (window as any).__wegweiserProbe; });

describe('read-only: the probe itself', () => {
  it('notices a write and synthetic events from another world (Playwright\'s utility world)', async () => {
    const ext = await extension();
    await resetStorage(ext);
    const page = await probedPage('klassisch', 'mandanten/6000101/bild');
    onTestFinished(() => page.close());
    // A buffer is set by Playwright from its utility world, with synthetic input/change: what an extension would do.
    const file = page.locator('input[type=file]');
    await file.setInputFiles({ name: 'x.png', mimeType: 'image/png', buffer: PNG });
    await file.evaluate(() => {}); // a round trip
    await expect.poll(async () => (await probed(page)).synthetic.map((e) => e.type)).toEqual(['input', 'change']);
    expect((await probed(page)).writes).toMatchObject([{ from: 'files=', to: 'files=x.png' }]);
    // The same from the main world is the app's: no write counted, no foreign attribute.
    await page.locator('body').evaluate(() => { const t = document.createElement('input'); document.body.append(t); });
    await page.waitForTimeout(100);
    await page.evaluate(() => { const t = document.querySelectorAll('input'); const el = t[t.length - 1]; el.value = 'vom Hauptkontext'; el.setAttribute('title', 'x'); el.dataset.x = '1'; el.hidden = true; });
    const after = await probed(page);
    expect(after.writes.length).toBe(1);
    expect(Object.keys(after.attrs).filter((n) => n !== 'data-wegweiser-target')).toEqual([]);
  });
});

// Every registered task, walked as its own e2e test walks it.
const TASKS = REGISTERED.map((task) => ({ title: task.title, ...WALKS[task.id] }));

describe.each(UIS)('read-only: the Diagnose, %s', (ui) => {
  it('"Diagnose speichern" and "Seite prüfen" read a filled-in form without an event, a write or an attribute on the page', async () => {
    const ext = await extension();
    await resetStorage(ext);
    const page = await probedPage(ui, 'mandanten/6000101/datenschutzbeauftragter');
    onTestFinished(() => page.close());
    // The admin's own typing: trusted events only.
    await page.getByRole('textbox', { name: 'Name' }).click();
    await page.keyboard.type('Dr. Dana Schutz');
    await followed(page, ext);
    const panel = await ext.context.newPage();
    onTestFinished(() => panel.close());
    await panel.goto(ext.extensionUrl('sidepanel.html'));
    await panel.getByRole('button', { name: 'Diagnose speichern' }).click();
    await expect.poll(() => panel.getByText(/^Die Datei beschreibt /).count(), { timeout: 10_000 }).toBe(1);
    await panel.getByRole('button', { name: 'Seite prüfen' }).click();
    await expect.poll(() => panel.getByText(/^Ich erkenne: /).count(), { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(200);
    const seen = await probed(page);
    expect(seen.synthetic).toEqual([]);
    expect(seen.writes).toEqual([]);
    expect(Object.keys(seen.attrs)).toEqual([]);
    expect(seen.otherWegweiserAttrs).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.messages).toBe(0);
    await expect.poll(() => page.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Dr. Dana Schutz');
  });
});

describe.each(UIS)('read-only, %s', (ui) => {
  it.each(TASKS)('$title: no synthetic event, no value written, only data-wegweiser-target', async ({ title, route, inputs }) => {
    const ext = await extension();
    await resetStorage(ext);
    const page = await probedPage(ui, route ?? 'neuigkeiten');
    onTestFinished(() => page.close());
    await startTask(title, page);
    const acted = await followGuide(trustedPage(page), inputs());
    await page.waitForTimeout(300);
    const seen = await probed(page);
    console.log(`[read-only] ${ui} / ${title}: ${acted.length} actions, ${seen.synthetic.length} synthetic events, ${seen.writes.length} foreign value writes,`
      + ` ${seen.appWrites} app value writes, foreign attribute mutations ${JSON.stringify(seen.attrs)}, max marked ${seen.maxMarked}, WXT framework events ${seen.framework}`);
    expect(seen.synthetic).toEqual([]);
    expect(seen.writes).toEqual([]);
    expect(Object.keys(seen.attrs).filter((name) => name !== 'data-wegweiser-target')).toEqual([]);
    expect(seen.attrs['data-wegweiser-target']).toBeGreaterThan(0);
    expect(seen.otherWegweiserAttrs).toEqual([]);
    expect(seen.maxMarked).toBe(1);
    expect(seen.errors).toEqual([]);
    expect(seen.messages).toBe(0);
    expect(seen.pageResizeCallbacks).toBeGreaterThan(0);
  });
});
