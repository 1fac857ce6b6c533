// A side panel as full as an admin's gets (several tenants, long names, evidence, notes), and the checks that
// it fits a narrow panel: shared by the Chromium test at 360 px and the Firefox sidebar test.
import { expect } from 'vitest';
import { decide, emptyProgress, mergeFacts, type Fact, type TenantProgress } from '../../rules/checklist';
import { DEV_HOST, LIVE_HOST } from '../../scripts/lib/browser.mjs';

const SEEN = Date.UTC(2026, 10, 23, 11, 3);
const LONG_OE = 'Amt für Bürgerangelegenheiten, Ordnung und Verkehr – Sachgebiet Straßenverkehrsbehörde, Fahrerlaubnisbehörde und Zulassungsstelle';
const LONG_NOTE = 'Kontakt im Hauptamt, siehe https://www.freiberg.de/rathaus/verwaltung/aemter-und-einrichtungen/hauptamt/datenschutzbeauftragte-kontakt-und-sprechzeiten';
export const LONG_TENANT = 'Große Kreisstadt Freiberg mit den Ortsteilen Kleinwaltersdorf, Zug und Halsbach';

/** Freiberg (the practice AdminCenter's tenant) with records of every kind, and three more tenants. */
export function realisticProgress(): Record<string, TenantProgress> {
  const facts: Fact[] = [
    { kind: 'impressum', name: '', seen: { saved: true } },
    { kind: 'rechte', name: '', seen: { kisa: false } },
    { kind: 'oe', name: 'Standesamt (Sachgebiet Personenstandswesen)', seen: { version: 'Version 2.0', email: 'standesamt@freiberg.de', telefon: '+49 3731 273 733' } },
    { kind: 'oe', name: LONG_OE, seen: { version: 'Version 0.1', email: null, telefon: null } },
    { kind: 'oe', name: 'Bürgerbüro', seen: { version: 'Version 1.0', email: 'buergerbuero@freiberg.de', telefon: '+49 3731 273 100' } },
    { kind: 'ergaenzung', name: 'Veranstaltung anzeigen (Gebühren nach der Verwaltungskostensatzung der Großen Kreisstadt Freiberg)', seen: { version: 'Nicht veröffentlicht' } },
    { kind: 'prozess', name: 'Hundesteuer An-, Ab- und Ummeldung (Antrag auf Steuerbefreiung oder Steuerermäßigung)', seen: { wartungsmodus: 'true' } },
  ];
  let freiberg = mergeFacts(emptyProgress(DEV_HOST, 'Freiberg', 'dev', SEEN), facts, SEEN);
  freiberg = decide(freiberg, 'datenschutz', { note: LONG_NOTE }, SEEN);
  freiberg = decide(freiberg, 'bild', { status: 'nicht zutreffend', note: 'Das Wappen liefert das Hauptamt nach.' }, SEEN);
  const lra = mergeFacts(emptyProgress(DEV_HOST, 'Landratsamt Mittelsachsen', 'dev', SEEN), [facts[0], facts[3]], SEEN);
  const live = emptyProgress(LIVE_HOST, 'Freiberg', 'live', SEEN);
  const long = decide(emptyProgress(LIVE_HOST, LONG_TENANT, 'live', SEEN), 'impressum', { status: 'erledigt' }, SEEN);
  return Object.fromEntries([freiberg, lra, live, long].map((p) => [p.key, p]));
}

export interface Fit { scrollWidth: number; clientWidth: number; beyond: string[] }

/**
 * Whether the page fits its width: no horizontal scrolling, and no element reaching past the right edge
 * (elements inside a box that clips them, such as the one-line evidence, count by that box).
 * Runs in the page (Playwright's evaluate, Firefox's frame script): self-contained, `win` is the page's window.
 */
export function fitOf(win: Window): Fit {
  const doc = win.document;
  const width = doc.documentElement.clientWidth;
  const clipped = (el: Element) => {
    for (let up = el.parentElement; up && up !== doc.body && up !== doc.documentElement; up = up.parentElement) {
      if (win.getComputedStyle(up).overflowX !== 'visible') return true;
    }
    return false;
  };
  const beyond: string[] = [];
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    // Not rendered (in a folded <details>): Firefox keeps the boxes they had when last shown.
    if (!el.checkVisibility()) continue;
    const box = el.getBoundingClientRect();
    if (box.width && box.right > width + 0.5 && !clipped(el)) {
      beyond.push(`${el.localName}.${el.className} „${(el.textContent ?? '').trim().slice(0, 40)}“ bis ${Math.round(box.right)} px`);
    }
  }
  return { scrollWidth: doc.documentElement.scrollWidth, clientWidth: width, beyond: beyond.slice(0, 8) };
}

/**
 * No horizontal scrolling and nothing past the right edge; logged, and said on failure, with `label` (the browser,
 * the width and the state, e.g. "[Firefox-Seitenleiste 300 px] wie geöffnet").
 */
export function expectFits({ scrollWidth, clientWidth, beyond }: Fit, label: string) {
  console.log(`${label}: Inhaltsbreite ${scrollWidth} von ${clientWidth} px, ${beyond.length} Elemente über den Rand`);
  expect(beyond, `${label}: ragt über den rechten Rand`).toEqual([]);
  expect(scrollWidth, `${label}: waagerechter Bildlauf`).toBeLessThanOrEqual(clientWidth);
}

/** Opens every group, every item's "Mehr" and "Alle Anleitungen": the widest the panel gets. Runs in the page. */
export function unfoldAll(win: Window): number {
  const doc = win.document;
  const closed = Array.from(doc.querySelectorAll('details:not([open])')) as HTMLDetailsElement[];
  for (const details of closed) details.open = true;
  const more = Array.from(doc.querySelectorAll('button.disclosure[aria-expanded="false"]')) as HTMLButtonElement[];
  for (const button of more) button.click();
  return closed.length + more.length;
}
