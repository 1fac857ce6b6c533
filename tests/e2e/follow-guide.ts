// Completes a task the way the acceptance criterion says: clicking only the element that carries
// data-wegweiser-target, and typing where the step asks for it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export const card = (page: Page) => page.locator('admincenter-wegweiser').getByRole('dialog');

type Input = string | { file: string; mimeType: string; buffer: Buffer };
/** What to type per step id; a list is typed field after field. */
export type Inputs = Record<string, Input | Input[]>;

/** `same`: the marked node is the very one acted on last; `label` says which element it is (its id tells fields apart), whatever its state. */
interface Seen { mark: string | null; html: string; label: string; title: string; same: boolean; busy: boolean }

/** What the page marks now; with `acting`, the marked node is remembered as the one about to be acted on. */
async function look(page: Page, acting = false): Promise<Seen> {
  return page.evaluate((acting) => {
    const deep = (root: Document | ShadowRoot): Element | null => {
      const hit = root.querySelector('[data-wegweiser-target]');
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot && el.localName !== 'admincenter-wegweiser') { const inner = deep(el.shadowRoot); if (inner) return inner; }
      return null;
    };
    const target = deep(document);
    // Whether the marked element is the very node acted on last (a re-rendered copy is another node).
    const w = window as unknown as { wegweiserActed?: Element | null };
    const same = !!target && w.wegweiserActed === target;
    if (acting) w.wegweiserActed = target;
    const label = target ? `${target.localName}#${target.id} ${target.getAttribute('aria-label') ?? ''} ${target.textContent?.trim().replace(/\s+/g, ' ').slice(0, 80) ?? ''}` : '';
    const title = document.querySelector('admincenter-wegweiser')?.shadowRoot?.querySelector('[role=dialog] h2')?.textContent ?? '';
    // A server round trip under way (Vaadin 8 shows its loading indicator): wait for it, as Vaadin's TestBench does.
    const busy = [...document.querySelectorAll('.v-loading-indicator')].some((el) => getComputedStyle(el).display !== 'none');
    return { mark: target?.getAttribute('data-wegweiser-target') ?? null, html: target?.outerHTML.slice(0, 300) ?? '', label, title, same, busy };
  }, acting);
}

async function until(page: Page, ok: (seen: Seen) => boolean, what: string, timeout = 10_000): Promise<Seen> {
  const end = Date.now() + timeout;
  let seen = await look(page);
  while (!ok(seen)) {
    if (Date.now() > end) throw new Error(`${what}: seit ${timeout} ms unverändert – Karte „${seen.title}“, Ziel ${seen.mark} ${seen.html}`);
    await page.waitForTimeout(50);
    seen = await look(page);
  }
  return seen;
}

/** Picks `value` in a drop-down as a person does: open it (typing into a combobox filters), click the option. */
export async function choose(page: Page, target: Locator, value: string) {
  const typing = await target.evaluate((el) => el instanceof HTMLInputElement && !el.readOnly);
  await target.click();
  // Typed key by key: Vaadin 8's combobox filters on keyup.
  if (typing) {
    await target.fill('');
    await target.pressSequentially(value);
  }
  // Flow's options are role=option; Vaadin 8's suggestion list marks them role=listitem.
  const exact = new RegExp(`^\\s*${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  await page.locator('[role=option], [role=listitem]').filter({ hasText: exact, visible: true }).first().click();
}

/** A re-rendered copy of the clicked element counts as a move after this long: the view the click opens has come by then. */
const COPY_COUNTS_AFTER_MS = 4000;

/** Follows the highlights until the card says the task is done (or, with `until`, until that step is marked);
 *  returns the step ids it acted on. */
export async function followGuide(page: Page, inputs: Inputs, { until: stop, maxActions = 40 }: { until?: string; maxActions?: number } = {}): Promise<string[]> {
  const acted: string[] = [];
  for (let i = 0; i < maxActions; i++) {
    const seen = await until(page, (s) => !s.busy && (!!s.mark || /erledigt/.test(s.title)), `Warten auf ein Ziel nach ${acted.join(', ') || 'dem Start'}`);
    if (/erledigt/.test(seen.title)) return acted;
    // A person reads the card before acting: only a mark that stays on the very same node for 200 ms is acted on. A
    // mark that moves was the guide still on its way (seen: the wartungsmodus row marked for one pass under the step
    // before it, aktuell); a node the page replaces loses a click made on it (seen: klassisch's „Neue Kommunikation
    // anlegen“ re-rendered just after the Kommunikation window opened).
    await look(page, true); // remember this node as the one acted on
    await page.waitForTimeout(200);
    const still = await look(page);
    if (still.mark !== seen.mark || !still.same || still.busy) continue;
    const stepId = seen.mark!.split('/')[1];
    if (stepId === stop) return acted;
    // Only the element that carries this very step's mark: when the guide moves on meanwhile, nothing is acted on
    // (a click meant for one step must never land on the next step's target).
    const target = page.locator(`[data-wegweiser-target="${seen.mark}"]`);
    const kind = await target.evaluate((el) => (el instanceof HTMLInputElement && el.type === 'file' ? 'file'
      : el instanceof HTMLSelectElement ? 'select'
      // A combobox (Flow's combo-box input, Vaadin 8's filter select) or a drop-down button (Flow's select).
      : el.getAttribute('role') === 'combobox' || el.parentElement?.getAttribute('role') === 'combobox' || el.getAttribute('aria-haspopup') === 'listbox' ? 'choose'
      : el.matches('input, textarea, [contenteditable=true]') ? 'text' : 'click'), undefined, { timeout: 2000 }).catch(() => null);
    if (!kind) continue;
    const given = inputs[stepId];
    const input = Array.isArray(given) ? given.shift() : given;
    try {
      await act(page, target, kind, input, seen.mark!);
    } catch (failed) {
      // The guide moved on by itself before the action: look again (a list's input is kept for that step).
      if (!(await target.count())) {
        if (Array.isArray(given) && input !== undefined) given.unshift(input);
        continue;
      }
      throw new Error(`Schritt ${seen.mark} nach ${acted.join(', ')}: ${(failed as Error).message.split('\n')[0]}`, { cause: failed });
    }
    acted.push(stepId);
    // The guide moved on: the end, another step, or the same step on another element (a menu group, then its
    // entry). No mark for a moment (the page re-renders) or a re-rendered copy of the element just clicked is no
    // move: the view the click opens may still be on its way.
    let copySince = 0;
    await until(page, (s) => {
      if (s.busy) return false;
      if (/erledigt/.test(s.title)) return true;
      if (!s.mark) return false;
      if (s.mark !== seen.mark || (!s.same && s.label !== seen.label)) return true;
      if (s.same) return (copySince = 0, false);
      copySince ||= Date.now();
      return Date.now() - copySince > COPY_COUNTS_AFTER_MS;
    }, `Nach ${seen.mark}`);
  }
  throw new Error(`Nach ${maxActions} Aktionen nicht fertig: ${acted.join(', ')}`);
}

/** How long an action waits for its element: longer means the page lost it, the mark moved on, or a step card lies over it. */
export const ACT = { timeout: 5000 };

/** Clicks, types, picks or uploads as the marked element asks. */
async function act(page: Page, target: Locator, kind: string, input: Input | undefined, mark: string) {
  if (kind === 'file' && typeof input === 'object') await target.setInputFiles({ name: input.file, mimeType: input.mimeType, buffer: input.buffer }, ACT);
  else if (kind === 'text' && typeof input === 'string') await target.fill(input, ACT);
  else if (kind === 'select' && typeof input === 'string') await target.selectOption(input, ACT);
  else if (kind === 'choose' && typeof input === 'string') await choose(page, target, input);
  else if (kind === 'click' && typeof input === 'object') {
    // An upload button: the file chooser it opens gets the file from disk, as a person picks it (the browser
    // then fires trusted input and change events).
    const chooser = page.waitForEvent('filechooser');
    await target.click(ACT);
    const path = join(mkdtempSync(join(tmpdir(), 'wegweiser-upload-')), input.file);
    writeFileSync(path, input.buffer);
    await (await chooser).setFiles(path);
  } else if (kind === 'click') await target.click(ACT);
  else throw new Error(`Schritt ${mark}: keine Eingabe für dieses Feld vorgesehen`);
}
